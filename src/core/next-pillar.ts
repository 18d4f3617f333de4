/**
 * Which pillar to work on next, and why, in the user's own numbers. The rule is written out in the README
 * ("How the next pillar is chosen"); the constants below are named there and a test keeps the two in step.
 * LinkedIn does not publish its formula, so this is SSI Lens's rule of thumb, not LinkedIn's.
 */
import type { CitedFall, NextPillarAdvice, NextPillarReason } from './advice-types.ts'
import { addDays, daysBetween, WINDOW_DAYS } from './day.ts'
import { roundTenth } from './format.ts'
import { actionsFor, BUILDING_BELOW } from './pillar-actions.ts'
import { recordsInRange } from './series.ts'
import { findShifts } from './shift.ts'
import type { DayRecord, DayWithPillars, PeerGroup, PillarId } from './snapshot.ts'
import { hasPillars, PILLAR_IDS } from './snapshot.ts'

/** Each pillar's maximum: headroom is measured to it. */
export const PILLAR_MAX = 25
/** Points of need per point the pillar is below its peers (the larger of the industry and network gaps). */
export const PEER_GAP_WEIGHT = 1
/** The recent trend compares with the earliest record of the last `RECENT_DAYS` days. */
export const RECENT_DAYS = 7
/** Points of need per point the pillar fell over the recent days: a fresh fall is a lapsed habit. */
export const RECENT_FALL_WEIGHT = 2
/** Points of need per point the pillar fell over the window (from a record 8–48 days back). */
export const WINDOW_FALL_WEIGHT = 1
/**
 * How quickly a pillar usually responds to action; the need is multiplied by it. Profile work (brand) is one-off
 * and shows quickly; relationships build slowly. SSI Lens's assumption, not a published LinkedIn figure.
 */
export const PILLAR_SPEED: Readonly<Record<PillarId, number>> = {
  brand: 1.2,
  people: 1,
  insights: 1,
  relationships: 0.8,
}
/** Priorities are compared after rounding to this many decimals, so float noise never breaks a tie. */
export const PRIORITY_DECIMALS = 3
/** A change smaller than this shows as "0" with one decimal, so the sentence does not mention it. */
export const NOTICEABLE_CHANGE = 0.05
/**
 * A fall smaller than this is not cited in the reason: a pillar wobbles by a tenth or two from day to day, and
 * "fell 0.1" reads as news when it is noise. (It still counts in the need.)
 */
export const NOISE_FALL = 0.3

/** A pillar's change from an earlier recorded day to the latest one. */
export interface PillarTrend {
  /** latest − earlier (negative: it fell). */
  change: number
  since: string
  /** Calendar days from `since` to the latest day. */
  days: number
  /**
   * What the pillar lost on LinkedIn-wide falls (`shift.ts`) between `since` and the latest day, ≥ 0: the shared
   * part of the fall, which the rule does not count as the user's lapse.
   */
  shared: number
}

/** Every number the rule used for one pillar, so the popup can show the working if it wants to. */
export interface PillarAssessment {
  pillar: PillarId
  value: number
  headroom: number
  /** The larger positive gap to a peer group's pillar (industry first on a tie), or null. */
  peerGap: { group: PeerGroup; gap: number } | null
  /** Against the earliest record of the last `RECENT_DAYS` days; null when there is none. */
  recent: PillarTrend | null
  /** Against the earliest record 8–48 days back; null when there is none. */
  window: PillarTrend | null
  /** headroom + weighted peer gap + weighted falls. */
  need: number
  /** need × PILLAR_SPEED, rounded to PRIORITY_DECIMALS. */
  priority: number
}

const roundPriority = (n: number): number => {
  const scale = 10 ** PRIORITY_DECIMALS
  return Math.round(n * scale) / scale
}
/** The fall the rule counts: the change without what the pillar lost on LinkedIn-wide falls. */
export const fallOf = (trend: PillarTrend | null): number =>
  trend === null ? 0 : Math.max(0, Math.round((-trend.change - trend.shared) * 1e6) / 1e6)

/**
 * The rule's numbers for each pillar, in `PILLAR_IDS` order. Reads only the window of 49 days ending
 * `latest.day` from `history` (which may hold years, in any order); peer pillars come from `latest`. Days known
 * only by their total (`pillars: null`) are left out: the rule compares pillars, and has none to compare there.
 */
export function assessPillars(history: readonly DayRecord[], latest: DayWithPillars): PillarAssessment[] {
  const earlier = recordsInRange(
    history,
    addDays(latest.day, -(WINDOW_DAYS - 1)),
    addDays(latest.day, -1),
  ).filter(hasPillars)
  const recentFrom = addDays(latest.day, -RECENT_DAYS)
  const recentBase = earlier.find((r) => r.day >= recentFrom) ?? null
  const first = earlier[0]
  const windowBase = first !== undefined && first.day < recentFrom ? first : null
  const sharedFalls = sharedFallSteps([...earlier, latest])

  return PILLAR_IDS.map((pillar) => {
    const value = latest.pillars[pillar]
    const headroom = Math.max(0, PILLAR_MAX - value)
    const trendFrom = (base: DayWithPillars | null): PillarTrend | null =>
      base && {
        change: Math.round((value - base.pillars[pillar]) * 1e6) / 1e6,
        since: base.day,
        days: daysBetween(base.day, latest.day),
        shared: sharedSince(sharedFalls, base.day, pillar),
      }
    const recent = trendFrom(recentBase)
    const window = trendFrom(windowBase)
    const peerGap = largestPeerGap(latest, pillar)
    const need =
      headroom +
      PEER_GAP_WEIGHT * (peerGap?.gap ?? 0) +
      RECENT_FALL_WEIGHT * fallOf(recent) +
      WINDOW_FALL_WEIGHT * fallOf(window)
    return {
      pillar,
      value,
      headroom,
      peerGap,
      recent,
      window,
      need,
      priority: roundPriority(need * PILLAR_SPEED[pillar]),
    }
  })
}

