import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DEMO_DAYS,
  DEMO_INDUSTRY,
  DEMO_INDUSTRY_PILLARS,
  DEMO_NETWORK_PILLARS,
  demoHistory,
  MAX_SKIPPED_DAYS,
  seededRandom,
} from '../../scripts/lib/demo-history.ts'
import { readHistoryCsv } from '../../src/core/csv-read.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey, WINDOW_DAYS } from '../../src/core/day.ts'
import { changeSince } from '../../src/core/deltas.ts'
import { nextPillar } from '../../src/core/next-pillar.ts'
import { recordsInRange } from '../../src/core/series.ts'
import type { DayRecord, PageSnapshot } from '../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'
import { checkDayRecord, pillarSum } from '../../src/core/validate.ts'

/** What the sample page reads as: the demo's "today" continues the seeded history with it. */
const samplePage = JSON.parse(
  readFileSync(new URL('../fixtures/ssi-modern-en.expected.json', import.meta.url), 'utf8'),
) as Omit<PageSnapshot, 'source'>

const todayFromSamplePage = (today: string): DayRecord => ({
  ...samplePage,
  source: 'dom',
  day: today,
  capturedAt: new Date(`${today}T12:00:00`).toISOString(),
  urlKind: 'page-load',
  note: null,
})

// Every weekday, month and year ends, both DST changes in Europe and the US, and a leap day.
const TODAYS = [
  '2026-11-22',
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2027-01-01',
  '2026-03-09',
  '2026-03-30',
  '2026-10-26',
  '2026-11-02',
  '2028-02-29',
  '2028-03-01',
]

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length

describe('demoHistory', () => {
  it.each(TODAYS)('spans the 49 days before %s, ascending, ending yesterday', (today) => {
    const days = demoHistory(today).map((r) => r.day)
    expect(days[0]).toBe(addDays(today, -DEMO_DAYS))
    expect(days.at(-1)).toBe(addDays(today, -1))
    expect([...days].sort()).toEqual(days)
    expect(new Set(days).size).toBe(days.length)
    expect(days.length).toBeGreaterThanOrEqual(DEMO_DAYS - MAX_SKIPPED_DAYS)
  })

  it.each(TODAYS)('leaves some days out before %s, never more than the cap', (today) => {
    const missing = DEMO_DAYS - demoHistory(today).length
    expect(missing).toBeGreaterThan(0)
    expect(missing).toBeLessThanOrEqual(MAX_SKIPPED_DAYS)
  })

  it.each(TODAYS)('gives the chart of %s at least 40 recorded days once today is captured', (today) => {
    const history = [...demoHistory(today), todayFromSamplePage(today)]
    const recorded = recordsInRange(history, addDays(today, -(WINDOW_DAYS - 1)), today)
    expect(recorded.length).toBeGreaterThanOrEqual(40)
  })

  it.each(TODAYS)('writes only days the import gate accepts (before %s)', (today) => {
    for (const record of demoHistory(today)) {
      expect(checkDayRecord(record)).toEqual({ ok: true, value: record })
      expect(record.overall).toBe(Math.round(pillarSum(record.pillars)))
      expect(dayKey(new Date(record.capturedAt))).toBe(record.day)
    }
  })

  it.each(TODAYS)('keeps Engage with insights the lowest pillar on every day before %s', (today) => {
    for (const { pillars } of demoHistory(today))
      for (const id of PILLAR_IDS) if (id !== 'insights') expect(pillars.insights).toBeLessThan(pillars[id])
  })

  it('rises from the high 30s to the mid 40s', () => {
    const totals = demoHistory('2026-11-22').map((r) => r.overall)
    expect(totals[0]).toBeGreaterThanOrEqual(37)
    expect(totals[0]).toBeLessThanOrEqual(40)
    expect(totals.at(-1)).toBeGreaterThanOrEqual(44)
    expect(totals.at(-1)).toBeLessThanOrEqual(47)
    expect(mean(totals.slice(-5)) - mean(totals.slice(0, 5))).toBeGreaterThan(4)
  })

  it('lets Engage with insights fall slightly while the total rises', () => {
    const history = demoHistory('2026-11-22')
    const first = history[0]?.pillars.insights ?? Number.NaN
    const last = history.at(-1)?.pillars.insights ?? Number.NaN
    expect(first - last).toBeGreaterThan(0.3)
    expect(first - last).toBeLessThan(1.2)
  })

  it('continues into the sample page: yesterday is within 2 points of its total of 47', () => {
    const yesterday = demoHistory('2026-11-22').at(-1)
    expect(Math.abs((yesterday?.overall ?? 0) - samplePage.overall)).toBeLessThanOrEqual(2)
    for (const id of PILLAR_IDS)
      expect(Math.abs((yesterday?.pillars[id] ?? 0) - samplePage.pillars[id])).toBeLessThan(0.6)
  })

  it('shares the sample page industry and peer pillars', () => {
    expect(DEMO_INDUSTRY).toBe(samplePage.industryName)
    expect(DEMO_INDUSTRY_PILLARS).toEqual(samplePage.industryPillars)
    expect(DEMO_NETWORK_PILLARS).toEqual(samplePage.networkPillars)
  })

  it('makes the next-pillar card pick Engage with insights and say it fell', () => {
    const today = '2026-11-22'
    const latest = todayFromSamplePage(today)
    const advice = nextPillar([...demoHistory(today), latest], latest)
    expect(advice?.pillar).toBe('insights')
    expect(advice?.reason.recentFall ?? advice?.reason.windowFall).not.toBeNull()
  })

  it('gives exact 1-, 7- and 49-day changes once today is captured', () => {
    const today = '2026-11-22'
    const latest = todayFromSamplePage(today)
    const history = [...demoHistory(today), latest]
    expect(changeSince(history, latest, 1)?.exact).toBe(true)
    expect(changeSince(history, latest, 49)?.exact).toBe(true)
    expect(changeSince(history, latest, 49)?.delta).toBeGreaterThanOrEqual(7)
  })

  it('survives the CSV writer and reader unchanged (the import path the demo uses)', () => {
    const history = demoHistory('2026-11-22')
    const read = readHistoryCsv(historyToCsv(history))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.days.map((d) => d.record)).toEqual(history)
    expect(read.value.days.every((d) => d.capturedAtGiven)).toBe(true)
  })

  it('is deterministic for the same day and seed, and differs for another seed', () => {
    expect(demoHistory('2026-11-22')).toEqual(demoHistory('2026-11-22'))
    expect(demoHistory('2026-11-22', 7)).not.toEqual(demoHistory('2026-11-22'))
  })
})

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const values = Array.from({ length: 1000 }, () => a())
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(new Set(values).size).toBeGreaterThan(990)
  })
})
