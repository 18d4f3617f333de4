/**
 * What to do for each pillar, drawn from the inputs LinkedIn documents for it (LinkedIn does not publish the
 * formula). Each pillar has foundation actions (for a pillar under half its maximum), habit actions (for a
 * pillar that is already built up) and one action for when the pillar is falling, which is usually a habit
 * that lapsed.
 */
import type { ActionId } from './advice-types.ts'
import type { PillarId } from './snapshot.ts'

/**
 * Each pillar's actions by id; the words are in the catalogue (`adviceAction<Pillar><Slot>`, e.g.
 * `adviceActionBrandFoundation1`: "Complete your profile: a professional photo, …"), listed in the README.
 */
export interface PillarActionSet {
  /** First steps, for a pillar under `BUILDING_BELOW`: brand — complete the profile; a custom URL, position, skills. */
  foundation: readonly [ActionId, ActionId]
  /** Regular work, for a pillar at or above `BUILDING_BELOW`. */
  habit: readonly [ActionId, ActionId]
  /** Led with when the pillar has fallen. */
  falling: ActionId
}

/** Under this value (half of 25) a pillar gets its foundation actions first. */
export const BUILDING_BELOW = 12.5

/** How many actions the advice lists. */
export const ACTIONS_PER_ADVICE = 3

const actionSet = (pillar: PillarId): PillarActionSet => ({
  foundation: [`${pillar}-foundation1`, `${pillar}-foundation2`],
  habit: [`${pillar}-habit1`, `${pillar}-habit2`],
  falling: `${pillar}-falling`,
})

export const PILLAR_ACTIONS: Readonly<Record<PillarId, PillarActionSet>> = {
  brand: actionSet('brand'),
  people: actionSet('people'),
  insights: actionSet('insights'),
  relationships: actionSet('relationships'),
}

/** The situation that picks the actions; both flags come from the user's own numbers. */
export interface ActionSituation {
  /** The pillar fell noticeably over the last 7 days or the window. */
  falling: boolean
  /** The pillar is under `BUILDING_BELOW`. */
  building: boolean
}

/**
 * The `ACTIONS_PER_ADVICE` actions for a pillar in a situation: the falling action first when it fell, then the
 * foundation actions before the habit ones for a pillar still being built (habit first otherwise).
 */
export function actionsFor(pillar: PillarId, situation: ActionSituation): ActionId[] {
  const set = PILLAR_ACTIONS[pillar]
  const ordered = [
    ...(situation.falling ? [set.falling] : []),
    ...(situation.building ? [...set.foundation, ...set.habit] : [...set.habit, ...set.foundation]),
  ]
  return ordered.slice(0, ACTIONS_PER_ADVICE)
}
