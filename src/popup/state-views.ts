/**
 * The parts of the popup that only some states show — the empty state, the last visit's failure, days dated after
 * today, a LinkedIn-wide shift — each a chunk of its own. Once the overview is read, the popup loads the ones it
 * says are shown, before its first render, so they are drawn in the same first paint as everything else (nothing
 * moves in after it); the popup as most people see it (days recorded, nothing wrong) fetches none of them.
 */
import { latestShift } from '../core/shift.ts'
import type { DayRecord } from '../core/snapshot.ts'
import type { Overview } from '../shared/protocol.ts'

const loadEmptyState = () => import('./EmptyState.tsx').then((m) => m.EmptyState)
const loadFailureLine = () => import('./FailureLine.tsx').then((m) => m.FailureLine)
const loadFutureDays = () => import('./FutureDays.tsx').then((m) => m.FutureDays)
const loadPlatformShift = () => import('./PlatformShift.tsx').then((m) => m.PlatformShift)

/** Each part's component, or `null` when this overview does not show it. */
export interface StateViews {
  EmptyState: Awaited<ReturnType<typeof loadEmptyState>> | null
  FailureLine: Awaited<ReturnType<typeof loadFailureLine>> | null
  FutureDays: Awaited<ReturnType<typeof loadFutureDays>> | null
  PlatformShift: Awaited<ReturnType<typeof loadPlatformShift>> | null
}

/**
 * The parts `overview` shows, loaded; `history` is the popup's window (and the day before it), ascending. A part
 * that cannot load rejects, so the popup says it could not open rather than leaving out what it had to say.
 */
export async function loadStateViews(overview: Overview, history: readonly DayRecord[]): Promise<StateViews> {
  const { latest } = overview
  const [EmptyState, FailureLine, FutureDays, PlatformShift] = await Promise.all([
    latest === null ? loadEmptyState() : null,
    overview.lastFailure ? loadFailureLine() : null,
    overview.daysAfterToday.length > 0 ? loadFutureDays() : null,
    // The same rule PlatformShift applies when drawn: it renders nothing unless this finds a shift.
    latest !== null && latestShift(history, latest) !== null ? loadPlatformShift() : null,
  ])
  return { EmptyState, FailureLine, FutureDays, PlatformShift }
}
