import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import type { GoalForecast } from '../../src/core/forecast.ts'
import { forecastGoal, MAX_FORECAST_DAYS, MIN_FORECAST_DAYS } from '../../src/core/forecast.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { dayWithTotal } from '../support/records.ts'

const TODAY = '2026-11-22'
const back = (n: number): string => addDays(TODAY, -n)
/** Records from `[days back, total]` pairs. */
const totals = (pairs: readonly (readonly [number, number])[]): DayRecord[] =>
  pairs.map(([n, total]) => dayWithTotal(back(n), total))
/** Consecutive days ending `endBack` days ago, with the given totals. */
const daily = (values: readonly number[], endBack = 0): DayRecord[] =>
  totals(values.map((v, i) => [endBack + values.length - 1 - i, v]))

const cases: { name: string; history: DayRecord[]; goal: number; expected: GoalForecast }[] = [
  {
    name: 'says nothing with fewer than 7 recorded days',
    history: daily([40, 41, 42, 43, 44, 45]),
    goal: 90,
    expected: { kind: 'too-few-days', days: 6, needed: 7 },
  },
  {
    name: 'counts only the days inside the 49-day window',
    history: [
      ...daily([40, 41, 42, 43, 44, 45]),
      ...totals([
        [49, 20],
        [60, 10],
        [400, 5],
        [800, 1],
      ]),
    ],
    goal: 90,
    expected: { kind: 'too-few-days', days: 6, needed: 7 },
  },
  {
    name: 'says the goal is reached when the latest total meets it, even with one day',
    history: totals([[2, 50]]),
    goal: 50,
    expected: { kind: 'reached', day: back(2), overall: 50 },
  },
  {
    name: 'forecasts the day an exact daily line reaches the goal',
    history: daily([40, 41, 42, 43, 44, 45, 46]),
    goal: 50,
    expected: { kind: 'on-track', date: back(-4), daysFromToday: 4, perDay: 1, days: 7 },
  },
  {
    name: 'places points by their real dates, so weekly readings give a weekly slope',
    history: totals([
      [42, 30],
      [35, 31],
      [28, 32],
      [21, 33],
      [14, 34],
      [7, 35],
      [0, 36],
    ]),
    goal: 40,
    expected: { kind: 'on-track', date: back(-28), daysFromToday: 28, perDay: 0.142857143, days: 7 },
  },
  {
    name: 'rounds a crossing between two days up to the first day at or above the goal',
    history: totals([
      [42, 30],
      [35, 32],
      [28, 34],
      [21, 36],
      [14, 38],
      [7, 40],
      [0, 42],
    ]),
    goal: 45,
    expected: { kind: 'on-track', date: back(-11), daysFromToday: 11, perDay: 0.285714286, days: 7 },
  },
  {
    name: 'forecasts from the last recorded days when today is not recorded yet',
    history: daily([40, 41, 42, 43, 44, 45, 46], 2),
    goal: 50,
    expected: { kind: 'on-track', date: back(-2), daysFromToday: 2, perDay: 1, days: 7 },
  },
  {
    name: 'says tomorrow when the line is already past the goal but the latest total is not',
    history: daily([40, 42, 44, 46, 48, 50, 47]),
    goal: 48,
    expected: { kind: 'on-track', date: back(-1), daysFromToday: 1, perDay: 1.464285714, days: 7 },
  },
  {
    name: 'says "not at the current trend" for a flat line',
    history: daily([40, 40, 40, 40, 40, 40, 40, 40, 40, 40]),
    goal: 50,
    expected: { kind: 'not-at-current-trend', perDay: 0, days: 10 },
  },
  {
    name: 'says "not at the current trend" for a falling line',
    history: daily([45, 44, 43, 42, 41, 40, 39]),
    goal: 50,
    expected: { kind: 'not-at-current-trend', perDay: -1, days: 7 },
  },
  {
    name: 'does not mistake an earlier high for the goal being reached',
    history: daily([60, 57, 54, 51, 48, 45, 42]),
    goal: 50,
    expected: { kind: 'not-at-current-trend', perDay: -3, days: 7 },
  },
  {
    name: 'names no date more than two years out',
    history: [
      ...daily(
        Array.from({ length: 48 }, () => 30),
        1,
      ),
      ...totals([[0, 31]]),
    ],
    goal: 40,
    expected: { kind: 'beyond-two-years', perDay: 0.00244898, days: 49 },
  },
]

