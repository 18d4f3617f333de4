/** Trace events as time spans: what the performance suite adds up (tests/e2e/bench-content.ts). */

/** A complete (`ph: 'X'`) trace event: its thread, start and duration in microseconds. */
export interface Span {
  tid: number
  ts: number
  dur?: number
}

/**
 * The time `events` cover on their threads, each span counted once: `v8.compile` runs inside `EvaluateScript`
 * (it starts after it and ends before it), so summing both counted the compile twice.
 */
export function coveredMicros(events: readonly Span[]): number {
  const sorted = [...events].sort((a, b) => a.tid - b.tid || a.ts - b.ts)
  let total = 0
  let tid = Number.NaN
  let end = Number.NEGATIVE_INFINITY
  for (const e of sorted) {
    const stop = e.ts + (e.dur ?? 0)
    if (e.tid !== tid) {
      tid = e.tid
      end = Number.NEGATIVE_INFINITY
    }
    if (stop <= end) continue // nested inside a span already counted
    total += stop - Math.max(e.ts, end)
    end = stop
  }
  return total
}
