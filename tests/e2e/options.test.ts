/**
 * The options page in real Chromium: every setting saved and read back after a reload, keyboard use, the reminder's
 * permission request and its alarm, and clearing the history with a confirmation that counts the days.
 *
 * Granting an optional permission needs a click in the browser's own prompt, which no automation API reaches in
 * headless Chromium (Chromium's auto-confirm hook exists only in its C++ test harness). So the tests check that
 * the switch asks and saves nothing while the prompt is open, and drive the granted state through storage, as the
 * options page writes it after a grant; the notification itself is covered by tests/background/reminder.test.ts.
 */
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension, storedDays } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { day } from '../support/records.ts'

const REMINDER_ALARM = 'ssi-lens-reminder'

async function storedSettings(h: ExtensionHarness): Promise<Record<string, unknown> | undefined> {
  const worker = await h.serviceWorker()
  return worker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined,
  )
}

async function reminderAlarm(h: ExtensionHarness): Promise<{ scheduledTime: number } | null> {
  const worker = await h.serviceWorker()
  return worker.evaluate(async (name) => (await chrome.alarms.get(name)) ?? null, REMINDER_ALARM)
}

/** Writes settings from an extension page, as the options page does once the browser granted the permission. */
/** The first 09:00:00 local time strictly after `moment`, written out here rather than taken from the code under test. */
function nextNine(moment: Date): number {
  const at = new Date(moment)
  at.setHours(9, 0, 0, 0)
  if (at.getTime() <= moment.getTime()) at.setDate(at.getDate() + 1)
  return at.getTime()
}

async function writeSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate((s) => chrome.storage.local.set({ settings: s }), settings)
}

