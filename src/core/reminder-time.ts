/**
 * When the daily reminder fires. Pure local-clock math: the alarm is one-shot and re-created after each firing,
 * because a 24-hour period would drift by an hour at every daylight-saving change.
 */

/** The reminder hour must be a local clock hour. */
function checkHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`hour ${hour} is not 0–23`)
}

/**
 * The first moment strictly after `now` (ms since epoch) at which the local clock reads `hour`:00.
 * On a day where daylight saving skips that hour, it is the first moment after the gap (02:00 → 03:00);
 * on a day where the hour happens twice, only its first occurrence counts, so it never fires twice.
 */
export function nextReminderTime(now: number, hour: number): number {
  checkHour(hour)
  const today = new Date(now)
  // Ends within two steps: each step moves the candidate a calendar day later, and any later day passes `now`.
  for (let ahead = 0; ; ahead++) {
    const at = new Date(today.getFullYear(), today.getMonth(), today.getDate() + ahead, hour).getTime()
    if (at > now) return at
  }
}

/**
 * True when an alarm already scheduled at `scheduled` is the right one for `hour` and may be kept: it falls on
 * that hour, and it is not later than the next occurrence (an overdue alarm is about to be delivered after the
 * browser woke up; replacing it would drop today's reminder).
 */
export function isCurrentSchedule(scheduled: number, now: number, hour: number): boolean {
  return nextReminderTime(scheduled - 1, hour) === scheduled && scheduled <= nextReminderTime(now, hour)
}

/**
 * True when a reminder due at `scheduled` is still worth showing at `now`: on the same local day. A laptop that
 * slept through the evening should not announce yesterday's reminder the next morning.
 */
export function isTimely(scheduled: number, now: number): boolean {
  const a = new Date(scheduled)
  const b = new Date(now)
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate() &&
    now >= scheduled - 60_000
  )
}