describe('forecastGoal', () => {
  for (const c of cases)
    it(c.name, () => {
      expect(forecastGoal(c.history, c.goal, TODAY)).toEqual(c.expected)
    })

  it('forecasts a noisy line close to the line without noise', () => {
    // 20 + 0.25 a day, rounded to whole totals as the page shows them, with a repeating wobble of up to 1 point.
    const wobble = [1, -1, 0.4, -0.4]
    const values = Array.from({ length: 49 }, (_, x) => Math.round(20 + 0.25 * x + (wobble[x % 4] as number)))
    const result = forecastGoal(daily(values), 60, TODAY)
    if (result.kind !== 'on-track') throw new Error(`expected on-track, got ${result.kind}`)
    // Without noise the line is at 32 today and needs (60 − 32) / 0.25 = 112 days.
    expect(Math.abs(result.daysFromToday - 112)).toBeLessThanOrEqual(3)
    expect(result.perDay).toBeCloseTo(0.25, 2)
  })

  it('ignores days after today', () => {
    const history = [...daily([40, 41, 42, 43, 44, 45, 46]), dayWithTotal(addDays(TODAY, 1), 95)]
    expect(forecastGoal(history, 50, TODAY).kind).toBe('on-track')
  })

  it('gives the same answer for any order of the history', () => {
    const history = totals([
      [42, 30],
      [35, 31],
      [28, 32],
      [21, 33],
      [14, 34],
      [7, 35],
      [0, 36],
      [90, 70],
    ])
    fc.assert(
      fc.property(fc.shuffledSubarray(history, { minLength: history.length }), (shuffled) => {
        expect(forecastGoal(shuffled, 40, TODAY)).toEqual(forecastGoal(history, 40, TODAY))
      }),
    )
  })

  it('refuses a goal outside 1–100', () => {
    for (const goal of [0, -5, 101, Number.NaN])
      expect(() => forecastGoal([], goal, TODAY)).toThrow(RangeError)
  })

  it('agrees with an independently computed least-squares line on random histories', () => {
    const world = fc.record({
      points: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 0, max: 100 })), {
        selector: ([n]) => n,
        minLength: MIN_FORECAST_DAYS,
        maxLength: 49,
      }),
      goal: fc.integer({ min: 1, max: 100 }),
    })
    fc.assert(
      fc.property(world, ({ points, goal }) => {
        const result = forecastGoal(totals(points), goal, TODAY)
        // x = days since the window's first day; today is x = 48. Closed-form normal equations.
        const xs = points.map(([n]) => 48 - n)
        const ys = points.map(([, y]) => y)
        const n = xs.length
        const sum = (a: number[]): number => a.reduce((s, v) => s + v, 0)
        const slope =
          (n * sum(xs.map((x, i) => x * (ys[i] as number))) - sum(xs) * sum(ys)) /
          (n * sum(xs.map((x) => x * x)) - sum(xs) ** 2)
        const intercept = (sum(ys) - slope * sum(xs)) / n
        const lineAt = (daysFromToday: number): number => intercept + slope * (48 + daysFromToday)
        const latest = points.reduce((a, b) => (a[0] < b[0] ? a : b))
        switch (result.kind) {
          case 'reached':
            expect(latest[1]).toBeGreaterThanOrEqual(goal)
            break
          case 'not-at-current-trend':
            expect(latest[1]).toBeLessThan(goal)
            expect(slope).toBeLessThanOrEqual(1e-9)
            break
          case 'beyond-two-years':
            expect(slope).toBeGreaterThan(0)
            expect(lineAt(MAX_FORECAST_DAYS)).toBeLessThan(goal)
            break
          case 'on-track':
            expect(result.daysFromToday).toBeGreaterThanOrEqual(1)
            expect(result.daysFromToday).toBeLessThanOrEqual(MAX_FORECAST_DAYS)
            expect(result.date).toBe(addDays(TODAY, result.daysFromToday))
            expect(lineAt(result.daysFromToday)).toBeGreaterThanOrEqual(goal - 1e-6)
            if (result.daysFromToday > 1) expect(lineAt(result.daysFromToday - 1)).toBeLessThan(goal + 1e-6)
            break
          case 'too-few-days':
            throw new Error('at least 7 days were given')
        }
      }),
    )
  })
})
