/**
 * What the inline badge says, as plain strings: "▲ 3 in 7 days", "Next: Engage with insights", "Recorded" or why
 * the page could not be read. Pure: messages come through `getMessage` (the browser's i18n), numbers and dates
 * through `Intl` in the UI language, so nothing English is hard-coded here. The background words each capture
 * outcome with it and sends the lines with its answer, so the content script (whose size budget is tight)
 * carries none of this: it only draws them.
 */
import { formatDay } from '../core/format-date.ts'
import type { InlineBadgeInfo } from '../core/inline-badge.ts'
import type { ReadFailure } from '../core/snapshot.ts'
import { failureKeys } from './failure-keys.ts'
import { formatNumberIn, type GetMessage } from './i18n.ts'

/** What one visit came to: the saved day's badge numbers, or why nothing was saved. */
export type InlineBadgeOutcome = { badge: InlineBadgeInfo } | ReadFailure

export type Trend = 'up' | 'down' | 'flat' | 'unknown'

export interface InlineBadgeLines {
  /** "▲ 3 in 7 days", "no change since 14 Nov", "7-day change: —"; null when the page could not be read. */
  change: string | null
  trend: Trend
  /** "Next: Engage with insights" or "Next: —"; null when the page could not be read. */
  next: string | null
  /** "Recorded", or the reason nothing was recorded. */
  status: string
  failed: boolean
  /** `recorded` or the failure code: the badge root's `data-state` inside the closed shadow root (the test contract). */
  state: string
}

/** `insights` → `badgePillarInsights`: the pillar names' message keys follow the pillar ids. */
const keyFor = (prefix: string, code: string): string =>
  prefix + code.replace(/(?:^|-)(\w)/g, (_m, c: string) => c.toUpperCase())

/** A change smaller than this shows as "no change": the total is a whole number, so only noise is smaller. */
const FLAT = 0.05

function isFailure(outcome: InlineBadgeOutcome): outcome is ReadFailure {
  return 'code' in outcome
}

/** The badge's lines for one outcome. */
export function inlineBadgeLines(
  outcome: InlineBadgeOutcome,
  getMessage: GetMessage,
  locale: string,
): InlineBadgeLines {
  // A message missing from the catalog shows its key rather than nothing, so the gap is visible.
  const msg = (key: string, ...subs: string[]) => getMessage(key, subs) || key

  if (isFailure(outcome)) {
    // The popup's words for the failure (shared/failure-keys): what happened, then what to do. The reader's
    // technical reason stays out of the badge, as it stays behind the popup's "Details".
    const keys = failureKeys(outcome.code, outcome.reason)
    const headline = keys.headlineWhy ? msg(keys.headline, msg(keys.headlineWhy)) : msg(keys.headline)
    const status = keys.action ? msg('badgeFailure', headline, msg(keys.action)) : headline
    return { change: null, trend: 'unknown', next: null, status, failed: true, state: outcome.code }
  }

  const { change7, nextPillar } = outcome.badge
  let change: string
  let trend: Trend
  if (!change7) {
    change = msg('badgeChangeUnknown')
    trend = 'unknown'
  } else {
    trend = change7.delta >= FLAT ? 'up' : change7.delta <= -FLAT ? 'down' : 'flat'
    // The popup's rule for a number (one decimal, halves away from zero), so the badge and the popup agree.
    const amount = formatNumberIn(locale, Math.abs(change7.delta))
    // "in 7 days" only when the compared day is exactly a week back; otherwise name the day ("since 14 Nov").
    const subs = trend === 'flat' ? [] : [amount]
    if (!change7.exact) subs.push(formatDay(change7.since, locale))
    const key =
      { up: 'badgeUp', down: 'badgeDown', flat: 'badgeFlat' }[trend] + (change7.exact ? '' : 'Since')
    change = msg(key, ...subs)
  }

  const next = nextPillar
    ? msg('badgeNext', msg(keyFor('badgePillar', nextPillar.pillar)))
    : msg('badgeNextUnknown')

  return { change, trend, next, status: msg('badgeRecorded'), failed: false, state: 'recorded' }
}
