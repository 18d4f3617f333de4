/**
 * The one record factory: every `DayRecord` and `PageSnapshot` a test needs, built from one base (`day()`, the
 * modern fixture's reading on a given day) with the fields each kind of history changes. Plain data, no mocks.
 * - `snapshot`, `day`: the modern English fixture's reading (tests/fixtures/ssi-modern-en.expected.json).
 * - `dayWithPillars`, `dayWithTotal`, `pillars`: days with chosen pillars and nothing else known (advice tests).
 * - `totalOnlyDay`, `dayWithoutPillars`: days known only by their total (a totals-only import).
 * - `history`: long seeded runs of valid days with every optional field varied, unknowns included.
 * - `sevenWeeks`: the 49 days issue #13's popup was measured with; `syntheticHistory`: the budgets' history.
 * - `personDays`: a person's history with a chosen shape (Team tests).
 * - `manualEntry`: what the History page's form sends.
 */
import { seededRandom } from '../../scripts/lib/demo-history.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import type { ManualEntry } from '../../src/core/manual-day.ts'
import type { DayRecord, DayWithPillars, PageSnapshot, PillarId, Pillars } from '../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'

const round3 = (n: number) => Math.round(n * 1000) / 1000
const pillarSum = (p: Pillars) => p.brand + p.people + p.insights + p.relationships

/** The modern fixture page's reading (tests/fixtures/ssi-modern-en.expected.json). */
export function snapshot(change: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    overall: 47,
    pillars: { brand: 16.4382, people: 9.27, insights: 7.815, relationships: 13.2104 },
    industryRank: 12,
    networkRank: 18,
    industryAverage: 32,
    networkAverage: 35,
    overallExact: null,
    industryAverageExact: null,
    networkAverageExact: null,
    industryName: 'IT Services and IT Consulting',
    industryPillars: { brand: 12.402, people: 5.916, insights: 3.257, relationships: 9.93 },
    networkPillars: { brand: 13.114, people: 6.02, insights: 4.391, relationships: 10.98 },
    source: 'dom',
    ...change,
  }
}

/** The fixture's reading recorded on `dayKey` at 09:30 UTC on a page load: the base of every record here. */
export function day(dayKey: string, change: Partial<DayWithPillars> = {}): DayWithPillars {
  return {
    ...snapshot(),
    day: dayKey,
    capturedAt: `${dayKey}T09:30:00.000Z`,
    urlKind: 'page-load',
    note: null,
    ...change,
  }
}

/** Nothing known beyond the score and pillars: no ranks, averages, industry or peer pillars. */
const NOTHING_ELSE = {
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
} as const satisfies Partial<DayRecord>

export type PillarTuple = readonly [brand: number, people: number, insights: number, relationships: number]

export const pillars = ([brand, people, insights, relationships]: PillarTuple): Pillars => ({
  brand,
  people,
  insights,
  relationships,
})

/** A valid day with these pillars and nothing else known: the total is the rounded pillar sum, as the page shows it. */
export function dayWithPillars(
  dayKey: string,
  values: PillarTuple,
  extra: Partial<DayWithPillars> = {},
): DayWithPillars {
  const p = pillars(values)
  return day(dayKey, {
    ...NOTHING_ELSE,
    capturedAt: `${dayKey}T08:00:00.000Z`,
    overall: Math.round(pillarSum(p)),
    pillars: p,
    ...extra,
  })
}

/** A valid day with a given whole total, split evenly over the four pillars. */
export function dayWithTotal(
  dayKey: string,
  overall: number,
  extra: Partial<DayWithPillars> = {},
): DayWithPillars {
  const quarter = overall / 4
  return dayWithPillars(dayKey, [quarter, quarter, quarter, quarter], { overall, ...extra })
}

/**
 * A day known only by its total, as a totals-only sheet gives it: no pillars and nothing else known, imported
 * without a time (the importer's stand-in noon is not needed for the checks these days go through).
 */
export function totalOnlyDay(dayKey: string, overall: number, change: Partial<DayRecord> = {}): DayRecord {
  return {
    ...day(dayKey, { ...NOTHING_ELSE, source: 'csv', urlKind: 'import' }),
    overall,
    pillars: null,
    ...change,
  }
}

/** The advice tests' form of `totalOnlyDay`: captured at 08:00 like `dayWithPillars`. */
export function dayWithoutPillars(
  dayKey: string,
  overall: number,
  extra: Partial<DayRecord> = {},
): DayRecord {
  return totalOnlyDay(dayKey, overall, { capturedAt: `${dayKey}T08:00:00.000Z`, ...extra })
}

/** `count` consecutive days ending `last`, each valid, with varied values (unknowns included). */
export function history(count: number, last = '2026-11-22', seed = 7): DayWithPillars[] {
  const next = seededRandom(seed)
  const randomPillars = (): Pillars =>
    Object.fromEntries(PILLAR_IDS.map((id) => [id, Math.round(next() * 25_000) / 1000])) as Pillars
  const days: DayWithPillars[] = []
  for (let i = count - 1; i >= 0; i--) {
    const p = randomPillars()
    const sum = pillarSum(p)
    const withPeers = next() < 0.7
    const d = addDays(last, -i)
    days.push(
      day(d, {
        overall: Math.round(sum),
        pillars: p,
        industryRank: next() < 0.9 ? 1 + Math.floor(next() * 100) : null,
        networkRank: next() < 0.9 ? 1 + Math.floor(next() * 100) : null,
        industryAverage: next() < 0.9 ? Math.round(next() * 100) : null,
        networkAverage: next() < 0.9 ? Math.round(next() * 100) : null,
        overallExact: withPeers ? sum : null,
        industryAverageExact: withPeers ? next() * 100 : null,
        networkAverageExact: withPeers ? next() * 100 : null,
        industryName: withPeers ? 'Computer Software, "B2B"; Sales\nEMEA' : null,
        industryPillars: withPeers ? randomPillars() : null,
        networkPillars: withPeers ? randomPillars() : null,
        source: withPeers ? 'embedded-json' : 'dom',
        capturedAt: new Date(
          Date.parse(`${d}T06:00:00.000Z`) + Math.floor(next() * 43_200_000),
        ).toISOString(),
        urlKind: next() < 0.8 ? 'page-load' : 'in-app-navigation',
      }),
    )
  }
  return days
}

