/**
 * One person on the Team page, summarised once when their file is added, so that opening the page reads 30 small
 * records instead of 30 histories. The summary keeps only what the table, the averages and the chart need; every
 * derived number (staleness, the next pillar, the chosen range's change) is computed from it on open, because it
 * depends on today or on the popup's rule, which may change between versions.
 */
import type { Change, NextPillarAdvice } from './advice-types.ts'
import { addDays, daysBetween, WINDOW_DAYS } from './day.ts'
import { changeSince } from './deltas.ts'
import { nextPillar } from './next-pillar.ts'
import { RANGE_DAYS } from './series.ts'
import type { DayRecord, PillarId, Pillars } from './snapshot.ts'
import { PILLAR_IDS } from './snapshot.ts'

/** Bump when the shape or the meaning of `PersonSummary` changes: stored summaries are then recomputed. */
export const SUMMARY_VERSION = 2

/** The ranges the table's change column can be computed over, in days back from the latest day: the chart's. */
export const TEAM_RANGES = RANGE_DAYS
export type TeamRange = keyof typeof TEAM_RANGES
export const DEFAULT_TEAM_RANGE: TeamRange = '49d'
const LONGEST_RANGE = Math.max(...Object.values(TEAM_RANGES))

/** A file whose latest day is more than this many days before today is flagged as stale. */
export const STALE_AFTER_DAYS = 7

/** Totals day by day, for the team chart: `values[i]` is the total of `from + i` days, `null` where none was recorded. */
export interface TotalSeries {
  from: string
  values: (number | null)[]
}

export interface PersonSummary {
  version: number
  /** How many days the file holds. */
  dayCount: number
  latest: DayRecord
  /** The days the next-pillar rule reads: 49 days ending `latest.day`, plus the day before them (as the popup). */
  recent: DayRecord[]
  /** The change of the total over each range, by the popup's rule (`changeSince`). */
  changes: Record<TeamRange, Change | null>
  /**
   * Totals of the longest range ending `latest.day` (from the day before it, when recorded), for the chart: one
   * number per calendar day, so thirty people's year crosses to the page as thirty short arrays.
   */
  totals: TotalSeries
}

/**
 * A person as the Team page receives them: the summary without the days the rule reads, with the next pillar
 * the rule gives from them, computed when the page asks (so it always follows the current rule).
 */
export interface PersonView {
  dayCount: number
  latest: DayRecord
  changes: Record<TeamRange, Change | null>
  totals: TotalSeries
  /**
   * By the popup's rule (`nextPillar`) over the 49 days ending the latest day; null when every pillar is at 25 or
   * the latest day is known only by its total.
   */
  next: NextPillarAdvice | null
}

/** What the page is sent of a summary. */
export function viewOf(summary: PersonSummary): PersonView {
  const { dayCount, latest, changes, totals } = summary
  return { dayCount, latest, changes, totals, next: nextPillar(summary.recent, latest) }
}

/** The totals as one value per calendar day from the first day of `days` (ascending, one per day). */
function totalSeries(days: readonly DayRecord[]): TotalSeries {
  const from = (days[0] as DayRecord).day
  const values: (number | null)[] = []
  for (const d of days) {
    const at = daysBetween(from, d.day)
    while (values.length < at) values.push(null)
    values[at] = d.overall
  }
  return { from, values }
}

/** The total of `day` in a series, or null (not recorded, or outside the series). */
export function totalOn(series: TotalSeries, day: string): number | null {
  return series.values[daysBetween(series.from, day)] ?? null
}

/**
 * One total per chart slot (a day, or a week `from`…`to`): the slot's last recorded day, as the popup's chart
 * shows a week — a real reading, never a mean nobody saw; `null` for a slot without any.
 */
export function totalsForSlots(
  series: TotalSeries,
  slots: readonly { from: string; to: string }[],
): (number | null)[] {
  return slots.map(({ from, to }) => {
    for (let day = to; day >= from; day = addDays(day, -1)) {
      const value = totalOn(series, day)
      if (value !== null) return value
    }
    return null
  })
}

/** `days` with `from ≤ day`, plus the latest one before `from` (so a change over the whole span has a base). */
function fromDay(days: readonly DayRecord[], from: string): DayRecord[] {
  const at = days.findIndex((d) => d.day >= from)
  if (at === -1) return days.slice(-1)
  return days.slice(Math.max(0, at - 1))
}

/**
 * The summary of a history. `days` must be ascending by day, one per day, not empty, and hold at least every day
 * of the longest range before its last day plus the day before that range (the whole history is fine). `dayCount`
 * defaults to `days.length`; pass the real count when `days` is only the recent part of a longer history.
 */
export function summarizeHistory(days: readonly DayRecord[], dayCount = days.length): PersonSummary {
  const latest = days.at(-1)
  if (latest === undefined) throw new RangeError('a summary needs at least one day')
  const span = fromDay(days, addDays(latest.day, -LONGEST_RANGE))
  const changes = Object.fromEntries(
    Object.entries(TEAM_RANGES).map(([range, n]) => [range, changeSince(span, latest, n)]),
  ) as Record<TeamRange, Change | null>
  return {
    version: SUMMARY_VERSION,
    dayCount,
    latest,
    recent: fromDay(days, addDays(latest.day, -WINDOW_DAYS)),
    changes,
    totals: totalSeries(span),
  }
}

export interface Staleness {
  /** Whole days from the latest recorded day to today (0 when it is today, or a day ahead from another zone). */
  days: number
  /** True when `days` is more than `STALE_AFTER_DAYS`. */
  stale: boolean
}

/** How old a file's latest day is on `today`. */
export function staleness(latestDay: string, today: string): Staleness {
  const days = Math.max(0, daysBetween(latestDay, today))
  return { days, stale: days > STALE_AFTER_DAYS }
}

/** The lowest pillar of a day, with its value; a tie goes to the first in LinkedIn's order. */
export function weakestPillar(pillars: Pillars): { pillar: PillarId; value: number } {
  let weakest: PillarId = PILLAR_IDS[0]
  for (const id of PILLAR_IDS) if (pillars[id] < pillars[weakest]) weakest = id
  return { pillar: weakest, value: pillars[weakest] }
}
