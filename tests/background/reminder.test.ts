import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings.ts'
import { englishMessage } from '../support/english-messages.ts'
import '../support/fake-browser.ts'

// reminder.ts imports webextension-polyfill, which needs the fake globals above at load time.
let reminder: typeof import('../../src/background/reminder.ts')
const originalTz = process.env.TZ
beforeAll(async () => {
  process.env.TZ = 'Europe/Berlin'
  reminder = await import('../../src/background/reminder.ts')
})
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

interface World {
  alarms: Map<string, number>
  created: Array<{ name: string; when: number }>
  notifications: Array<{ id: string; title: string; message: string; iconUrl: string }>
  tabs: string[]
  cleared: string[]
  permission: boolean
  recorded: Set<string>
  settings: Settings
  now: Date
}

function world(overrides: Partial<World> = {}) {
  const w: World = {
    alarms: new Map(),
    created: [],
    notifications: [],
    tabs: [],
    cleared: [],
    permission: true,
    recorded: new Set(),
    settings: { ...DEFAULT_SETTINGS, reminderEnabled: true, reminderHour: 18 },
    now: new Date('2026-11-22T12:00:00+01:00'),
    ...overrides,
  }
  const deps: import('../../src/background/reminder.ts').ReminderDeps = {
    alarms: {
      create: (name, { when }) => {
        w.alarms.set(name, when)
        w.created.push({ name, when })
      },
      get: async (name) =>
        w.alarms.has(name) ? { name, scheduledTime: w.alarms.get(name) as number } : undefined,
      clear: async (name) => w.alarms.delete(name),
    },
    notifications: () =>
      w.permission
        ? {
            create: async (id, o) => {
              w.notifications.push({ id, title: o.title, message: o.message, iconUrl: o.iconUrl })
              return id
            },
          }
        : undefined,
    hasNotificationPermission: async () => w.permission,
    openTab: async (url) => w.tabs.push(url),
    clearNotification: async (id) => w.cleared.push(id),
    loadSettings: async () => w.settings,
    isRecorded: async (day) => w.recorded.has(day),
    now: () => w.now,
    getMessage: (key) => englishMessage(key),
    iconUrl: 'chrome-extension://id/assets/icon-128.png',
  }
  return { w, deps }
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
const at = (s: string) => new Date(s).getTime()

describe('syncReminder', () => {
  it('arms the alarm for the chosen hour when the reminder is on', async () => {
    const { w, deps } = world()
    await reminder.syncReminder(deps, w.settings)
    expect(iso(w.alarms.get(reminder.REMINDER_ALARM))).toBe('2026-11-22T17:00:00.000Z')
  })

  it('removes the alarm when the reminder is off', async () => {
    const { w, deps } = world()
    w.alarms.set(reminder.REMINDER_ALARM, at('2026-11-22T18:00:00+01:00'))
    await reminder.syncReminder(deps, { ...w.settings, reminderEnabled: false })
    expect(w.alarms.has(reminder.REMINDER_ALARM)).toBe(false)
  })

  it('keeps an alarm that already matches (a worker start does not push back a due alarm)', async () => {
    const { w, deps } = world({ now: new Date('2026-11-22T18:00:20+01:00') })
    w.alarms.set(reminder.REMINDER_ALARM, at('2026-11-22T18:00:00+01:00'))
    await reminder.syncReminder(deps, w.settings)
    expect(w.created).toEqual([])
  })

  it('moves the alarm when the hour changed', async () => {
    const { w, deps } = world()
    w.alarms.set(reminder.REMINDER_ALARM, at('2026-11-22T18:00:00+01:00'))
    await reminder.syncReminder(deps, { ...w.settings, reminderHour: 9 })
    expect(iso(w.alarms.get(reminder.REMINDER_ALARM))).toBe('2026-11-23T08:00:00.000Z')
  })
})

describe('the reminder alarm firing', () => {
  const due = at('2026-11-22T18:00:00+01:00')

  it('notifies when today is not recorded, and re-arms for tomorrow', async () => {
    const { w, deps } = world({ now: new Date('2026-11-22T18:00:01+01:00') })
    expect(
      await reminder.createReminderAlarmListener(deps)({ name: reminder.REMINDER_ALARM, scheduledTime: due }),
    ).toBe(true)
    expect(w.notifications).toEqual([
      {
        id: reminder.REMINDER_ALARM,
        title: 'SSI Lens: today is not recorded yet',
        message: englishMessage('reminderMessage'),
        iconUrl: 'chrome-extension://id/assets/icon-128.png',
      },
    ])
    expect(iso(w.alarms.get(reminder.REMINDER_ALARM))).toBe('2026-11-23T17:00:00.000Z')
  })

  it.each<[string, Partial<World>]>([
    ['today is already recorded', { recorded: new Set(['2026-11-22']) }],
    ['the notifications permission was withdrawn', { permission: false }],
    ['it arrives the next morning after the computer slept', { now: new Date('2026-11-23T07:00:00+01:00') }],
  ])('shows nothing when %s, and still re-arms', async (_name, overrides) => {
    const { w, deps } = world({ now: new Date('2026-11-22T18:00:01+01:00'), ...overrides })
    expect(await reminder.remind(deps, due)).toBe(false)
    expect(w.notifications).toEqual([])
    expect(w.alarms.has(reminder.REMINDER_ALARM)).toBe(true)
  })

  it('shows nothing and removes the alarm when the reminder was switched off meanwhile', async () => {
    const { w, deps } = world({ now: new Date('2026-11-22T18:00:01+01:00') })
    w.settings = { ...w.settings, reminderEnabled: false }
    expect(await reminder.remind(deps, due)).toBe(false)
    expect(w.notifications).toEqual([])
    expect(w.alarms.has(reminder.REMINDER_ALARM)).toBe(false)
  })

  it('leaves other alarms to their own listeners', () => {
    const { w, deps } = world()
    expect(
      reminder.createReminderAlarmListener(deps)({ name: 'ssi-lens-day-rollover', scheduledTime: due }),
    ).toBeUndefined()
    expect(w.created).toEqual([])
  })
})

describe('clicking the notification', () => {
  it('opens the SSI page and closes the notification', async () => {
    const { w, deps } = world()
    await reminder.createReminderClickListener(deps)(reminder.REMINDER_ALARM)
    expect(w.tabs).toEqual(['https://www.linkedin.com/sales/ssi'])
    expect(w.cleared).toEqual([reminder.REMINDER_ALARM])
  })

  it('ignores other notifications', () => {
    const { w, deps } = world()
    expect(reminder.createReminderClickListener(deps)('something-else')).toBeUndefined()
    expect(w.tabs).toEqual([])
  })
})
