/**
 * The opt-in daily reminder. When `reminderEnabled` is on, a one-shot alarm fires at the chosen local hour; if
 * today is not recorded yet, a notification offers to open the SSI page. The alarm is re-armed after each firing
 * (so it follows DST and time-zone changes), checked at every worker start, removed when the reminder is switched
 * off, and follows settings changes live. Showing anything needs the optional `notifications` permission, which
 * only the options page asks for; without it the alarm still runs but shows nothing.
 */
import browser from 'webextension-polyfill'
import { dayKey } from '../core/day.ts'
import { SSI_PAGE_URL } from '../core/page/address.ts'
import { isCurrentSchedule, isTimely, nextReminderTime } from '../core/reminder-time.ts'
import type { Settings } from '../shared/settings.ts'
import { loadSettings, watchSettings } from '../shared/settings-store.ts'
import type { HistoryDb } from './db.ts'
import { readLatest } from './history.ts'

export const REMINDER_ALARM = 'ssi-lens-reminder'
/** The page the notification opens (`tabs.create` needs no `tabs` permission). */

interface NotificationOptions {
  type: 'basic'
  iconUrl: string
  title: string
  message: string
}

/** The parts of the extension API the reminder uses, so tests can run it against fakes. */
export interface ReminderDeps {
  alarms: {
    create(name: string, info: { when: number }): void | Promise<void>
    get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>
    clear(name: string): Promise<boolean>
  }
  /** The notifications namespace exists only while the permission is granted, hence a getter. */
  notifications(): { create(id: string, options: NotificationOptions): Promise<string> } | undefined
  hasNotificationPermission(): Promise<boolean>
  openTab(url: string): Promise<unknown>
  clearNotification(id: string): Promise<unknown>
  loadSettings(): Promise<Settings>
  isRecorded(day: string): Promise<boolean>
  now(): Date
  getMessage(key: string): string
  iconUrl: string
}

/**
 * Makes the alarm match the settings: none when the reminder is off; otherwise the next occurrence of the hour.
 * An alarm that already matches is kept, so a worker start does not push back one that is due right now.
 */
export async function syncReminder(deps: ReminderDeps, settings: Settings, force = false): Promise<void> {
  if (!settings.reminderEnabled) {
    await deps.alarms.clear(REMINDER_ALARM)
    return
  }
  const now = deps.now().getTime()
  const existing = await deps.alarms.get(REMINDER_ALARM)
  if (!force && existing && isCurrentSchedule(existing.scheduledTime, now, settings.reminderHour)) return
  await deps.alarms.create(REMINDER_ALARM, { when: nextReminderTime(now, settings.reminderHour) })
}

/** The reminder alarm fired: re-arm it for tomorrow, then notify if today is still not recorded. */
export async function remind(deps: ReminderDeps, scheduledTime: number): Promise<boolean> {
  const settings = await deps.loadSettings()
  await syncReminder(deps, settings, true)
  const now = deps.now()
  if (!settings.reminderEnabled || !isTimely(scheduledTime, now.getTime())) return false
  if (!(await deps.hasNotificationPermission())) return false
  if (await deps.isRecorded(dayKey(now))) return false
  const notifications = deps.notifications()
  if (!notifications) return false
  await notifications.create(REMINDER_ALARM, {
    type: 'basic',
    iconUrl: deps.iconUrl,
    title: deps.getMessage('reminderTitle') || 'SSI Lens',
    message: deps.getMessage('reminderMessage'),
  })
  return true
}

/** An `alarms.onAlarm` listener that handles only the reminder (other modules own other alarms). */
export function createReminderAlarmListener(
  deps: ReminderDeps,
): (alarm: { name: string; scheduledTime: number }) => Promise<boolean> | undefined {
  return (alarm) => (alarm.name === REMINDER_ALARM ? remind(deps, alarm.scheduledTime) : undefined)
}

/** A `notifications.onClicked` listener: the reminder's notification opens the SSI page and goes away. */
export function createReminderClickListener(
  deps: ReminderDeps,
): (id: string) => Promise<unknown> | undefined {
  return (id) =>
    id === REMINDER_ALARM
      ? Promise.all([deps.openTab(SSI_PAGE_URL), deps.clearNotification(REMINDER_ALARM)])
      : undefined
}

function browserDeps(db: () => Promise<HistoryDb>): ReminderDeps {
  const icon = browser.runtime.getManifest().icons?.['128'] ?? 'assets/icon-128.png'
  return {
    alarms: browser.alarms,
    notifications: () => browser.notifications,
    hasNotificationPermission: () => browser.permissions.contains({ permissions: ['notifications'] }),
    openTab: (url) => browser.tabs.create({ url }),
    clearNotification: (id) => browser.notifications?.clear(id) ?? Promise.resolve(false),
    loadSettings,
    // "Recorded" means today has its own day, whatever is stored after it.
    isRecorded: async (day) => (await readLatest(await db(), day))?.day === day,
    now: () => new Date(),
    getMessage: (key) => browser.i18n.getMessage(key),
    iconUrl: browser.runtime.getURL(icon),
  }
}

/**
 * Registers the reminder's listeners (synchronously, as a woken MV3 worker needs) and arms or clears its alarm.
 * Called once from the background entry.
 */
export function startReminder(db: () => Promise<HistoryDb>): void {
  const deps = browserDeps(db)
  const warn = (error: unknown) => console.warn('SSI Lens: reminder step failed', error)
  browser.alarms.onAlarm.addListener(createReminderAlarmListener(deps))

  // `notifications` is an optional permission: its events exist only once granted, possibly while this worker runs.
  const onClicked = createReminderClickListener(deps)
  const listenForClicks = () => {
    const events = browser.notifications?.onClicked
    if (events && !events.hasListener(onClicked)) events.addListener(onClicked)
  }
  listenForClicks()
  browser.permissions.onAdded.addListener(listenForClicks)

  watchSettings((settings) => void syncReminder(deps, settings).catch(warn))
  loadSettings()
    .then((settings) => syncReminder(deps, settings))
    .catch(warn)
}
