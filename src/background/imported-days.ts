/**
 * The background's own check of days a page previewed from other tools' files: every record through the one
 * gate (`checkDayRecord`, no reading after `now`), no day after `lastDay`, each day once. A page of ours never sends anything that fails,
 * but the background is the only writer and trusts no sender with the history.
 */
import type { ImportedDay } from '../core/csv-read.ts'
import { checkDayRecord } from '../core/validate.ts'
import type { ImportDayInput, ImportDaysResult } from '../shared/protocol.ts'

/** Refusals listed at most: the page shows them as a technical detail, never expected in normal use. */
const MAX_REFUSED = 50

export function checkImportedDays(
  days: readonly ImportDayInput[],
  lastDay: string,
  now: number,
): { ok: true; days: ImportedDay[] } | Extract<ImportDaysResult, { ok: false }> {
  const refused: { day: string; reason: string }[] = []
  const seen = new Set<string>()
  const checked: ImportedDay[] = []
  days.forEach((input, index) => {
    const result = checkDayRecord(input.record, input.capturedAtGiven ? { now } : {})
    const day = typeof input.record.day === 'string' ? input.record.day.slice(0, 10) : `#${index + 1}`
    if (!result.ok) refused.push({ day, reason: result.reason })
    else if (result.value.day > lastDay) refused.push({ day, reason: 'the day is in the future' })
    else if (seen.has(result.value.day)) refused.push({ day, reason: 'the day is in the import twice' })
    else {
      seen.add(result.value.day)
      checked.push({ line: index + 1, record: result.value, capturedAtGiven: input.capturedAtGiven })
    }
  })
  return refused.length > 0
    ? { ok: false, refused: refused.slice(0, MAX_REFUSED) }
    : { ok: true, days: checked }
}
