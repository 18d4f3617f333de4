/**
 * The chart's data: one entry per calendar day of the window, a gap where nothing was recorded (never an
 * interpolated value), and the contiguous runs a line is drawn through. Built by comparing day keys as strings,
 * so ten years of history cost one pass of string comparisons and no Date objects per record.
 */

import type { ChartRange } from './chart-range.ts'
import { addDays, byDay, dayRange, daysBetween, WINDOW_DAYS } from './day.ts'
import { type NoteSlot, noteSlots } from './note-slots.ts'
import { findShifts, type Shift, type SlotSpan, shiftSlots } from './shift.ts'
import { type DayRecord, PILLAR_IDS, type PillarId } from './snapshot.ts'

export { CHART_RANGES, type ChartRange, isChartRange } from './chart-range.ts'

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

/**
 * The chart's data for a range, as columns of plain values, one entry per slot (a day, or a week beyond 49 days):
 * what the chart draws and its table reads, and nothing else. "All" with ten years is ~520 weekly slots; as
 * DayRecords they were ~260 KB of messaging, as columns ~25 KB. `slotSpans(series)` gives each slot's days.
 */
export interface RangeSeries {
  range: ChartRange
  /** One point per day, or one per week. */
  step: 'day' | 'week'
  /** The first and last day of the range. */
  from: string
  to: string
  /**
   * Per slot: the day whose reading the slot shows — the day itself, or for a week **the week's last recorded
   * day**, a real reading, never a mean nobody saw. `null` for a day or week without any record: a gap.
   */
  days: (string | null)[]
  /** Per slot: that day's total, `null` in a gap. */
  overall: (number | null)[]
  /** Per slot: that day's pillars, `null` in a gap or on a day known only by its total (its pillars unknown). */
  pillars: Record<PillarId, (number | null)[]>
  /** The slots whose shown day was entered by hand, ascending. */
  manual: number[]
  /** The notes of the range's days, by slot (a week holds up to seven), ascending by slot. */
  notes: NoteSlot[]
  /**
   * The LinkedIn-wide shifts on the range's days (`core/shift.ts`), by slot (a week's latest stands for it),
   * ascending by slot. A shift on the range's first day is found only when the record before it is given.
   */
  shifts: ShiftSlot[]
}

/** A LinkedIn-wide shift and the slot it is marked in. */
export interface ShiftSlot {
  slot: number
  shift: Shift
}

/**
 * The first day of `range` ending `today`. For `all` it is the oldest stored day (`oldest`), or today when nothing
 * is stored; a future oldest day (a clock moved back) is treated as today.
 */
export function rangeStart(range: ChartRange, today: string, oldest: string | null): string {
  if (range === 'all') return oldest !== null && oldest < today ? oldest : today
  return addDays(today, -(RANGE_DAYS[range] - 1))
}

/** One point per day up to `DAILY_UP_TO_DAYS` days, one per week beyond. */
export function rangeStep(from: string, to: string): 'day' | 'week' {
  return daysBetween(from, to) + 1 <= DAILY_UP_TO_DAYS ? 'day' : 'week'
}

/**
 * The days each slot of a series covers, ascending. Weeks end on the range's last day (…, to − 13 … to − 7,
 * to − 6 … to) so the newest point is the latest reading; the oldest week may be cut short by the first day.
 */
export function slotSpans({ step, from, to }: Pick<RangeSeries, 'step' | 'from' | 'to'>): SlotSpan[] {
  if (step === 'day') return dayRange(from, to).map((day) => ({ from: day, to: day }))
  const weeks = Math.ceil((daysBetween(from, to) + 1) / WEEK_DAYS)
  const spans: SlotSpan[] = []
  for (let w = weeks - 1; w >= 0; w--) {
    const end = addDays(to, -w * WEEK_DAYS)
    const start = addDays(end, -(WEEK_DAYS - 1))
    // Day keys are strings: compared as text, never through Math.max (NaN).
    spans.push({ from: start < from ? from : start, to: end })
  }
  return spans
}

/** The slots of `range` ending `today` without any data: a chart's x-axis (the Team page's, say). */
export function rangeSlots(
  range: ChartRange,
  today: string,
  oldest: string | null = null,
): Pick<RangeSeries, 'step' | 'from' | 'to'> & { slots: SlotSpan[] } {
  const from = rangeStart(range, today, oldest)
  const step = rangeStep(from, today)
  return { step, from, to: today, slots: slotSpans({ step, from, to: today }) }
}

/**
 * The chart's series for `range` ending `today` (see `RangeSeries`): one slot per day up to `DAILY_UP_TO_DAYS`
 * days, else one per week; a slot without any record is a gap. `history` may hold any days in any order; only
 * the range's days are shown, but give the last record before the range too, so that a LinkedIn-wide shift on
 * the range's first day is found (a shift compares each day with the record just before it).
 */
export function rangeSeries(
  history: readonly DayRecord[],
  range: ChartRange,
  today: string,
  oldest: string | null = null,
): RangeSeries {
  const from = rangeStart(range, today, oldest)
  const step = rangeStep(from, today)
  const count =
    step === 'day' ? daysBetween(from, today) + 1 : Math.ceil((daysBetween(from, today) + 1) / WEEK_DAYS)
  const upToToday = recordsInRange(history, '', today)
  let first = upToToday.findIndex((r) => r.day >= from)
  if (first === -1) first = upToToday.length
  const records = upToToday.slice(first)
  const shown: (DayRecord | null)[] = new Array(count).fill(null)
  // Records are ascending, so the last one written into a week's slot is the week's last recorded day.
  const size = step === 'day' ? 1 : WEEK_DAYS
  for (const record of records) shown[count - 1 - Math.floor(daysBetween(record.day, today) / size)] = record
  const column = (read: (r: DayRecord) => number | null) => shown.map((r) => (r === null ? null : read(r)))
  const pillars = {} as Record<PillarId, (number | null)[]>
  for (const id of PILLAR_IDS) pillars[id] = column((r) => r.pillars?.[id] ?? null)
  const manual: number[] = []
  shown.forEach((r, slot) => {
    if (r?.source === 'manual') manual.push(slot)
  })
  const spans = slotSpans({ step, from, to: today })
  // The record before the range (if any) only serves as the first shift's "previous"; shifts are of range days.
  const shifts = findShifts(upToToday.slice(Math.max(0, first - 1))).filter((s) => s.day >= from)
  return {
    range,
    step,
    from,
    to: today,
    days: shown.map((r) => r?.day ?? null),
    overall: column((r) => r.overall),
    pillars,
    manual,
    notes: noteSlots(spans, records),
    shifts: shiftSlots(spans, shifts),
  }
}

/** How many slots of the series show a reading: 0 is "nothing recorded", 1 is "a trend needs two days". */
export function shownSlots(series: Pick<RangeSeries, 'days'>): number {
  let count = 0
  for (const day of series.days) if (day !== null) count++
  return count
}

/** True when the range's days are not all in one calendar year: its axis labels then carry the year. */
export function crossesYear(from: string, to: string): boolean {
  return from.slice(0, 4) !== to.slice(0, 4)
}
