/** The history page's strings: `t()` over the shared i18n source, typed to the `history` keys. */
import { formatDayLong } from '../core/format-date.ts'
import { type RecordedHow, recordedHow } from '../core/recorded-how.ts'
import type { DayRecord, PillarId } from '../core/snapshot.ts'
import { pageWords } from '../shared/i18n.ts'

export { type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** History keys carry the `history` prefix; `tests/history/i18n.test.ts` checks every key used here exists. */
export type HistoryKey = `history${string}`

export const { t, plural } = pageWords<HistoryKey>()

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

/**
 * A question about a recorded day (delete it? replace it?), naming the day by its date, its total and how it was
 * recorded: `$1`, `$2`, `$3` of `key`. A day known only by its total takes `pillarsUnknownKey`, when given, so
 * the question says its pillars are unknown.
 */
export function recordedDayQuestion(
  key: HistoryKey,
  record: DayRecord,
  locale: string,
  pillarsUnknownKey?: HistoryKey,
): string {
  return t(
    record.pillars === null && pillarsUnknownKey ? pillarsUnknownKey : key,
    formatDayLong(record.day, locale),
    record.overall,
    t(RECORDED_KEYS[recordedHow(record)]),
  )
}
