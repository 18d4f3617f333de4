/**
 * What to do for each pillar, drawn from the inputs LinkedIn documents for it (LinkedIn does not publish the
 * formula). Each pillar has foundation actions (for a pillar under half its maximum), habit actions (for a
 * pillar that is already built up) and one action for when the pillar is falling, which is usually a habit
 * that lapsed.
 */
import type { PillarId } from './snapshot.ts'

export interface PillarActionSet {
  /** First steps, for a pillar under `BUILDING_BELOW`. */
  foundation: readonly [string, string]
  /** Regular work, for a pillar at or above `BUILDING_BELOW`. */
  habit: readonly [string, string]
  /** Led with when the pillar has fallen. */
  falling: string
}

/** Under this value (half of 25) a pillar gets its foundation actions first. */
export const BUILDING_BELOW = 12.5

/** How many actions the advice lists. */
export const ACTIONS_PER_ADVICE = 3

export const PILLAR_ACTIONS: Readonly<Record<PillarId, PillarActionSet>> = {
  brand: {
    foundation: [
      'Complete your profile: a professional photo, a headline that says whom you help, and a summary.',
      'Set a custom profile URL, add your current position, and list the skills you want to be found for.',
    ],
    habit: [
      'Ask two or three colleagues or clients for a recommendation.',
      'Publish a post or an article on a subject you know well.',
    ],
    falling: 'Publish again: a post or an article on a subject you know well, and keep your profile current.',
  },
  people: {
    foundation: [
      'Search for people in the roles you work with and view their profiles.',
      'Follow the companies you sell to or want to work with.',
    ],
    habit: [
      'Save the right people as leads so their updates reach you.',
      'Look for 2nd-degree connections at your target companies: someone you know can introduce you.',
    ],
    falling: 'Set aside time this week to search for the right people and view their profiles.',
  },
  insights: {
    foundation: [
      'Share a relevant article with a comment that says what you think of it.',
      'Comment thoughtfully on posts by people in your field: a sentence of your own, not just a like.',
    ],
    habit: [
      'Post with rich media: an image, a document or a short video.',
      'Keep a weekly rhythm: share one relevant article with your comment.',
    ],
    falling: 'Return to commenting on others’ posts: a few this week, each with a view of your own.',
  },
  relationships: {
    foundation: [
      'Send personalised connection requests that say why you want to connect.',
      'Connect with the decision-makers at your target companies and with your own teammates.',
    ],
    habit: [
      'Follow up with new connections within a few days of their accepting.',
      'Reply to your messages promptly.',
    ],
    falling: 'Reply to the messages waiting for you and follow up with the people who connected recently.',
  },
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
export function actionsFor(pillar: PillarId, situation: ActionSituation): string[] {
  const set = PILLAR_ACTIONS[pillar]
  const ordered = [
    ...(situation.falling ? [set.falling] : []),
    ...(situation.building ? [...set.foundation, ...set.habit] : [...set.habit, ...set.foundation]),
  ]
  return ordered.slice(0, ACTIONS_PER_ADVICE)
}
