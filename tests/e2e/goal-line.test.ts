/**
 * The goal's line is a chunk of its own that the popup loads only when a goal is set (popup/App.tsx): in the built
 * extension it is there at the first paint when a goal is set (the popup renders once its data and that chunk
 * have arrived), and absent when none is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { dayKey } from '../../src/core/day.ts'
import { sevenWeeks } from '../support/records.ts'
import { csvOf, importThroughExtension } from './bench.ts'

let h: ExtensionHarness
beforeAll(async () => {
  h = await launchExtension()
  await importThroughExtension(h, csvOf(sevenWeeks(dayKey(new Date()))))
}, 120_000)
afterAll(async () => {
  await h?.close()
})

/** Stores the goal as the options page does. */
async function setGoal(goal: number | null): Promise<void> {
  const page = await h.openExtensionPage('src/options/index.html')
  await page.evaluate(async (value) => {
    const { settings } = await chrome.storage.local.get('settings')
    await chrome.storage.local.set({ settings: { version: 1, ...(settings as object), goal: value } })
  }, goal)
  await page.close()
}

describe('the goal line in the built popup', () => {
  it('is drawn with the first paint when a goal is set, in light and dark', async () => {
    await setGoal(70)
    const popup = await h.openPopup()
    // Read at the sync point `data-ready`: the popup renders only once its data and the goal's line are there.
    expect(await popup.locator('.goal-line').getAttribute('data-forecast')).toBeTruthy()
    expect(await popup.locator('.goal-line').textContent()).toMatch(/70/)
    await h.screenshot(popup, 'popup-goal-line-light')
    await popup.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(popup, 'popup-goal-line-dark')
    await popup.close()
  })

  it('is not there without a goal', async () => {
    await setGoal(null)
    const popup = await h.openPopup()
    expect(await popup.locator('.goal-line').count()).toBe(0)
    await popup.close()
  })
})