describe('options page in Chromium', () => {
  let h: ExtensionHarness
  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it('links the privacy policy shipped in the extension, which opens as text without any request', async () => {
    const options = await h.openOptions()
    const link = options.getByRole('link', { name: /Privacy policy/ })
    const href = await link.getAttribute('href')
    expect(href).toBe('/PRIVACY.txt')
    const [tab] = await Promise.all([h.context.waitForEvent('page'), link.click()])
    await tab.waitForLoadState()
    expect(tab.url()).toBe(h.url('PRIVACY.txt'))
    // biome-ignore lint/performance/useDomNodeTextContent: what the user sees in the tab.
    const text = await tab.locator('body').innerText()
    expect(text).toContain('# SSI Lens privacy policy')
    expect(text).toContain('What it sends: nothing')
    expect(h.foreignRequests()).toEqual([])
  })

  it('saves every setting and shows it again after a reload', async () => {
    const page = await h.openOptions()
    expect(await page.title()).toBe('SSI Lens — Options')
    await page.locator('#inline-badge').click()
    await page.locator('#toolbar-badge').click()
    await page.locator('#goal').fill('70')
    await page.locator('#goal').press('Enter')
    await page.locator('#reminder-hour').selectOption('9')
    const regional = page.getByLabel('For spreadsheets set to a European language (semicolon, decimal comma)')
    expect(await page.getByLabel('Standard (comma, dot decimals)').isChecked()).toBe(true)
    await regional.check()
    await expect
      .poll(() => storedSettings(h))
      .toEqual({
        inlineBadge: false,
        toolbarBadge: false,
        reminderEnabled: false,
        reminderHour: 9,
        goal: 70,
        csvFormat: 'regional',
        chartRange: '49d',
        version: 1,
      })

    await page.reload()
    await page.waitForSelector('[data-ready]')
    expect(await page.locator('#inline-badge').isChecked()).toBe(false)
    expect(await page.locator('#toolbar-badge').isChecked()).toBe(false)
    expect(await page.locator('#goal').inputValue()).toBe('70')
    expect(await page.locator('#reminder-hour').inputValue()).toBe('9')
    expect(await page.locator('#reminder').isChecked()).toBe(false)
    expect(await regional.isChecked()).toBe(true)
    await h.screenshot(page, 'options-csv-format-light', 'section[aria-labelledby="csv-format-title"]')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(page, 'options-csv-format-dark', 'section[aria-labelledby="csv-format-title"]')
    await page.emulateMedia({ colorScheme: 'light' })

    await page.locator('#goal').fill('')
    await page.locator('#goal').press('Tab')
    await expect.poll(async () => (await storedSettings(h))?.goal).toBe(null)
  })

  it('saves the goal as you type, once you pause, and at once when you leave the field', async () => {
    const page = await h.openOptions()
    const goal = page.locator('#goal')
    const goalMessage = page.locator('#goal-message')
    // Typed and left alone: no Enter, no Tab.
    await goal.pressSequentially('63')
    await expect.poll(async () => (await storedSettings(h))?.goal).toBe(63)
    await expect.poll(() => goalMessage.textContent()).toBe('Saved.')
    expect(await goalMessage.getAttribute('aria-live')).toBe('polite')
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await h.screenshot(page, `options-goal-saved-${scheme}`, 'section[aria-labelledby="goal-title"]')
    }
    await page.emulateMedia({ colorScheme: 'light' })

    // Leaving the field saves what it holds, at once: with the page's clock stopped, the pause never ends, so
    // only the blur can save it.
    await page.clock.install()
    await page.clock.pauseAt(Date.now() + 60_000)
    await goal.fill('28')
    await goal.blur()
    await expect.poll(async () => (await storedSettings(h))?.goal).toBe(28)
    await page.clock.resume()

    // An invalid value is refused next to the field, and no older "Saved." stays anywhere on the page.
    await page.locator('#inline-badge').click()
    await expect.poll(() => page.locator('[data-testid="save-status"]').textContent()).toBe('Saved.')
    await goal.fill('150')
    await goal.blur()
    await expect.poll(() => goalMessage.textContent()).toContain('The goal was not changed.')
    expect(await goal.getAttribute('aria-invalid')).toBe('true')
    // biome-ignore lint/performance/useDomNodeTextContent: what the user sees on the page.
    expect(await page.locator('main').innerText()).not.toContain('Saved.')
    expect((await storedSettings(h))?.goal).toBe(28)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await h.screenshot(page, `options-goal-error-${scheme}`, 'section[aria-labelledby="goal-title"]')
      await h.screenshot(page, `options-goal-error-page-${scheme}`)
    }
  })

  it('works with the keyboard alone', async () => {
    const page = await h.openOptions()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inline-badge')
    await page.keyboard.press('Space')
    await expect.poll(async () => (await storedSettings(h))?.inlineBadge).toBe(false)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect.poll(async () => (await storedSettings(h))?.toolbarBadge).toBe(false)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('goal')
    await page.keyboard.type('55')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await storedSettings(h))?.goal).toBe(55)
    // Focus is visible wherever it lands.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    )
    expect(outline).not.toBe('none')
  })

  it('asks the browser for the notifications permission and saves nothing while the prompt is open', async () => {
    const page = await h.openOptions()
    await page.locator('#reminder').click()
    // The browser's permission prompt is now open (nothing in headless can answer it): the switch waits.
    await expect.poll(() => page.locator('#reminder').isDisabled()).toBe(true)
    expect(await page.locator('#reminder').isChecked()).toBe(false)
    // The disabled switch is the sync point: the page is awaiting the prompt, and it writes only after an answer.
    expect((await storedSettings(h))?.reminderEnabled ?? false).toBe(false)
    expect(await reminderAlarm(h)).toBeNull()
    const worker = await h.serviceWorker()
    expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(
      false,
    )
  })

  it('registers the daily alarm at the chosen hour while the reminder is on, and removes it when switched off', async () => {
    const page = await h.openOptions()
    // The next 09:00 after the moment the alarm was set: that moment lies between these two clock readings, so
    // the alarm is the next 09:00 after one of them (they differ only if 09:00 passes in between).
    const before = new Date()
    await writeSettings(page, { reminderEnabled: true, reminderHour: 9, version: 1 })
    await expect.poll(() => reminderAlarm(h)).not.toBeNull()
    const after = new Date()
    const alarm = await reminderAlarm(h)
    // The browser and this test share the machine's time zone.
    expect([nextNine(before), nextNine(after)]).toContain(alarm?.scheduledTime)

    await page.locator('#reminder-hour').selectOption('20')
    await expect.poll(async () => new Date((await reminderAlarm(h))?.scheduledTime ?? 0).getHours()).toBe(20)

    // The page shows the reminder on; switching it off needs no permission and removes the alarm.
    await expect.poll(() => page.locator('#reminder').isChecked()).toBe(true)
    await page.locator('#reminder').click()
    await expect.poll(() => reminderAlarm(h)).toBeNull()
    expect((await storedSettings(h))?.reminderEnabled).toBe(false)
  })

  it('re-creates the alarm when the service worker starts again', async () => {
    const page = await h.openOptions()
    await writeSettings(page, { reminderEnabled: true, reminderHour: 7, version: 1 })
    await expect.poll(() => reminderAlarm(h)).not.toBeNull()
    const worker = await h.serviceWorker()
    await worker.evaluate((name) => chrome.alarms.clear(name), REMINDER_ALARM)
    await h.stopServiceWorker()
    // Any event wakes the worker; a message from an extension page is one.
    await h.sendFromExtensionPage('countDays', {})
    await expect.poll(() => reminderAlarm(h)).not.toBeNull()
    expect(new Date((await reminderAlarm(h))?.scheduledTime ?? 0).getHours()).toBe(7)
  })

  it('deletes all data only after a confirmation that says how many days will go', async () => {
    const today = dayKey(new Date())
    const days = [1, 2, 3].map((n) => day(addDays(today, -n)))
    expect(await h.sendFromExtensionPage('importCsv', { text: historyToCsv(days) })).toMatchObject({
      ok: true,
    })
    const page = await h.openOptions()
    await page.getByRole('button', { name: 'Delete all data…' }).click()
    const dialog = page.getByRole('alertdialog')
    await expect
      .poll(() => dialog.textContent())
      .toContain('Delete all 3 recorded days? This cannot be undone.')
    await page.getByRole('button', { name: 'Cancel' }).click()
    expect(storedDays(await h.readDatabase())).toHaveLength(3)

    await page.getByRole('button', { name: 'Delete all data…' }).click()
    await page.getByRole('button', { name: 'Delete 3 days' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Deleted 3 days.')
    expect(storedDays(await h.readDatabase())).toHaveLength(0)
  })

  it('shows the shortcut that opens the popup', async () => {
    const page = await h.openOptions()
    await expect
      .poll(() => page.getByTestId('shortcut').textContent())
      .toBe('Alt+Shift+S opens the SSI Lens popup.')
  })

  it.each(['light', 'dark'] as const)('looks right in the %s scheme', async (scheme) => {
    await h.close()
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST, colorScheme: scheme })
    const page = await h.openOptions()
    await page.setViewportSize({ width: 900, height: 1250 })
    await page.getByRole('button', { name: 'Delete all data…' }).focus()
    await h.screenshot(page, `options-${scheme}`)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe(scheme === 'dark' ? 'rgb(27, 31, 35)' : 'rgb(255, 255, 255)')
  })
})
