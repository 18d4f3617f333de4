/**
 * The chart's data: one entry per calendar day of the window, a gap where nothing was recorded (never an
 * interpolated value), and the contiguous runs a line is drawn through. Built by comparing day keys as strings,
 * so ten years of history cost one pass of string comparisons and no Date objects per record.
 */
import { addDays, dayRange, WINDOW_DAYS } from './day.ts'
import type { DayField, FieldReader } from './day-fields.ts'
import { fieldReader } from './day-fields.ts'
import type { DayRecord } from './snapshot.ts'

export interface SeriesDay {
  /** `YYYY-MM-DD` */
  day: string
  /** The record of that day, or `null` for a day without one. */
  record: DayRecord | null
}

export interface SeriesPoint {
  /** Position in the series (0 = the first day of the window): the chart's x. */
  index: number
  day: string
  value: number
}

/**
 * The records with `from ≤ day ≤ to`, ascending by day, one per day (should two share a day, the later
 * capture wins). Input order does not matter.
 */
export function recordsInRange(history: readonly DayRecord[], from: string, to: string): DayRecord[] {
  const byDay = new Map<string, DayRecord>()
  for (const record of history) {
    if (record.day < from || record.day > to) continue
    const other = byDay.get(record.day)
    if (other === undefined || record.capturedAt > other.capturedAt) byDay.set(record.day, record)
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
}

/** The `days` calendar days ending `today` (49 by default), ascending, each with its record or `null`. */
export function windowSeries(history: readonly DayRecord[], today: string, days = WINDOW_DAYS): SeriesDay[] {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a whole number ≥ 1, not ${days}`)
  const from = addDays(today, -(days - 1))
  const byDay = new Map(recordsInRange(history, from, today).map((r) => [r.day, r]))
  return dayRange(from, today).map((day) => ({ day, record: byDay.get(day) ?? null }))
}

/**
 * The series split into runs of consecutive days that have a value for `field`: draw one line per run, so a
 * missing day is a gap. A run of one point is a lone day (draw a dot). Empty when no day has a value.
 */
export function seriesRuns(series: readonly SeriesDay[], field: DayField | FieldReader): SeriesPoint[][] {
  const read = fieldReader(field)
  const runs: SeriesPoint[][] = []
  let run: SeriesPoint[] | null = null
  series.forEach(({ day, record }, index) => {
    const value = record === null ? null : read(record)
    if (value === null) {
      run = null
      return
    }
    if (run === null) {
      run = []
      runs.push(run)
    }
    run.push({ index, day, value })
  })
  return runs
}

/** How many days of the series have a record: 0 is the empty state, 1 is "a trend needs two days". */
export function recordedDays(series: readonly SeriesDay[]): number {
  let count = 0
  for (const entry of series) if (entry.record !== null) count++
  return count
}
