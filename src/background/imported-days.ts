/**
 * The background's own check of days a page previewed from other tools' files: every record through the one
 * gate (`checkDayRecord`, no reading after `now`), no day after `lastDay`, each day once. A page of ours never
 * sends anything that fails, but the background is the only writer and trusts no sender with the history.
 */
import type { ImportedDay } from '../core/csv-read.ts'
import { fail, ok, type Result } from '../core/result.ts'
import { checkDayRecord } from '../core/validate.ts'
import type { DaysRefused, ImportDayInput, RefusedDay } from '../shared/protocol.ts'

/** Refusals listed at most: the page shows them as a technical detail, never expected in normal use. */
const MAX_REFUSED = 50

export function checkImportedDays(
  days: readonly ImportDayInput[],
  lastDay: string,
  now: number,
): Result<ImportedDay[], DaysRefused> {
  const refused: RefusedDay[] = []
  const firstOf = new Map<string, number>()
  const checked: ImportedDay[] = []
  days.forEach((input, index) => {
    const line = index + 1
    const result = checkDayRecord(input.record, input.capturedAtGiven ? { now } : {})
    const day = typeof input.record.day === 'string' ? input.record.day.slice(0, 10) : `#${line}`
    const earlier = result.ok ? firstOf.get(result.value.day) : undefined
    if (!result.ok) refused.push({ day, issue: result.error })
    else if (result.value.day > lastDay) refused.push({ day, issue: { code: 'future-date', day, lastDay } })
    else if (earlier !== undefined)
      refused.push({ day, issue: { code: 'duplicate-date', day, firstLine: earlier } })
    else {
      firstOf.set(result.value.day, line)
      checked.push({ line, record: result.value, capturedAtGiven: input.capturedAtGiven })
    }
  })
  return refused.length > 0
    ? fail({ code: 'refused-days', refused: refused.slice(0, MAX_REFUSED) })
    : ok(checked)
}
