/**
 * The chart's data: one entry per calendar day of the window, a gap where nothing was recorded (never an
 * interpolated value), and the contiguous runs a line is drawn through. Built by comparing day keys as strings,
 * so ten years of history cost one pass of string comparisons and no Date objects per record.
 */

import type { ChartRange } from './chart-range.ts'
import { addDays, byDay, dayRange, daysBetween, WINDOW_DAYS } from './day.ts'
import type { DayField, FieldReader } from './day-fields.ts'
import { fieldReader } from './day-fields.ts'
import type { DayRecord } from './snapshot.ts'

export { CHART_RANGES, type ChartRange, isChartRange } from './chart-range.ts'

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
  const latest = new Map<string, DayRecord>()
  for (const record of history) {
    if (record.day < from || record.day > to) continue
    const other = latest.get(record.day)
    if (other === undefined || record.capturedAt > other.capturedAt) latest.set(record.day, record)
  }
  return [...latest.values()].sort(byDay)
}

/** The `days` calendar days ending `today` (49 by default), ascending, each with its record or `null`. */
export function windowSeries(history: readonly DayRecord[], today: string, days = WINDOW_DAYS): SeriesDay[] {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a whole number ≥ 1, not ${days}`)
  const from = addDays(today, -(days - 1))
  const onDay = new Map(recordsInRange(history, from, today).map((r) => [r.day, r]))
  return dayRange(from, today).map((day) => ({ day, record: onDay.get(day) ?? null }))
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

/** One value of a run: its position in the series and the value there. */
export interface RunPoint {
  index: number
  value: number
}

/**
 * `values` (one per slot, `null` for a gap) split into runs of consecutive values: a line is drawn through each
 * run, so a gap stays a gap; a run of one is a lone point (a dot).
 */
export function valueRuns(values: ReadonlyArray<number | null>): RunPoint[][] {
  const runs: RunPoint[][] = []
  let run: RunPoint[] | null = null
  values.forEach((value, index) => {
    if (value === null) {
      run = null
      return
    }
    if (run === null) {
      run = []
      runs.push(run)
    }
    run.push({ index, value })
  })
  return runs
}

/** How many days of the series have a record: 0 is the empty state, 1 is "a trend needs two days". */
export function recordedDays(series: readonly SeriesDay[]): number {
  let count = 0
  for (const entry of series) if (entry.record !== null) count++
  return count
}

/** Calendar days each range spans, today included (`all`: from the oldest stored day). */
export const RANGE_DAYS: Readonly<Record<Exclude<ChartRange, 'all'>, number>> = {
  '49d': WINDOW_DAYS,
  '6m': 182,
  '1y': 365,
}

/** A range longer than this many days plots one point per week instead of one per day. */
export const DAILY_UP_TO_DAYS = WINDOW_DAYS
/** Days per point in a weekly series. */
export const WEEK_DAYS = 7

/** One point of the chart's x-axis: a day, or a week of days. */
export interface SeriesSlot {
  /** First and last calendar day the slot covers (equal for a daily slot), `YYYY-MM-DD`. */
  from: string
  to: string
  /**
   * The record the slot shows: the day's record, or for a week **the week's last recorded day** — a real reading,
   * never a mean nobody saw. `null` for a day or week without any record: a gap.
   */
  record: DayRecord | null
}

export interface RangeSeries {
  range: ChartRange
  /** One point per day, or one per week. */
  step: 'day' | 'week'
  /** The first and last day of the range. */
  from: string
  to: string
  slots: SeriesSlot[]
}

/**
 * The first day of `range` ending `today`. For `all` it is the oldest stored day (`oldest`), or today when nothing
 * is stored; a future oldest day (a clock moved back) is treated as today.
 */
export function rangeStart(range: ChartRange, today: string, oldest: string | null): string {
  if (range === 'all') return oldest !== null && oldest < today ? oldest : today
  return addDays(today, -(RANGE_DAYS[range] - 1))
}

/**
 * The chart's series for `range` ending `today`. Up to `DAILY_UP_TO_DAYS` days it is one slot per day. Longer
 * ranges have one slot per week; weeks end on `today` (…, today − 13 … today − 7, today − 6 … today) so the newest
 * point is the latest reading, and the oldest week may be cut short by the range's first day. A week without
 * any record is a gap. `history` may hold any days in any order; days outside the range are ignored.
 */
export function rangeSeries(
  history: readonly DayRecord[],
  range: ChartRange,
  today: string,
  oldest: string | null = null,
): RangeSeries {
  const from = rangeStart(range, today, oldest)
  const span = daysBetween(from, today) + 1
  const records = recordsInRange(history, from, today)
  if (span <= DAILY_UP_TO_DAYS) {
    const onDay = new Map(records.map((r) => [r.day, r]))
    const slots = dayRange(from, today).map((day) => ({ from: day, to: day, record: onDay.get(day) ?? null }))
    return { range, step: 'day', from, to: today, slots }
  }
  const weeks = Math.ceil(span / WEEK_DAYS)
  const slots: SeriesSlot[] = []
  for (let w = weeks - 1; w >= 0; w--) {
    const to = addDays(today, -w * WEEK_DAYS)
    const start = addDays(to, -(WEEK_DAYS - 1))
    // biome-ignore lint/complexity/useMathMinMax: day keys are strings; Math.max would turn them into NaN.
    slots.push({ from: start < from ? from : start, to, record: null })
  }
  // Records are ascending, so the last one written into a slot is the week's last recorded day.
  for (const record of records) {
    const index = weeks - 1 - Math.floor(daysBetween(record.day, today) / WEEK_DAYS)
    const slot = slots[index]
    if (slot) slot.record = record
  }
  return { range, step: 'week', from, to: today, slots }
}

/** True when the range's days are not all in one calendar year: its axis labels then carry the year. */
export function crossesYear(from: string, to: string): boolean {
  return from.slice(0, 4) !== to.slice(0, 4)
}

/** The slots' records as the chart's one-per-day series (the 49-day window): `SeriesDay` for each slot. */
export function slotDays(series: RangeSeries): SeriesDay[] {
  return series.slots.map((slot) => ({ day: slot.to, record: slot.record }))
}
