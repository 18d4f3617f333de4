/**
 * LinkedIn-wide shifts: days on which the user's total and both peer averages moved the same way at once, so
 * the move was most likely LinkedIn's doing (a formula or data change for everyone) and not a lapsed habit.
 * On 10 Feb 2017 members worldwide lost about 7 % overnight; LinkedIn changed the formula in 2015. The rule is
 * written out in the README ("LinkedIn-wide shifts"); the constants below are named there and a test keeps the
 * two in step. It looks only at recorded numbers: a day without both averages on both sides is never a shift.
 */
import { byDay, daysBetween } from './day.ts'
import type { DayRecord } from './snapshot.ts'

/**
 * The previous record may be at most this many days earlier. A week keeps one missed weekend or a short trip
 * inside the rule, while a month-long gap could hide many small moves that only add up to look shared.
 */
export const SHIFT_MAX_GAP_DAYS = 7
/**
 * The user's total (a whole number, as the page shows it) must move by at least this much. One point is the
 * page's own rounding flicker (52.49 → 52.51 shows 52 → 53); a 7 % fall like February 2017's takes 2 or more
 * points from any total of 29 or above, which is where most members who track their SSI are.
 */
export const SHIFT_MIN_TOTAL_CHANGE = 2
/**
 * Each average (a whole number on the page) must move by at least this much, the same way as the total. A 7 %
 * fall moves an average of 15 or more by at least one shown point; averages are of thousands of people, so they
 * hardly move otherwise, and demanding it of both groups at once (and of the user) keeps rounding flicker out.
 */
export const SHIFT_MIN_AVERAGE_CHANGE = 1

export type ShiftDirection = 'fell' | 'rose'

/** One LinkedIn-wide shift: the day, the recorded day it is measured against, and the three moves. */
export interface Shift {
  /** The day the shift shows on, `YYYY-MM-DD`. */
  day: string
  /** The previous recorded day (1 to `SHIFT_MAX_GAP_DAYS` days earlier). */
  since: string
  direction: ShiftDirection
  /** day − since, for the user's total and each average (all with the same sign). */
  totalChange: number
  industryAverageChange: number
  networkAverageChange: number
}

/** The shift shown by `current` against `previous` (the record just before it), or null. */
export function shiftBetween(previous: DayRecord, current: DayRecord): Shift | null {
  const gap = daysBetween(previous.day, current.day)
  if (gap < 1 || gap > SHIFT_MAX_GAP_DAYS) return null
  if (
    previous.industryAverage === null ||
    previous.networkAverage === null ||
    current.industryAverage === null ||
    current.networkAverage === null
  )
    return null
  const totalChange = current.overall - previous.overall
  const industryAverageChange = current.industryAverage - previous.industryAverage
  const networkAverageChange = current.networkAverage - previous.networkAverage
  const sign = Math.sign(totalChange)
  if (sign === 0 || Math.abs(totalChange) < SHIFT_MIN_TOTAL_CHANGE) return null
  const sameWay = (change: number) =>
    Math.sign(change) === sign && Math.abs(change) >= SHIFT_MIN_AVERAGE_CHANGE
  if (!sameWay(industryAverageChange) || !sameWay(networkAverageChange)) return null
  return {
    day: current.day,
    since: previous.day,
    direction: sign < 0 ? 'fell' : 'rose',
    totalChange,
    industryAverageChange,
    networkAverageChange,
  }
}

/**
 * Every shift in `history` (any order, one record per day), ascending by day. Each recorded day is compared
 * with the recorded day just before it, so the answer for a day never depends on days after it.
 */
export function findShifts(history: readonly DayRecord[]): Shift[] {
  const days = [...history].sort(byDay)
  const shifts: Shift[] = []
  for (let i = 1; i < days.length; i++) {
    const shift = shiftBetween(days[i - 1] as DayRecord, days[i] as DayRecord)
    if (shift !== null) shifts.push(shift)
  }
  return shifts
}

/**
 * The shift shown by the latest change, `latest` against the last record before it in `history`, or null.
 * This is what the popup reports: the latest change is LinkedIn's.
 */
export function latestShift(history: readonly DayRecord[], latest: DayRecord): Shift | null {
  let previous: DayRecord | null = null
  for (const record of history)
    if (record.day < latest.day && (previous === null || record.day > previous.day)) previous = record
  return previous === null ? null : shiftBetween(previous, latest)
}

/** A span of the chart's x-axis: one day, or a week (`from` ≤ `to`, day keys). */
export interface SlotSpan {
  from: string
  to: string
}

/**
 * Which chart slot each shift falls in, for the chart's day markers: `slots` ascending (days or weeks), one entry
 * per slot that holds a shift (the latest shift of a week stands for it), ascending by slot.
 */
export function shiftSlots(
  slots: readonly SlotSpan[],
  shifts: readonly Shift[],
): { slot: number; shift: Shift }[] {
  const found = new Map<number, Shift>()
  let at = 0
  for (const shift of [...shifts].sort(byDay)) {
    while (at < slots.length && (slots[at] as SlotSpan).to < shift.day) at++
    const slot = slots[at]
    if (slot === undefined) break
    if (slot.from <= shift.day) found.set(at, shift)
  }
  return [...found].map(([slot, shift]) => ({ slot, shift }))
}
