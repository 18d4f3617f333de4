import { describe, expect, it } from 'vitest'
import type { Change, NextPillarAdvice } from '../../src/core/advice-types.ts'
import type { Pillars } from '../../src/core/snapshot.ts'
import { summarizeHistory, viewOf } from '../../src/core/team-summary.ts'
import {
  sortTeamRows,
  type TeamColumn,
  type TeamMember,
  type TeamRow,
  teamAverages,
  teamRow,
} from '../../src/core/team-table.ts'
import { personDays, SAMPLE_INDUSTRY } from '../support/records.ts'

/** Only the pillar matters to the table's sort and export. */
const advice = (pillar: NextPillarAdvice['pillar']) => ({ pillar }) as NextPillarAdvice

const TODAY = '2026-11-22'

const member = (name: string, shape: Parameters<typeof personDays>[0]): TeamMember => ({
  id: name.toLowerCase(),
  name,
  summary: viewOf(summarizeHistory(personDays(shape))),
})

describe('teamRow', () => {
  it('reads every column from the summary, on the given day and range', () => {
    const m = member('Anna', { last: '2026-11-02', count: 400, weak: 'people', trend: 6, seed: 4 })
    const row = teamRow(m, '6m', TODAY)
    expect(row).toMatchObject({
      id: 'anna',
      name: 'Anna',
      latestTotal: m.summary.latest.overall,
      latestDay: '2026-11-02',
      change: m.summary.changes['6m'],
      weakest: { pillar: 'people', value: m.summary.latest.pillars?.people },
      next: expect.objectContaining({ pillar: 'people' }),
      days: 400,
      staleness: { days: 20, stale: true },
    })
  })

  it.each([
    ['brand', 'brand'],
    ['people', 'people'],
    ['insights', 'insights'],
    ['relationships', 'relationships'],
  ] as const)('names %s as the next pillar of a person whose %s is far below the rest', (weak, next) => {
    expect(teamRow(member('X', { last: TODAY, weak, seed: 9 }), '49d', TODAY).next?.pillar).toBe(next)
  })
})

describe('sortTeamRows', () => {
  const row = (name: string, change: number | null, over: Partial<TeamRow> = {}): TeamRow => ({
    id: name,
    name,
    latestTotal: 40,
    latestDay: TODAY,
    change: change === null ? null : ({ delta: change, since: '2026-10-04', exact: true } satisfies Change),
    weakest: { pillar: 'insights', value: 5 },
    next: null,
    pillarsUnknown: false,
    days: 10,
    staleness: { days: 0, stale: false },
    totals: { from: '2026-11-20', values: [] },
    ...over,
  })
  const rows = [
    row('carla', 2, { latestTotal: 61, days: 300, staleness: { days: 20, stale: true } }),
    row('Bea', null, { latestTotal: 35, weakest: { pillar: 'brand', value: 2 } }),
    row('anna', -3, { latestTotal: 35, next: advice('people') }),
    row('Émile', 5, { days: 2, next: advice('brand') }),
  ]
  const names = (column: TeamColumn, direction: 'ascending' | 'descending') =>
    sortTeamRows(rows, column, direction).map((r) => r.name)

  it.each<[TeamColumn, 'ascending' | 'descending', string[]]>([
    ['name', 'ascending', ['anna', 'Bea', 'carla', 'Émile']],
    ['name', 'descending', ['Émile', 'carla', 'Bea', 'anna']],
    ['latest', 'descending', ['carla', 'Émile', 'anna', 'Bea']],
    ['latest', 'ascending', ['anna', 'Bea', 'Émile', 'carla']],
    ['change', 'descending', ['Émile', 'carla', 'anna', 'Bea']],
    ['change', 'ascending', ['anna', 'carla', 'Émile', 'Bea']],
    ['weakest', 'ascending', ['Bea', 'anna', 'carla', 'Émile']],
    ['next', 'ascending', ['Émile', 'anna', 'Bea', 'carla']],
    ['next', 'descending', ['anna', 'Émile', 'Bea', 'carla']],
    ['days', 'descending', ['carla', 'anna', 'Bea', 'Émile']],
    ['stale', 'descending', ['carla', 'anna', 'Bea', 'Émile']],
  ])('by %s, %s (unknowns last, ties by name)', (column, direction, expected) => {
    expect(names(column, direction)).toEqual(expected)
  })

  it('does not change the rows it was given', () => {
    const before = rows.map((r) => r.name)
    sortTeamRows(rows, 'latest', 'descending')
    expect(rows.map((r) => r.name)).toEqual(before)
  })
})

describe('teamAverages', () => {
  it('averages each pillar over the people’s latest days, next to the industry averages in their files', () => {
    const a = member('A', { last: TODAY, count: 1, seed: 1 })
    const b = member('B', { last: TODAY, count: 1, seed: 2, industry: null })
    const averages = teamAverages([a, b])
    const pa = a.summary.latest.pillars as Pillars
    const pb = b.summary.latest.pillars as Pillars
    expect(averages.people).toBe(2)
    expect(averages.team?.brand).toBeCloseTo((pa.brand + pb.brand) / 2, 6)
    expect(averages.team?.relationships).toBeCloseTo((pa.relationships + pb.relationships) / 2, 6)
    expect(averages.industry).toEqual(SAMPLE_INDUSTRY)
    expect(averages.withIndustry).toBe(1)
  })

  it('answers null averages for no people, and no industry when no file has it', () => {
    expect(teamAverages([])).toEqual({
      team: null,
      people: 0,
      withPillars: 0,
      industry: null,
      withIndustry: 0,
    })
    const alone = teamAverages([member('A', { last: TODAY, count: 1, industry: null })])
    expect(alone.industry).toBeNull()
  })
})
