/**
 * Days known only by their total (`pillars: null`, from a totals-only sheet): every place a day is validated,
 * written, read back or used. Tables of cases; the rule is "unknown stays unknown" — never a pillar invented.
 */
import { describe, expect, it } from 'vitest'
import { readHistoryCsv } from '../../src/core/csv-read.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { DAY_FIELDS } from '../../src/core/day-fields.ts'
import { changeOfField, changeSince } from '../../src/core/deltas.ts'
import { forecastGoal } from '../../src/core/forecast.ts'
import { assessPillars, nextPillar } from '../../src/core/next-pillar.ts'
import { rangeSeries, valueRuns } from '../../src/core/series.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { hasPillars, PILLAR_IDS } from '../../src/core/snapshot.ts'
import { summarizeHistory, viewOf } from '../../src/core/team-summary.ts'
import { teamAverages, teamRow } from '../../src/core/team-table.ts'
import { checkDayRecord, checkSnapshot } from '../../src/core/validate.ts'
import { day, dayWithoutPillars, dayWithPillars, totalOnlyDay } from '../support/records.ts'

const TODAY = '2026-11-22'
const back = (n: number): string => {
  const d = new Date(`${TODAY}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - n)
  return d.toISOString().slice(0, 10)
}

describe('checkDayRecord: a day known only by its total', () => {
  const cases: { name: string; change: Partial<DayRecord>; problem: unknown }[] = [
    { name: 'accepts a total with unknown pillars', change: { overall: 38 }, problem: null },
    { name: 'accepts the lowest total, 0', change: { overall: 0 }, problem: null },
    { name: 'accepts the highest total, 100', change: { overall: 100 }, problem: null },
    {
      name: 'refuses a total above 100',
      change: { overall: 100.1 },
      problem: { code: 'out-of-range', field: 'overall', value: '100.1', min: 0, max: 100, integer: true },
    },
    {
      name: 'refuses a negative total',
      change: { overall: -1 },
      problem: { code: 'out-of-range', field: 'overall', value: '-1', min: 0, max: 100, integer: true },
    },
    {
      name: 'refuses a total that is not the whole number a page shows (never rounded into one)',
      change: { overall: 47.5 },
      problem: { code: 'out-of-range', field: 'overall', value: '47.5', min: 0, max: 100, integer: true },
    },
    {
      name: 'refuses a day with neither pillars nor a total (a total is required)',
      change: { overall: null as unknown as number },
      problem: { code: 'out-of-range', field: 'overall', value: 'null', min: 0, max: 100, integer: true },
    },
    {
      name: 'still checks the rest of the day: an average above 100',
      change: { industryAverage: 101 },
      problem: expect.objectContaining({ code: 'out-of-range', field: 'industryAverage' }),
    },
  ]
  for (const c of cases)
    it(c.name, () => {
      const checked = checkDayRecord(totalOnlyDay('2026-01-05', 38, c.change))
      if (c.problem === null) {
        expect(checked.ok).toBe(true)
        expect(checked.ok && checked.value.pillars).toBeNull()
      } else expect(!checked.ok && checked.error).toEqual(c.problem)
    })

  it('checks known pillars as before: their sum must give the total (±1)', () => {
    const checked = checkDayRecord(day('2026-11-22', { overall: 52 }))
    expect(!checked.ok && checked.error.code).toBe('sum-mismatch')
  })

  it('never lets a reading of the page through without pillars (only a stored or imported day may lack them)', () => {
    const { day: _d, capturedAt: _c, urlKind: _u, note: _n, ...reading } = totalOnlyDay('2026-01-05', 38)
    const checked = checkSnapshot(reading)
    expect(!checked.ok && checked.error).toMatchObject({ code: 'out-of-range', field: 'brand' })
  })
})

describe('CSV: unknown pillars are four empty cells, and read back as unknown', () => {
  const days = [
    totalOnlyDay('2026-01-05', 38, { note: 'baseline' }),
    totalOnlyDay('2026-01-12', 39),
    day('2026-11-21', { capturedAt: '2026-11-21T09:30:00.000Z' }),
  ]

  it('writes the four pillar cells of such a day empty', () => {
    const row = historyToCsv(days).split('\r\n')[1] as string
    expect(row.split(',').slice(0, 6)).toEqual(['2026-01-05', '38', '', '', '', ''])
  })

  it('gives the same bytes after export → import → export', () => {
    const first = historyToCsv(days)
    const read = readHistoryCsv(first)
    if (!read.ok) throw new Error(JSON.stringify(read))
    expect(read.value.days.map((d) => d.record.pillars === null)).toEqual([true, true, false])
    expect(historyToCsv(read.value.days.map((d) => d.record))).toBe(first)
  })

  const partial: { name: string; cells: [string, string, string, string]; missing: string[] }[] = [
    { name: 'one pillar cell empty', cells: ['16.4', '9.3', '', '13.2'], missing: ['insights'] },
    {
      name: 'three pillar cells empty',
      cells: ['', '', '', '13.2'],
      missing: ['brand', 'people', 'insights'],
    },
  ]
  for (const c of partial)
    it(`refuses an SSI Lens row with ${c.name}, naming them (code missing-pillars)`, () => {
      const text = `date,overall,brand,people,insights,relationships\r\n2026-01-05,38,${c.cells.join(',')}\r\n`
      expect(readHistoryCsv(text)).toEqual({
        ok: false,
        error: {
          code: 'bad-lines',
          issues: [{ line: 2, issue: { code: 'missing-pillars', missing: c.missing } }],
          stoppedAt: null,
        },
      })
    })
})

describe('day fields, deltas and series skip unknown pillars and keep the total', () => {
  const history = [
    dayWithPillars(back(8), [10, 10, 10, 10]),
    dayWithoutPillars(back(7), 45),
    dayWithPillars(back(1), [11, 10, 10, 10]),
  ]
  const latest = dayWithoutPillars(TODAY, 44)

  it('reads every pillar of such a day as unknown, its total as known', () => {
    expect(PILLAR_IDS.map((id) => DAY_FIELDS[id](latest))).toEqual([null, null, null, null])
    expect(DAY_FIELDS.overall(latest)).toBe(44)
  })

  const deltaCases: {
    name: string
    of: DayRecord
    field: 'overall' | 'brand'
    days: number
    expected: unknown
  }[] = [
    {
      name: 'the total changes against a day known only by its total',
      of: latest,
      field: 'overall',
      days: 7,
      expected: { delta: -1, since: back(7), exact: true },
    },
    { name: 'a pillar of such a day has no change', of: latest, field: 'brand', days: 1, expected: null },
    {
      name: 'a pillar skips the earlier day without pillars and compares with the one before',
      of: history[2] as DayRecord,
      field: 'brand',
      days: 7,
      expected: { delta: 1, since: back(8), exact: true },
    },
  ]
  for (const c of deltaCases)
    it(c.name, () => {
      const all = [...history, latest]
      const change =
        c.field === 'overall' ? changeSince(all, c.of, c.days) : changeOfField(all, c.of, c.field, c.days)
      expect(change).toEqual(c.expected)
    })

  it('gives pillar panels a gap on such days while the total still plots', () => {
    const series = rangeSeries([...history, latest], '49d', TODAY)
    const daysOf = (values: ReadonlyArray<number | null>) =>
      valueRuns(values).map((run) => run.map((p) => series.days[p.index]))
    expect(daysOf(series.overall).flat()).toEqual([back(8), back(7), back(1), TODAY])
    expect(daysOf(series.pillars.brand)).toEqual([[back(8)], [back(1)]])
  })

  it('keeps such a day as the week’s reading in a weekly range (its pillars a gap, never an older week day’s)', () => {
    const series = rangeSeries([...history, latest], '6m', TODAY)
    expect(series.days.at(-1)).toBe(TODAY)
    expect(series.overall.at(-1)).toBe(latest.overall)
    expect(series.pillars.brand.at(-1)).toBeNull()
  })
})

describe('next pillar and forecast', () => {
  const earlier = [dayWithPillars(back(20), [16, 12, 11, 15]), dayWithPillars(back(7), [16, 12, 11, 16])]
  const latest = dayWithPillars(TODAY, [16, 12, 11, 14])

  it('gives no advice when the latest day’s pillars are unknown (no pillar taken from older days)', () => {
    expect(nextPillar(earlier, dayWithoutPillars(TODAY, 53))).toBeNull()
  })

  it('reads only days with pillars: days known by their total change nothing in the advice or its working', () => {
    const withTotals = [...earlier, dayWithoutPillars(back(3), 40), dayWithoutPillars(back(12), 60)]
    expect(nextPillar(withTotals, latest)).toEqual(nextPillar(earlier, latest))
    expect(assessPillars(withTotals, latest)).toEqual(assessPillars(earlier, latest))
  })

  it('forecasts from every recorded total, pillars known or not (the line fits totals only)', () => {
    const totals = Array.from({ length: 7 }, (_, i) => dayWithoutPillars(back(12 - 2 * i), 40 + i))
    const mixed = totals.map((d, i) => (i % 2 === 0 ? d : dayWithPillars(d.day, [10, 10, 10, 10 + i])))
    const forecast = forecastGoal(totals, 60, TODAY)
    expect(forecast).toMatchObject({ kind: 'on-track', days: 7 })
    expect(forecastGoal(mixed, 60, TODAY)).toEqual(forecast)
  })
})

describe('team: a person whose latest day is known only by its total', () => {
  const member = (name: string, days: DayRecord[]) => ({
    id: name,
    name,
    summary: viewOf(summarizeHistory(days)),
  })
  const known = member('Anna', [
    dayWithPillars(back(1), [12, 8, 9, 11]),
    dayWithPillars(TODAY, [12, 8, 9, 12]),
  ])
  const totals = member('Ben', [dayWithPillars(back(1), [20, 20, 20, 20]), dayWithoutPillars(TODAY, 77)])

  it('has no weakest and no next pillar, says so, and keeps the total and its change', () => {
    expect(teamRow(totals, '49d', TODAY)).toMatchObject({
      latestTotal: 77,
      weakest: null,
      next: null,
      pillarsUnknown: true,
      change: { delta: -3, since: back(1), exact: false },
    })
    expect(teamRow(known, '49d', TODAY)).toMatchObject({
      weakest: { pillar: 'people', value: 8 },
      pillarsUnknown: false,
    })
  })

  it('is left out of the team’s pillar averages, which say over how many people they are', () => {
    const averages = teamAverages([known, totals])
    expect(averages).toMatchObject({ people: 2, withPillars: 1, team: { brand: 12, people: 8, insights: 9 } })
    expect(teamAverages([totals]).team).toBeNull()
  })

  it('types the two kinds of day apart', () => {
    expect([known.summary.latest, totals.summary.latest].map(hasPillars)).toEqual([true, false])
  })
})