/**
 * The history issue #13 was measured with: seven weeks (49 days, every day recorded) in which the total climbs
 * 40 → 47 and "Engage with insights" slips 8.6 → 7.8, with ranks, averages and peer pillars on every day — the
 * fullest popup there is. Used by the popup's component tests and its end-to-end fit test.
 */
export function sevenWeeks(today: string): DayRecord[] {
  return Array.from({ length: 49 }, (_, i) => {
    const t = i / 48
    const d = addDays(today, i - 48)
    const p = {
      brand: round3(11.2 + 4.3 * t),
      people: round3(9 + 0.5 * t),
      insights: round3(8.6 - 0.8 * t),
      relationships: round3(11.2 + 3 * t),
    }
    return day(d, {
      overall: Math.round(pillarSum(p)),
      pillars: p,
      industryRank: 14 - Math.round(2 * t),
      networkRank: 21,
      industryAverage: 31,
      networkAverage: 35,
      industryPillars: { brand: 12.4, people: 10.1, insights: 11.9, relationships: 12.6 },
      networkPillars: { brand: 13, people: 10.5, insights: 10.2, relationships: 13.1 },
      // Just after midnight, so a failed visit later today is newer than today's record.
      capturedAt: `${d}T00:05:00.000Z`,
    })
  })
}

/**
 * The history the performance budgets measure (`count` days ending the day before `today`): a steady rise with a
 * small deterministic wobble, ranks and averages on every day, no peer pillars. Its CSV must stay byte for byte
 * what the budgets were set with.
 */
export function syntheticHistory(count: number, today = dayKey(new Date())): DayRecord[] {
  const records: DayRecord[] = []
  for (let i = count; i >= 1; i--) {
    const d = addDays(today, -i)
    const t = (count - i) / count
    const p = {
      brand: round3(10 + 8 * t + ((i * 7) % 10) / 20),
      people: round3(6 + 4 * t + ((i * 3) % 10) / 25),
      insights: round3(4 + 5 * t + ((i * 11) % 10) / 30),
      relationships: round3(9 + 5 * t + ((i * 5) % 10) / 40),
    }
    records.push(
      day(d, {
        ...NOTHING_ELSE,
        overall: Math.round(pillarSum(p)),
        pillars: p,
        industryRank: 30 - Math.round(20 * t),
        networkRank: 40 - Math.round(25 * t),
        industryAverage: 31,
        networkAverage: 34,
        industryName: 'IT Services and IT Consulting',
      }),
    )
  }
  return records
}

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

/** A person's valid history of `count` consecutive days ending `last`, ascending. */
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
  const capturedAt = (d: string) => {
    const usual = Date.parse(`${d}T09:30:00.000Z`)
    return new Date(Math.min(usual, now.getTime() - 60_000)).toISOString()
  }
  const next = seededRandom(seed)
  const days: DayRecord[] = []
  for (let i = count - 1; i >= 0; i--) {
    const t = count === 1 ? 1 : (count - 1 - i) / (count - 1)
    const p = Object.fromEntries(
      PILLAR_IDS.map((id) => {
        if (id === weak) return [id, round3(2 + next() * 0.4)]
        const share = weak === null ? 4 : 3
        return [id, round3(Math.min(25, Math.max(0, 15 + (trend * (t - 1)) / share + next() * 0.5)))]
      }),
    ) as Pillars
    const d = addDays(last, -i)
    days.push(
      day(d, {
        ...NOTHING_ELSE,
        overall: Math.round(PILLAR_IDS.reduce((n, id) => n + p[id], 0)),
        pillars: p,
        industryRank: 20,
        networkRank: 25,
        industryAverage: 31,
        networkAverage: 34,
        industryName: 'IT Services and IT Consulting',
        industryPillars: industry,
        capturedAt: capturedAt(d),
      }),
    )
  }
  return days
}

/** A valid hand-entered day (what the history page's form sends): the modern fixture's four pillars. */
export function manualEntry(dayKey: string, change: Partial<ManualEntry> = {}): ManualEntry {
  return {
    day: dayKey,
    pillars: { brand: 16.4, people: 9.3, insights: 7.8, relationships: 13.2 },
    industryRank: null,
    networkRank: null,
    industryAverage: null,
    networkAverage: null,
    industryName: null,
    ...change,
  }
}

/** The modern fixture's ranks, averages and industry, for a hand-entered day that has every field. */
export const MODERN_PAGE_PEERS = {
  industryRank: 12,
  networkRank: 18,
  industryAverage: 32,
  networkAverage: 35,
  industryName: 'IT Services and IT Consulting',
} satisfies Partial<ManualEntry>
