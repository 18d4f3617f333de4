/**
 * The demo's seeded history: 49 invented days ending yesterday that lead naturally into the sample SSI page
 * (`tests/fixtures/ssi-modern-en.html`: total 47, Engage with insights the weakest pillar at 7.8). Pure and
 * deterministic: the same `today` and seed always give the same days, so screenshots are reproducible.
 */
import { addDays } from '../../src/core/day.ts'
import type { DayWithPillars, PillarId, Pillars } from '../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'

/** How many calendar days the seeded history spans: the chart's 49-day window, plus the day a 49-day change compares with. */
export const DEMO_DAYS = 49
/** At most this many days are left out, so the chart always has 40+ recorded days to show. */
export const MAX_SKIPPED_DAYS = 7
/** The chance that a weekend day is left out (people do not open LinkedIn every Saturday). */
const WEEKEND_SKIP = 0.4
/** The chance that a weekday is left out (a holiday, a busy day). */
const WEEKDAY_SKIP = 0.04

/** What the sample page shows around the score; the seeded days share it so the benchmarks read sensibly. */
export const DEMO_INDUSTRY = 'IT Services and IT Consulting'
export const DEMO_INDUSTRY_PILLARS: Pillars = {
  brand: 12.402,
  people: 5.916,
  insights: 3.257,
  relationships: 9.93,
}
export const DEMO_NETWORK_PILLARS: Pillars = {
  brand: 13.114,
  people: 6.02,
  insights: 4.391,
  relationships: 10.98,
}

/**
 * Each pillar's level on the first and on the last seeded day. Insights is the lowest throughout and slowly
 * falls, the others rise, so the total climbs from the high 30s to the mid 40s and the next-pillar card has
 * something to say. The last values sit just under the sample page's (16.44, 9.27, 7.82, 13.21).
 */
const PILLAR_PATH: Readonly<Record<PillarId, readonly [number, number]>> = {
  brand: [12.0, 16.3],
  people: [9.0, 9.2],
  insights: [8.6, 7.95],
  relationships: [9.6, 13.1],
}
/** Day-to-day wobble of each pillar around its path (±): small, as LinkedIn's daily changes are. */
const PILLAR_NOISE = 0.12
/** Ranks ("Top N %") improve and the peer averages creep up along with the score. */
const INDUSTRY_RANK: readonly [number, number] = [17, 13]
const NETWORK_RANK: readonly [number, number] = [24, 19]
const INDUSTRY_AVERAGE: readonly [number, number] = [31, 32]
const NETWORK_AVERAGE: readonly [number, number] = [34, 35]

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). Deterministic, unlike `Math.random`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const lerp = ([from, to]: readonly [number, number], t: number): number => from + (to - from) * t
/** Pillar values keep four decimals, as the page's `<progress value>` attributes do. */
const round4 = (n: number): number => Math.round(n * 10_000) / 10_000

function isWeekend(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return weekday === 0 || weekday === 6
}

/**
 * The capture time of a seeded day: a morning visit between 07:30 and 10:59, local time, so that the
 * record's local day is `day` in whatever time zone the demo runs.
 */
function morningCapture(day: string, random: () => number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const minutes = 7 * 60 + 30 + Math.floor(random() * 210)
  return new Date(
    y,
    m - 1,
    d,
    Math.floor(minutes / 60),
    minutes % 60,
    Math.floor(random() * 60),
  ).toISOString()
}

/**
 * The seeded history for a demo run on `today` (`YYYY-MM-DD`): the days `today − 49` … `today − 1`, ascending,
 * with some weekends (rarely a weekday) missing. The first and the last day are always present so the 1-, 7- and
 * 49-day changes have something to compare with. Every record's total is its rounded pillar sum, as on the page.
 */
export function demoHistory(today: string, seed = 20_261_122): DayWithPillars[] {
  const random = seededRandom(seed)
  const records: DayWithPillars[] = []
  let skipped = 0
  for (let i = 0; i < DEMO_DAYS; i++) {
    const day = addDays(today, i - DEMO_DAYS)
    const t = i / (DEMO_DAYS - 1)
    // Drawn for every day, recorded or not, so one skipped day does not reshuffle all the later numbers.
    const skipRoll = random()
    const noise = PILLAR_IDS.map(() => (random() * 2 - 1) * PILLAR_NOISE)
    const capturedAt = morningCapture(day, random)
    const edge = i === 0 || i === DEMO_DAYS - 1
    const skipChance = isWeekend(day) ? WEEKEND_SKIP : WEEKDAY_SKIP
    if (!edge && skipped < MAX_SKIPPED_DAYS && skipRoll < skipChance) {
      skipped++
      continue
    }
    const pillars = Object.fromEntries(
      PILLAR_IDS.map((id, k) => [id, round4(lerp(PILLAR_PATH[id], t) + (noise[k] ?? 0))]),
    ) as Pillars
    const sum = PILLAR_IDS.reduce((total, id) => total + pillars[id], 0)
    records.push({
      day,
      capturedAt,
      // Honest labels: these days arrive by CSV import, they were never read from a page.
      urlKind: 'import',
      source: 'csv',
      note: null,
      overall: Math.round(sum),
      pillars,
      industryRank: Math.round(lerp(INDUSTRY_RANK, t)),
      networkRank: Math.round(lerp(NETWORK_RANK, t)),
      industryAverage: Math.round(lerp(INDUSTRY_AVERAGE, t)),
      networkAverage: Math.round(lerp(NETWORK_AVERAGE, t)),
      overallExact: null,
      industryAverageExact: null,
      networkAverageExact: null,
      industryName: DEMO_INDUSTRY,
      industryPillars: { ...DEMO_INDUSTRY_PILLARS },
      networkPillars: { ...DEMO_NETWORK_PILLARS },
    })
  }
  return records
}
