/** Shapes the advice logic returns; kept apart so the protocol can name them without pulling the logic in. */
import type { PillarId } from './snapshot.ts'

/** A change of the total against an earlier recorded day. */
export interface Change {
  /** latest.overall − earlier.overall */
  delta: number
  /** The earlier day compared against, `YYYY-MM-DD`. */
  since: string
  /** True when `since` is exactly the asked number of days back; otherwise the UI says which day. */
  exact: boolean
}

/** The pillar to work on next, with the reason in the user's own numbers. */
export interface NextPillarAdvice {
  pillar: PillarId
  /** English label, as the test contract names it. */
  label: string
  /** One sentence with numbers, e.g. "Engage with insights is 7.8 of 25, 4.1 below people in your industry, …". */
  reason: string
  /**
   * True when part of the chosen pillar's fall happened on a LinkedIn-wide fall (`shift.ts`) and was left out of
   * the rule: the sentence says so ("LinkedIn-wide change excluded").
   */
  sharedFallExcluded: boolean
  /** 2–3 concrete actions drawn from LinkedIn's documented inputs for this pillar. */
  actions: string[]
}
