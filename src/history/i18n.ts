/** The history page's strings: `t()` over the shared i18n source, typed to the `history` keys. */
import type { RecordedHow } from '../core/recorded-how.ts'
import type { PillarId } from '../core/snapshot.ts'
import { message, plural as pluralMessage } from '../shared/i18n.ts'

export { type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** History keys carry the `history` prefix; `tests/history/i18n.test.ts` checks every key used here exists. */
export type HistoryKey = `history${string}`

export function t(key: HistoryKey, ...substitutions: Array<string | number>): string {
  return message(key, substitutions)
}

/** A message with plural forms: `<base>_one`, `<base>_few`, … by the UI language's rules; `$1` is the count. */
export function plural(base: HistoryKey, count: number, ...substitutions: Array<string | number>): string {
  return pluralMessage(base, count, substitutions)
}

/** "1 day" / "3,650 days". */
export function dayCount(count: number): string {
  return plural('historyDays', count)
}

/** A pillar's name as LinkedIn prints it, as in the popup's next-pillar card. */
export const PILLAR_KEYS: Record<PillarId, HistoryKey> = {
  brand: 'historyPillarBrand',
  people: 'historyPillarPeople',
  insights: 'historyPillarInsights',
  relationships: 'historyPillarRelationships',
}

/** The same pillars, short, for the table's column headings. */
export const PILLAR_SHORT_KEYS: Record<PillarId, HistoryKey> = {
  brand: 'historyPillarBrandShort',
  people: 'historyPillarPeopleShort',
  insights: 'historyPillarInsightsShort',
  relationships: 'historyPillarRelationshipsShort',
}

/** "captured on the page", "imported", "entered by hand". */
export const RECORDED_KEYS: Record<RecordedHow, HistoryKey> = {
  captured: 'historyRecordedCaptured',
  imported: 'historyRecordedImported',
  manual: 'historyRecordedManual',
}
