/**
 * The Team page's table as facts: one row per person from their stored summary, on a given day and range, plus
 * the sort every column offers and the team's pillar averages. No words: the page names the facts.
 */
import type { Change, NextPillarAdvice } from './advice-types.ts'
import type { PillarId, Pillars } from './snapshot.ts'
import { PILLAR_IDS } from './snapshot.ts'
import {
  type PersonView,
  type Staleness,
  staleness,
  type TeamRange,
  type TotalSeries,
  weakestPillar,
} from './team-summary.ts'

export interface TeamRow {
  /** A person's id, or `null` for the user's own history (the row "You"). */
  id: string | null
  name: string
  latestTotal: number
  latestDay: string
  change: Change | null
  /** The lowest pillar of the latest day; null when that day is known only by its total. */
  weakest: { pillar: PillarId; value: number } | null
  /**
   * By the popup's rule, over the 49 days ending the latest day; null when every pillar is at 25 or the latest
   * day's pillars are unknown (`pillarsUnknown`).
   */
  next: NextPillarAdvice | null
  /** The latest day is known only by its total (a totals-only import): no weakest or next pillar. */
  pillarsUnknown: boolean
  days: number
  staleness: Staleness
  /** Totals day by day, for the chart. */
  totals: TotalSeries
}

export interface TeamMember {
  id: string | null
  name: string
  summary: PersonView
}

/** A member's row for `range` as seen on `today`. */
export function teamRow(member: TeamMember, range: TeamRange, today: string): TeamRow {
  const { summary } = member
  const { latest } = summary
  return {
    id: member.id,
    name: member.name,
    latestTotal: latest.overall,
    latestDay: latest.day,
    change: summary.changes[range],
    weakest: latest.pillars && weakestPillar(latest.pillars),
    next: summary.next,
    pillarsUnknown: latest.pillars === null,
    days: summary.dayCount,
    staleness: staleness(latest.day, today),
    totals: summary.totals,
  }
}

export const TEAM_COLUMNS = ['name', 'latest', 'change', 'weakest', 'next', 'days', 'stale'] as const
export type TeamColumn = (typeof TEAM_COLUMNS)[number]
export type SortDirection = 'ascending' | 'descending'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
const pillarOrder = (id: PillarId): number => PILLAR_IDS.indexOf(id)

/** What each column sorts by; `null` (an unknown change, no next pillar) always sorts last. */
const SORT_VALUE: Record<Exclude<TeamColumn, 'name'>, (row: TeamRow) => number | null> = {
  latest: (r) => r.latestTotal,
  change: (r) => r.change?.delta ?? null,
  weakest: (r) => r.weakest?.value ?? null,
  next: (r) => (r.next ? pillarOrder(r.next.pillar) : null),
  days: (r) => r.days,
  stale: (r) => r.staleness.days,
}

/**
 * The rows sorted by `column`. Unknown values go last in both directions; equal values keep name order, so the
 * order never depends on the order the files were added in.
 */
export function sortTeamRows(
  rows: readonly TeamRow[],
  column: TeamColumn,
  direction: SortDirection,
): TeamRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  const byName = (a: TeamRow, b: TeamRow) =>
    collator.compare(a.name, b.name) || (a.id ?? '').localeCompare(b.id ?? '')
  if (column === 'name') return [...rows].sort((a, b) => sign * byName(a, b))
  const value = SORT_VALUE[column]
  return [...rows].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1
    return sign * (va - vb) || byName(a, b)
  })
}

export interface TeamAverages {
  /**
   * The mean of each pillar over the people's latest days whose pillars are known; null when no such day (a day
   * known only by its total has no pillars to average, and none are invented for it).
   */
  team: Pillars | null
  people: number
  /** How many people's latest days have their pillars (the days `team` averages). */
  withPillars: number
  /** The mean of the industry averages per pillar the people's latest days carry; null when none does. */
  industry: Pillars | null
  /** How many people's latest days carried industry pillars. */
  withIndustry: number
}

const mean = (groups: readonly Pillars[]): Pillars | null =>
  groups.length === 0
    ? null
    : (Object.fromEntries(
        PILLAR_IDS.map((id) => [
          id,
          Math.round((groups.reduce((sum, p) => sum + p[id], 0) / groups.length) * 1e6) / 1e6,
        ]),
      ) as Pillars)

/** The team's average per pillar next to the industry averages found in the same files. */
export function teamAverages(members: readonly TeamMember[]): TeamAverages {
  const known = members.flatMap((m) => (m.summary.latest.pillars ? [m.summary.latest.pillars] : []))
  const industry = members.flatMap((m) =>
    m.summary.latest.industryPillars ? [m.summary.latest.industryPillars] : [],
  )
  return {
    team: mean(known),
    people: members.length,
    withPillars: known.length,
    industry: mean(industry),
    withIndustry: industry.length,
  }
}
