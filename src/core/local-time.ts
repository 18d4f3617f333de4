/**
 * Local-clock maths for the background's one-shot alarms (the daily reminder, the day rollover), from a clock
 * reading passed in as epoch ms. One-shot alarms, re-created after each firing, follow time-zone and
 * daylight-saving changes that a fixed 24-hour period would drift from.
 */

/**
 * The first moment strictly after `now` at which the local clock reads `hour`:00. On a day where daylight saving
 * skips that hour, it is the first moment after the gap (02:00 → 03:00); on a day where the hour happens twice,
 * only its first occurrence counts, so an alarm set by it never fires twice.
 */
export function nextLocalHour(now: number, hour: number): number {
  const today = new Date(now)
  // Ends within two steps: each step moves the candidate a calendar day later, and any later day passes `now`.
  for (let ahead = 0; ; ahead++) {
    const at = new Date(today.getFullYear(), today.getMonth(), today.getDate() + ahead, hour).getTime()
    if (at > now) return at
  }
}

/** One second after the next local midnight, so whatever runs then surely sees the new day. */
export function nextLocalMidnight(now: number): number {
  return nextLocalHour(now, 0) + 1000
}

/** True when the instants `a` and `b` fall on the same local calendar day. */
export function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a)
  const y = new Date(b)
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate()
}
