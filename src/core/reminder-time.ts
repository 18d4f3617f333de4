/**
 * When the daily reminder fires: the user's hour on the local clock (`local-time.ts`), in a one-shot alarm
 * re-created after each firing.
 */
import { nextLocalHour, sameLocalDay } from './local-time.ts'

/** The reminder hour must be a local clock hour. */
function checkHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`hour ${hour} is not 0–23`)
}

/** The first moment strictly after `now` (ms since epoch) at which the local clock reads `hour`:00. */
export function nextReminderTime(now: number, hour: number): number {
  checkHour(hour)
  return nextLocalHour(now, hour)
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
  return sameLocalDay(scheduled, now) && now >= scheduled - 60_000
}
