/**
 * Changes against an earlier recorded day. History has gaps (days the user did not open the page), so a change
 * "over 7 days" compares with the nearest recorded day at least 7 days back and says which day that was.
 */
import type { Change } from './advice-types.ts'
import { addDays } from './day.ts'
import type { DayField, FieldReader } from './day-fields.ts'
import { fieldReader } from './day-fields.ts'
import type { DayRecord } from './snapshot.ts'

// Pillars are floats (13.118002 − 12.9 = 0.21800200000000103). Six decimals is finer than the page ever shows
// (three) and drops both JS float noise and LinkedIn's own (0.29999998 for 0.3).
const clean = (n: number): number => Math.round(n * 1e6) / 1e6

/**
 * The change of a numeric field of `latest` against an earlier recorded day: the record with the greatest
 * day ≤ `latest.day − days`; if there is none, the earliest record before `latest.day` (then `exact` is false).
 * Records where the field is unknown (`null`) are skipped, as are records on or after `latest.day`.
 * Null when `latest` has no value or no earlier record has one. `days` is a whole number ≥ 1.
 *
 * `changeOfField(history, latest, 'industryAverage', 1)` is "the change since the previous record":
 * every earlier record is ≤ latest.day − 1, so it picks the latest one; `exact` says whether it was yesterday.
 */
export function changeOfField(
  history: readonly DayRecord[],
  latest: DayRecord,
  field: DayField | FieldReader,
  days: number,
): Change | null {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a whole number ≥ 1, not ${days}`)
  const read = fieldReader(field)
  const now = read(latest)
  if (now === null) return null
  const target = addDays(latest.day, -days)
  let atOrBefore: DayRecord | null = null
  let earliest: DayRecord | null = null
  for (const record of history) {
    // Day keys are fixed-width ISO strings, so string order is calendar order.
    if (record.day >= latest.day || read(record) === null) continue
    if (record.day <= target && (atOrBefore === null || isLaterPick(record, atOrBefore, 'latest')))
      atOrBefore = record
    if (earliest === null || isLaterPick(record, earliest, 'earliest')) earliest = record
  }
  const compared = atOrBefore ?? earliest
  if (compared === null) return null
  return {
    delta: clean(now - (read(compared) as number)),
    since: compared.day,
    exact: compared.day === target,
  }
}

/**
 * The change of the total (`overall`) against the nearest earlier recorded day `days` back; see
 * `changeOfField` for the rule. Null when there is no earlier record.
 */
export function changeSince(history: readonly DayRecord[], latest: DayRecord, days: number): Change | null {
  return changeOfField(history, latest, 'overall', days)
}

/** The change of a field since the most recent earlier record that has it (`exact` when that was yesterday). */
export function changeSincePrevious(
  history: readonly DayRecord[],
  latest: DayRecord,
  field: DayField | FieldReader,
): Change | null {
  return changeOfField(history, latest, field, 1)
}

// One record per day is the store's invariant; should two ever share a day, the later capture wins, as it does
// when the background saves, so the answer never depends on the order of the input.
function isLaterPick(candidate: DayRecord, current: DayRecord, want: 'latest' | 'earliest'): boolean {
  if (candidate.day !== current.day)
    return want === 'latest' ? candidate.day > current.day : candidate.day < current.day
  return candidate.capturedAt > current.capturedAt
}