/** A LinkedIn-wide fall day with the record just before it. */
interface SharedFallStep {
  day: string
  before: DayWithPillars
  after: DayWithPillars
}

/** The LinkedIn-wide falls among `days` (ascending, one per day), each with its two records. */
function sharedFallSteps(days: readonly DayWithPillars[]): SharedFallStep[] {
  const byDay = new Map(days.map((d) => [d.day, d]))
  return findShifts(days).flatMap((shift) => {
    const before = byDay.get(shift.since)
    const after = byDay.get(shift.day)
    return shift.direction === 'fell' && before && after ? [{ day: shift.day, before, after }] : []
  })
}

/**
 * The shared part of a pillar's fall since `since`: on each LinkedIn-wide fall after `since`, all the pillar
 * lost from the record before to the shift day. Rises on those days are not subtracted: a rise never lowers a
 * priority anyway, and a fall that is not shared stays the user's.
 */
function sharedSince(steps: readonly SharedFallStep[], since: string, pillar: PillarId): number {
  let shared = 0
  for (const step of steps)
    if (step.day > since) shared += Math.max(0, step.before.pillars[pillar] - step.after.pillars[pillar])
  return Math.round(shared * 1e6) / 1e6
}

function largestPeerGap(latest: DayWithPillars, pillar: PillarId): PillarAssessment['peerGap'] {
  let best: PillarAssessment['peerGap'] = null
  const groups: [PeerGroup, DayRecord['industryPillars']][] = [
    ['industry', latest.industryPillars],
    ['network', latest.networkPillars],
  ]
  for (const [group, peers] of groups) {
    if (peers === null) continue
    const gap = peers[pillar] - latest.pillars[pillar]
    if (gap > 0 && (best === null || gap > best.gap)) best = { group, gap }
  }
  return best
}

/** The highest by `score`; a tie goes to the first in `PILLAR_IDS` order (the list is in that order). */
function pick(
  assessments: readonly PillarAssessment[],
  score: (a: PillarAssessment) => number,
): PillarAssessment {
  let best = assessments[0] as PillarAssessment
  for (const a of assessments) if (score(a) > score(best)) best = a
  return best
}

/**
 * The pillar to work on next, with one sentence of reason in the user's numbers and 2–3 actions. Deterministic:
 * the same history gives the same answer in any order. Null when every pillar is at 25 (nothing to improve), and
 * when `latest` is known only by its total: no pillar is picked from older days, none is invented (the caller
 * tells the two apart by `latest.pillars`).
 */
export function nextPillar(history: readonly DayRecord[], latest: DayRecord): NextPillarAdvice | null {
  if (!hasPillars(latest)) return null
  const assessments = assessPillars(history, latest)
  const chosen = pick(assessments, (a) => a.priority)
  if (chosen.priority <= 0) return null
  const byNeedAlone = pick(assessments, (a) => roundPriority(a.need))
  const recentFall = noticeableFall(chosen.recent)
  const windowFall = noticeableFall(chosen.window)
  const sharedFallExcluded = [chosen.recent, chosen.window].some(
    (t) => t !== null && t.shared >= NOTICEABLE_CHANGE,
  )
  return {
    pillar: chosen.pillar,
    reason: reasonFor(chosen, assessments, byNeedAlone, citedFall(recentFall), citedFall(windowFall)),
    sharedFallExcluded,
    actions: actionsFor(chosen.pillar, {
      falling: recentFall !== null || windowFall !== null,
      building: chosen.value < BUILDING_BELOW,
    }),
  }
}

function citedFall(trend: PillarTrend | null): PillarTrend | null {
  return trend !== null && fallOf(trend) >= NOISE_FALL - 1e-9 ? trend : null
}

function noticeableFall(trend: PillarTrend | null): PillarTrend | null {
  return trend !== null && fallOf(trend) >= NOTICEABLE_CHANGE ? trend : null
}

function reasonFor(
  chosen: PillarAssessment,
  all: readonly PillarAssessment[],
  byNeedAlone: PillarAssessment,
  recentFall: PillarTrend | null,
  windowFall: PillarTrend | null,
): NextPillarReason {
  const others = all.filter((a) => a !== chosen)
  const lowest = others.every((a) => a.value > chosen.value)
    ? 'lowest'
    : others.every((a) => a.value >= chosen.value)
      ? 'tied'
      : null
  const peer = chosen.peerGap
  // The window fall is named by the window, as everywhere else ("in the last 49 days"), whichever recorded day
  // it compares with; the recent fall by the days it really covers.
  const cited = (trend: PillarTrend | null, days: number): CitedFall | null =>
    trend && { fall: fallOf(trend), days }
  return {
    // "24.96 of 25" must not read "25 of 25" in a sentence that says there is room left.
    value: chosen.value < PILLAR_MAX && roundTenth(chosen.value) >= PILLAR_MAX ? 24.9 : chosen.value,
    max: PILLAR_MAX,
    lowest,
    peerGap: peer !== null && peer.gap >= NOTICEABLE_CHANGE ? peer : null,
    recentFall: cited(recentFall, recentFall?.days ?? 0),
    windowFall: cited(windowFall, WINDOW_DAYS),
    soonerThan: byNeedAlone === chosen ? null : byNeedAlone.pillar,
  }
}
