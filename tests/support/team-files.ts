/**
 * People for the Team page's tests: deterministic histories with a chosen shape (a rise or a fall, one pillar
 * clearly the weakest, a last day some days ago) and the SSI Lens export of each, written by the project's own
 * CSV writer. Shared by the unit, end-to-end and budget tests.
 */
import { seededRandom } from '../../scripts/lib/demo-history.ts'
import type { CsvFormat } from '../../src/core/csv-format.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays } from '../../src/core/day.ts'
import type { DayRecord, PillarId, Pillars } from '../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'

export interface PersonShape {
  /** The last recorded day. */
  last: string
  /** Consecutive days ending `last` (730 = two years). */
  count?: number
  /** The pillar kept far below the others, so the next pillar is obvious; none: all pillars alike. */
  weak?: PillarId | null
  /** Total change over the whole span, spread evenly over the three other pillars. */
  trend?: number
  seed?: number
  /** Include industry pillars on each day (the team-at-a-glance averages read them). */
  industry?: Pillars | null
  /** No capture time after this (an import refuses one after the clock); the real clock by default. */
  now?: Date
}

export const SAMPLE_INDUSTRY: Pillars = { brand: 12.4, people: 5.9, insights: 3.3, relationships: 9.9 }

const round3 = (n: number) => Math.round(n * 1000) / 1000

/** A valid history of `count` consecutive days ending `last`, ascending. */
export function personDays(shape: PersonShape): DayRecord[] {
  const {
    last,
    count = 730,
    weak = null,
    trend = 0,
    seed = 1,
    industry = SAMPLE_INDUSTRY,
    now = new Date(),
  } = shape
  // Captured at 09:30 UTC, or a minute ago for a day whose 09:30 has not come yet (today, run early).
  const capturedAt = (day: string) => {
    const usual = Date.parse(`${day}T09:30:00.000Z`)
    return new Date(Math.min(usual, now.getTime() - 60_000)).toISOString()
  }
  const next = seededRandom(seed)
  const days: DayRecord[] = []
  for (let i = count - 1; i >= 0; i--) {
    const t = count === 1 ? 1 : (count - 1 - i) / (count - 1)
    const pillars = Object.fromEntries(
      PILLAR_IDS.map((id) => {
        if (id === weak) return [id, round3(2 + next() * 0.4)]
        const share = weak === null ? 4 : 3
        return [id, round3(Math.min(25, Math.max(0, 15 + (trend * (t - 1)) / share + next() * 0.5)))]
      }),
    ) as Pillars
    const sum = PILLAR_IDS.reduce((n, id) => n + pillars[id], 0)
    const day = addDays(last, -i)
    days.push({
      overall: Math.round(sum),
      pillars,
      industryRank: 20,
      networkRank: 25,
      industryAverage: 31,
      networkAverage: 34,
      overallExact: null,
      industryAverageExact: null,
      networkAverageExact: null,
      industryName: 'IT Services and IT Consulting',
      industryPillars: industry,
      networkPillars: null,
      source: 'dom',
      day,
      capturedAt: capturedAt(day),
      urlKind: 'page-load',
      note: null,
    })
  }
  return days
}

/** The person's history as SSI Lens exports it (standard, or the regional `;` and decimal-comma format). */
export function personCsv(shape: PersonShape, format: CsvFormat = 'standard'): string {
  return historyToCsv(personDays(shape), format)
}

/** A CSV file that is not an SSI Lens export: another spreadsheet entirely. */
export const FOREIGN_CSV = 'Name,Email,Phone\r\nAnna,anna@example.com,555-0100\r\n'

export interface TeamFile {
  name: string
  text: string
  shape: PersonShape
}

const WEAK_CYCLE: readonly PillarId[] = ['brand', 'people', 'insights', 'relationships']

/**
 * `n` people with two years each ending near `today`: person i has pillar WEAK_CYCLE[i % 4] far below the
 * others, rises or falls by turns, every fifth person last exported 20 days ago (stale), and every third
 * person's file is in the regional format (semicolons, decimal commas).
 */
export function teamFiles(n: number, today: string): TeamFile[] {
  return Array.from({ length: n }, (_, i) => {
    const shape: PersonShape = {
      last: addDays(today, i % 5 === 4 ? -20 : -(i % 3)),
      count: 730,
      weak: WEAK_CYCLE[i % 4] as PillarId,
      trend: i % 2 === 0 ? 6 : -6,
      seed: 100 + i,
    }
    const format: CsvFormat = i % 3 === 1 ? 'regional' : 'standard'
    return { name: `Person ${String(i + 1).padStart(2, '0')}.csv`, text: personCsv(shape, format), shape }
  })
}
