/** The shapes the advice logic (next pillar, changes) returns, which the protocol and the pages name too. */
import type { PeerGroup, PillarId } from './snapshot.ts'

/** A change of the total against an earlier recorded day. */
export interface Change {
  /** latest.overall − earlier.overall */
  delta: number
  /** The earlier day compared against, `YYYY-MM-DD`. */
  since: string
  /** True when `since` is exactly the asked number of days back; otherwise the UI says which day. */
  exact: boolean
}

/** Where an action sits in its pillar's list (`pillar-actions.ts`): two first steps, two habits, one for a fall. */
export const ACTION_SLOTS = ['foundation1', 'foundation2', 'habit1', 'habit2', 'falling'] as const
export type ActionSlot = (typeof ACTION_SLOTS)[number]
/** One action, `insights-falling`; its words are the catalogue's `adviceActionInsightsFalling`. */
export type ActionId = `${PillarId}-${ActionSlot}`

/** A fall the reason cites: how much the rule counts (shared LinkedIn-wide falls left out), over how many days. */
export interface CitedFall {
  fall: number
  days: number
}

/**
 * Why the pillar was chosen, as facts; `shared/advice-words.ts` turns them into the sentence ("Engage with insights
 * is 7.8 of 25, your lowest pillar, 4.1 below people in your industry, and fell 0.9 in the last 7 days").
 */
export interface NextPillarReason {
  /** The pillar's value as the sentence shows it: 24.96 is 24.9, never "25 of 25" while there is room left. */
  value: number
  /** What it is out of (25). */
  max: number
  /** `lowest`: below every other pillar; `tied`: lowest with another; null otherwise. */
  lowest: 'lowest' | 'tied' | null
  /** Below a peer group's pillar by a noticeable amount (the larger gap; industry first on a tie). */
  peerGap: { group: PeerGroup; gap: number } | null
  /** A fall over the last days (`days` is 1 for "since yesterday"), cited when it is more than noise. */
  recentFall: CitedFall | null
  /** A fall over the window (`days` is the window's 49, whichever day it compares with). */
  windowFall: CitedFall | null
  /** Chosen over this pillar, which needs more, because the chosen one responds to effort sooner. */
  soonerThan: PillarId | null
}

/** The pillar to work on next, with the reason in the user's own numbers. */
export interface NextPillarAdvice {
  pillar: PillarId
  reason: NextPillarReason
  /**
   * True when part of the chosen pillar's fall happened on a LinkedIn-wide fall (`shift.ts`) and was left out of
   * the rule: the sentence says so ("LinkedIn-wide change excluded").
   */
  sharedFallExcluded: boolean
  /** 2–3 concrete actions drawn from LinkedIn's documented inputs for this pillar. */
  actions: ActionId[]
}
