/**
 * What the inline badge on the SSI page shows after a capture: only numbers derived from the history, never the
 * history itself (the page's script gets nothing more than this).
 */
import type { Change, NextPillarAdvice } from './advice-types.ts'
import { changeSince } from './deltas.ts'
import { nextPillar } from './next-pillar.ts'
import type { DayRecord } from './snapshot.ts'

export interface InlineBadgeInfo {
  day: string
  overall: number
  change7: Change | null
  nextPillar: Pick<NextPillarAdvice, 'pillar'> | null
}

/** The badge's numbers for `latest`, from the recorded days up to it (its 49-day window is enough). */
export function inlineBadgeInfo(recent: readonly DayRecord[], latest: DayRecord): InlineBadgeInfo {
  const advice = nextPillar(recent, latest)
  return {
    day: latest.day,
    overall: latest.overall,
    change7: changeSince(recent, latest, 7),
    nextPillar: advice && { pillar: advice.pillar },
  }
}
