/** Valid history for tests: hand-made days and long deterministic runs of them. */
import { seededRandom } from '../../scripts/lib/demo-history.ts'
import { addDays } from '../../src/core/day.ts'
import type { ManualEntry } from '../../src/core/manual-day.ts'
import type { DayRecord, PageSnapshot, Pillars } from '../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'

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

export function day(dayKey: string, change: Partial<DayRecord> = {}): DayRecord {
  return {
    ...snapshot(),
    day: dayKey,
    capturedAt: `${dayKey}T09:30:00.000Z`,
    urlKind: 'page-load',
    note: null,
    ...change,
  }
}

/** `count` consecutive days ending `last`, each valid, with varied values (unknowns included). */
export function history(count: number, last = '2026-11-22', seed = 7): DayRecord[] {
  const next = seededRandom(seed)
  const pillars = (): Pillars =>
    Object.fromEntries(PILLAR_IDS.map((id) => [id, Math.round(next() * 25_000) / 1000])) as Pillars
  const days: DayRecord[] = []
  for (let i = count - 1; i >= 0; i--) {
    const p = pillars()
    const sum = p.brand + p.people + p.insights + p.relationships
    const withPeers = next() < 0.7
    const d = addDays(last, -i)
    days.push({
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
      industryPillars: withPeers ? pillars() : null,
      networkPillars: withPeers ? pillars() : null,
      source: withPeers ? 'embedded-json' : 'dom',
      day: d,
      capturedAt: new Date(Date.parse(`${d}T06:00:00.000Z`) + Math.floor(next() * 43_200_000)).toISOString(),
      urlKind: next() < 0.8 ? 'page-load' : 'in-app-navigation',
      note: null,
    })
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
