/** The Team page's strings: `t()` over the shared i18n source, typed to the `team` keys. */
import type { PillarId } from '../core/snapshot.ts'
import { pageWords } from '../shared/i18n.ts'

export { type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** Team keys carry the `team` prefix; `tests/team/i18n.test.ts` checks every key used here exists. */
export type TeamKey = `team${string}`

export const { t, plural } = pageWords<TeamKey>()

/** "1 day" / "730 days". */
export function dayCount(count: number): string {
  return plural('teamDays', count)
}

/** "1 person" / "30 people". */
export function peopleCount(count: number): string {
  return plural('teamPeople', count)
}

const PILLAR_KEYS: Record<PillarId, TeamKey> = {
  brand: 'teamPillarBrand',
  people: 'teamPillarPeople',
  insights: 'teamPillarInsights',
  relationships: 'teamPillarRelationships',
}

/** A pillar's name as LinkedIn prints it ("Engage with insights"). */
export function pillarName(pillar: PillarId): string {
  return t(PILLAR_KEYS[pillar])
}
