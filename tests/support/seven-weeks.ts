/**
 * The history issue #13 was measured with: seven weeks (49 days, every day recorded) in which the total climbs
 * 40 → 47 and "Engage with insights" slips 8.6 → 7.8, with ranks, averages and peer pillars on every day — the
 * fullest popup there is. Used by the popup's component tests and its end-to-end fit test.
 */
import { addDays } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'

const r3 = (n: number) => Math.round(n * 1000) / 1000

export function sevenWeeks(today: string): DayRecord[] {
  return Array.from({ length: 49 }, (_, i) => {
    const t = i / 48
    const day = addDays(today, i - 48)
    const pillars = {
      brand: r3(11.2 + 4.3 * t),
      people: r3(9 + 0.5 * t),
      insights: r3(8.6 - 0.8 * t),
      relationships: r3(11.2 + 3 * t),
    }
    const sum = pillars.brand + pillars.people + pillars.insights + pillars.relationships
    return {
      day,
      overall: Math.round(sum),
      pillars,
      industryRank: 14 - Math.round(2 * t),
      networkRank: 21,
      industryAverage: 31,
      networkAverage: 35,
      overallExact: null,
      industryAverageExact: null,
      networkAverageExact: null,
      industryName: 'IT Services and IT Consulting',
      industryPillars: { brand: 12.4, people: 10.1, insights: 11.9, relationships: 12.6 },
      networkPillars: { brand: 13, people: 10.5, insights: 10.2, relationships: 13.1 },
      source: 'dom',
      note: null,
      // Just after midnight, so a failed visit later today is newer than today's record.
      capturedAt: `${day}T00:05:00.000Z`,
      urlKind: 'page-load',
    }
  })
}
