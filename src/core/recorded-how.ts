/** How a day came to be in the history, as people tell days apart: from its `source`. */
import type { DayRecord } from './snapshot.ts'

/**
 * `captured`: SSI Lens read the SSI page (also after that day went through an export and an import, which keep
 * the source); `imported`: the day arrived in a file that did not say it was captured; `manual`: typed in.
 */
export type RecordedHow = 'captured' | 'imported' | 'manual'

export function recordedHow(record: Pick<DayRecord, 'source'>): RecordedHow {
  if (record.source === 'manual') return 'manual'
  if (record.source === 'csv') return 'imported'
  return 'captured'
}
