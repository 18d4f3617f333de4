import { describe, expect, it } from 'vitest'
import { isAfterToday, monthToShow, neighbours } from '../../src/core/history-window.ts'

const MONTHS = ['2026-12', '2026-11', '2026-09', '2025-01'] // newest first, with gaps

describe('monthToShow', () => {
  it.each<[string, readonly string[], string | undefined, string | null]>([
    ['nothing stored', [], undefined, null],
    ['nothing stored, a month asked for', [], '2026-11', null],
    ['no month asked for: the newest', MONTHS, undefined, '2026-12'],
    ['a month with days', MONTHS, '2026-09', '2026-09'],
    ['a month without days: the nearest older one', MONTHS, '2026-10', '2026-09'],
    ['a month after every stored one: the newest', MONTHS, '2027-03', '2026-12'],
    ['a month before every stored one: the oldest', MONTHS, '2024-06', '2025-01'],
    ['the oldest month', MONTHS, '2025-01', '2025-01'],
  ])('%s', (_what, months, wanted, shown) => {
    expect(monthToShow(months, wanted)).toBe(shown)
  })

  it('shows ten years one month at a time: never more than 31 rows a page', () => {
    // 3,650 consecutive days up to 2026-11-22 fall in 121 months; the largest holds 31.
    const days = Array.from({ length: 3650 }, (_, i) =>
      new Date(Date.UTC(2016, 10, 25) + i * 86_400_000).toISOString().slice(0, 10),
    )
    const perMonth = new Map<string, number>()
    for (const d of days) perMonth.set(d.slice(0, 7), (perMonth.get(d.slice(0, 7)) ?? 0) + 1)
    const months = [...perMonth.keys()].reverse()
    expect(months).toHaveLength(121)
    expect(Math.max(...perMonth.values())).toBe(31)
    // Walking from the newest month by "older" visits every month exactly once.
    const visited: string[] = []
    for (let m: string | null = monthToShow(months); m; m = neighbours(months, m).older) visited.push(m)
    expect(visited).toEqual(months)
  })
})

describe('neighbours', () => {
  it.each<[string, string, string | null, string | null]>([
    ['the newest month', '2026-12', null, '2026-11'],
    ['a month in the middle, across a gap', '2026-11', '2026-12', '2026-09'],
    ['the oldest month', '2025-01', '2026-09', null],
    ['a month that is not stored', '2026-10', null, null],
  ])('of %s', (_what, month, newer, older) => {
    expect(neighbours(MONTHS, month)).toEqual({ newer, older })
  })
})

describe('isAfterToday', () => {
  it.each([
    ['2026-11-23', '2026-11-22', true],
    ['2026-11-22', '2026-11-22', false],
    ['2026-11-21', '2026-11-22', false],
    ['2027-01-01', '2026-12-31', true],
  ])('%s after %s: %s', (day, today, after) => {
    expect(isAfterToday(day, today)).toBe(after)
  })
})
