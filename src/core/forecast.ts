/**
 * Goal forecast: when the total would reach a target if the last 49 days' trend went on. A least-squares line
 * through the recorded totals (x = calendar day, so gaps are simply absent points, never filled in). It says
 * nothing until there are `MIN_FORECAST_DAYS` recorded days, and never names a date more than two years out.
 */
import { addDays, daysBetween, WINDOW_DAYS } from './day.ts'
import { recordsInRange } from './series.ts'
import type { DayRecord } from './snapshot.ts'

/** Recorded days in the window needed before any forecast. */
export const MIN_FORECAST_DAYS = 7
/** The furthest forecast named as a date; later is "more than two years at this pace". */
export const MAX_FORECAST_DAYS = 730

/** What the fitted line says. `perDay` is its slope in points of total per day; `days` the points it used. */
export type GoalForecast =
  | { kind: 'too-few-days'; days: number; needed: number }
  | { kind: 'reached'; day: string; overall: number }
  | { kind: 'on-track'; date: string; daysFromToday: number; perDay: number; days: number }
  | { kind: 'beyond-two-years'; perDay: number; days: number }
  | { kind: 'not-at-current-trend'; perDay: number; days: number }

/**
 * Forecasts the day the total reaches `goal` (1–100) from the recorded days in the 49-day window ending
 * `today`. Order of answers: `reached` when the latest recorded total in the window is at or above the goal;
 * `too-few-days` under 7 recorded days; `not-at-current-trend` when the line is flat or falling;
 * `beyond-two-years` when it would take more than 730 days; otherwise `on-track` with the first day on or
 * after tomorrow where the line is at or above the goal.
 */
export function forecastGoal(history: readonly DayRecord[], goal: number, today: string): GoalForecast {
  if (!Number.isFinite(goal) || goal <= 0 || goal > 100)
    throw new RangeError(`the goal must be a total from 1 to 100, not ${goal}`)
  const from = addDays(today, -(WINDOW_DAYS - 1))
  const records = recordsInRange(history, from, today)
  const latest = records.at(-1)
  if (latest !== undefined && latest.overall >= goal)
    return { kind: 'reached', day: latest.day, overall: latest.overall }
  if (records.length < MIN_FORECAST_DAYS)
    return { kind: 'too-few-days', days: records.length, needed: MIN_FORECAST_DAYS }

  const { intercept, slope } = leastSquares(records.map((r) => [daysBetween(from, r.day), r.overall]))
  const perDay = Math.round(slope * 1e9) / 1e9
  const days = records.length
  // perDay is rounded to 9 decimals, so a flat line that float arithmetic tilts by 1e-17 counts as flat.
  if (perDay <= 0) return { kind: 'not-at-current-trend', perDay, days }
  const todayX = WINDOW_DAYS - 1
  const crossing = (goal - intercept) / slope - todayX
  // The line may already sit above the goal while the last recorded total does not: tomorrow is the honest date.
  const daysFromToday = Math.max(1, Math.ceil(crossing - 1e-9))
  if (daysFromToday > MAX_FORECAST_DAYS) return { kind: 'beyond-two-years', perDay, days }
  return { kind: 'on-track', date: addDays(today, daysFromToday), daysFromToday, perDay, days }
}

/** Ordinary least squares through (x, y) points with at least two distinct x. */
export function leastSquares(points: readonly (readonly [number, number])[]): {
  intercept: number
  slope: number
} {
  const n = points.length
  let sx = 0
  let sy = 0
  for (const [x, y] of points) {
    sx += x
    sy += y
  }
  const mx = sx / n
  const my = sy / n
  let sxx = 0
  let sxy = 0
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2
    sxy += (x - mx) * (y - my)
  }
  if (sxx === 0) throw new RangeError('a line needs points on at least two different days')
  const slope = sxy / sxx
  return { intercept: my - slope * mx, slope }
}
