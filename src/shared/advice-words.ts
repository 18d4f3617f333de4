/**
 * The next-pillar advice in words: `core/next-pillar.ts` returns the pillar, the facts of its reason and action
 * ids; this module is the one place they become sentences, through the catalogue's `advice…` keys, numbers in
 * the UI language, plural forms for day counts and the language's own way of listing ("a, b, and c";
 * "a, b i c"). Every page that shows the advice (popup, Team) uses it.
 */
import type { ActionId, NextPillarAdvice } from '../core/advice-types.ts'
import type { PillarId } from '../core/snapshot.ts'
import { formatNumber, message, plural, uiLocale } from './i18n.ts'

/** Advice keys carry the `advice` prefix; `tests/shared/advice-words.test.ts` checks every one exists. */
export type AdviceMessageKey = `advice${string}`

const w = (key: AdviceMessageKey, ...subs: Array<string | number>): string => message(key, subs)

/** `insights-falling` → `InsightsFalling`: the keys follow the ids. */
const camel = (id: string): string => id.replace(/(?:^|-)(\w)/g, (_m, c: string) => c.toUpperCase())

/** A pillar's name as LinkedIn prints it in the UI language ("Engage with insights"). */
export function pillarName(pillar: PillarId): string {
  return w(`advicePillar${camel(pillar)}`)
}

/** One action in words ("Reply to your messages promptly."). */
export function actionWords(action: ActionId): string {
  return w(`adviceAction${camel(action)}`)
}

const lists = new Map<string, Intl.ListFormat>()

/** "a, b, and c" as the UI language joins a list. */
function joined(parts: readonly string[]): string {
  const locale = uiLocale()
  let list = lists.get(locale)
  if (!list) {
    list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })
    lists.set(locale, list)
  }
  return list.format(parts)
}

/**
 * The reason as one sentence: "Engage with insights is 7.8 of 25, your lowest pillar, 4.1 below people in your
 * industry, and fell 0.9 in the last 7 days." — the head, then each clause that applies, as a list.
 */
export function reasonWords(
  advice: Pick<NextPillarAdvice, 'pillar' | 'reason' | 'sharedFallExcluded'>,
): string {
  const { reason } = advice
  const clauses = [
    w('adviceHead', pillarName(advice.pillar), formatNumber(reason.value), formatNumber(reason.max)),
  ]
  if (reason.lowest === 'lowest') clauses.push(w('adviceLowest'))
  if (reason.lowest === 'tied') clauses.push(w('adviceTiedLowest'))
  if (reason.peerGap !== null)
    clauses.push(
      w(
        reason.peerGap.group === 'industry' ? 'adviceBelowIndustry' : 'adviceBelowNetwork',
        formatNumber(reason.peerGap.gap),
      ),
    )
  const falls = [reason.recentFall, reason.windowFall].flatMap((fall) =>
    fall === null ? [] : [plural('adviceFallDays', fall.days, [formatNumber(fall.fall)])],
  )
  if (falls.length > 0) clauses.push(w('adviceFell', joined(falls)))
  if (reason.soonerThan !== null) clauses.push(w('adviceSooner', pillarName(reason.soonerThan)))
  return w(advice.sharedFallExcluded ? 'adviceSentenceShared' : 'adviceSentence', joined(clauses))
}
