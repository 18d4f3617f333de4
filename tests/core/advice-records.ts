/** Builders for DayRecords in the advice tests (deltas, series, next pillar, forecast): plain data, no mocks. */
import type { DayRecord, Pillars } from '../../src/core/snapshot.ts'

export type PillarTuple = readonly [brand: number, people: number, insights: number, relationships: number]

export const pillars = ([brand, people, insights, relationships]: PillarTuple): Pillars => ({
  brand,
  people,
  insights,
  relationships,
})

/** A valid day: the total is the rounded pillar sum, as the page shows it. */
export function dayWithPillars(day: string, values: PillarTuple, extra: Partial<DayRecord> = {}): DayRecord {
  const p = pillars(values)
  return {
    day,
    capturedAt: `${day}T08:00:00.000Z`,
    urlKind: 'page-load',
    note: null,
    overall: Math.round(p.brand + p.people + p.insights + p.relationships),
    pillars: p,
    industryRank: null,
    networkRank: null,
    industryAverage: null,
    networkAverage: null,
    overallExact: null,
    industryAverageExact: null,
    networkAverageExact: null,
    industryName: null,
    industryPillars: null,
    networkPillars: null,
    source: 'dom',
    ...extra,
  }
}

/** A valid day with a given whole total, split evenly over the four pillars. */
export function dayWithTotal(day: string, overall: number, extra: Partial<DayRecord> = {}): DayRecord {
  const quarter = overall / 4
  return dayWithPillars(day, [quarter, quarter, quarter, quarter], { overall, ...extra })
}
