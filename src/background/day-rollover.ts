/**
 * At local midnight yesterday's score becomes "not today": an alarm wakes the worker so the toolbar badge can say
 * so. One-shot alarms, re-armed on each firing and at every worker start, follow time-zone and DST changes that a
 * fixed 24-hour period would drift from.
 */
import { nextLocalMidnight } from '../core/local-time.ts'

export const ROLLOVER_ALARM = 'ssi-lens-day-rollover'

/** The part of `browser.alarms` used here. */
export interface AlarmsApi {
  create(name: string, info: { when: number }): void | Promise<void>
}

/** Arms (or re-arms: same name replaces) the rollover alarm. */
export async function scheduleDayRollover(alarms: AlarmsApi, now: Date): Promise<void> {
  await alarms.create(ROLLOVER_ALARM, { when: nextLocalMidnight(now.getTime()) })
}

/** An `alarms.onAlarm` listener that handles only the rollover alarm (other modules own other alarms). */
export function createRolloverListener(
  alarms: AlarmsApi,
  onRollover: () => Promise<unknown>,
  now: () => Date = () => new Date(),
): (alarm: { name: string }) => Promise<void> | undefined {
  return (alarm) => {
    if (alarm.name !== ROLLOVER_ALARM) return undefined
    return Promise.all([scheduleDayRollover(alarms, now()), onRollover()]).then(() => undefined)
  }
}
