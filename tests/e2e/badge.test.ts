/**
 * The inline badge on the SSI page in real Chromium: what it says after a capture with a seeded history, where it
 * sits, that it moves none of LinkedIn's elements, and that the option switches it off (live and on the next
 * visit). The badge lives in a closed shadow root, so it is read through CDP (scripts/lib/inline-badge.ts), the
 * one door a page script does not have. What a page script can learn of it is badge-privacy.test.ts's subject.
 */
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type ExtensionHarness,
  fixture,
  launchExtension,
  SSI_URL,
  storedDays,
} from '../../scripts/lib/harness.ts'
import {
  badgeBackground,
  boxOf,
  countBadges,
  onBadgeHost,
  readBadge,
  waitForBadge,
} from '../../scripts/lib/inline-badge.ts'
import { dayKey } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { screenshotAroundScore, seedHistory, ssiPage, weekAgo } from '../support/badge-pages.ts'
import { contentScriptSettled } from '../support/content-script.ts'

/** Replaces the score card with a fresh copy of its markup, as LinkedIn's app does when it re-renders it. */
async function rerenderScore(page: Page): Promise<void> {
  await page.evaluate(() => {
    const score = document.querySelector('.user-ssi-score')
    if (!score) throw new Error('no score card on the page')
    score.replaceWith(score.cloneNode(true))
  })
}

/** Waits for the badge of a recorded visit and returns its words. */
async function waitForRecorded(page: Page): Promise<string> {
  return (await waitForBadge(page, (state) => state === 'recorded')).text
}

describe('inline badge in Chromium', () => {
  let h: ExtensionHarness
  const today = dayKey(new Date())
  const seed = (records: DayRecord[]) => seedHistory(h, records)

  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it('shows the change since 7 days ago and the next pillar, by the score, in a closed shadow root', async () => {
    await seed([weekAgo(today)])
    h.server.serve(SSI_URL, ssiPage({ styled: true }))
    const page = await h.openPage(SSI_URL)
    const text = await waitForRecorded(page)
    expect(text).toBe('▲ 3 in 7 days · Next: Engage with insights · Recorded')
    const badge = await readBadge(page)
    expect(badge?.rootType).toBe('closed')
    expect(await countBadges(page)).toBe(1)
    // What a page script sees: no shadowRoot, nothing inside, right after the score caption, out of the flow.
    expect(
      await onBadgeHost(
        page,
        badge?.hostId ?? 0,
        `function () {
          return {
            shadowRoot: this.shadowRoot,
            children: this.childNodes.length,
            after: this.previousElementSibling?.className,
            position: getComputedStyle(this).position,
          }
        }`,
      ),
    ).toEqual({
      shadowRoot: null,
      children: 0,
      after: 'user-ssi-score__donut-chart-caption',
      position: 'absolute',
    })
    await screenshotAroundScore(page, 'badge-light')
    // The page's own assets (static/media.licdn.com) fail to resolve; SSI Lens itself requests nothing.
    expect(h.foreignRequests().filter((u) => !/^https:\/\/(static|media)\.licdn\.com\//.test(u))).toEqual([])
  })

  it('names the day it compares with when none is exactly 7 days back', async () => {
    await seed([weekAgo(today, 9)])
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    const text = await waitForRecorded(page)
    expect(text).toMatch(/▲ 3 since (\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2})/)
    expect(text).not.toContain('in 7 days')
  })

  it('says "—" for the change on the first recorded day', async () => {
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    expect(await waitForRecorded(page)).toContain('7-day change: —')
  })

  it('says why nothing was recorded on a page it cannot read', async () => {
    h.server.serve(SSI_URL, fixture('ssi-logged-out-login'))
    const page = await h.openPage(SSI_URL)
    const badge = await waitForBadge(page)
    expect(badge.state).toBe('not-logged-in')
    expect(badge.text).toMatch(/sign/i)
  })

  it.each([
    ['the bare fixture', false],
    ['a LinkedIn-like layout', true],
  ])('moves none of the page elements (%s)', async (_name, styled) => {
    await seed([weekAgo(today)])
    h.server.serve(SSI_URL, ssiPage({ styled }))
    const page = await h.openPage(SSI_URL)
    await waitForRecorded(page)
    const { hostId } = (await readBadge(page)) ?? { hostId: 0 }
    await onBadgeHost(page, hostId, 'function () { window.__badgeHost = this }')
    // One synchronous measurement with the badge, then without it (before the badge's observer can put it back).
    const shifted = await page.evaluate(() => {
      const host = (window as unknown as { __badgeHost: HTMLElement }).__badgeHost
      const elements = [...document.body.querySelectorAll('*')].filter((e) => e !== host)
      const measure = () =>
        elements.map((e) => {
          const r = e.getBoundingClientRect()
          return `${Math.round(r.x * 100)},${Math.round(r.y * 100)},${Math.round(r.width * 100)},${Math.round(r.height * 100)}`
        })
      const withBadge = measure()
      const scroll = [document.documentElement.scrollWidth, document.documentElement.scrollHeight]
      host.remove()
      const withoutBadge = measure()
      const scrollWithout = [document.documentElement.scrollWidth, document.documentElement.scrollHeight]
      return {
        compared: elements.length,
        moved: elements
          .filter((_e, i) => withBadge[i] !== withoutBadge[i])
          .map((e) => e.outerHTML.slice(0, 80)),
        scroll: [scroll, scrollWithout],
      }
    })
    expect(shifted.compared).toBeGreaterThan(100)
    expect(shifted.moved).toEqual([])
    expect(shifted.scroll[0]).toEqual(shifted.scroll[1])
    // …and the badge comes back by itself, once.
    await expect.poll(() => countBadges(page)).toBe(1)
  })

  it('follows the page theme class, and the system scheme when the page sets none', async () => {
    await h.close()
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST, colorScheme: 'dark' })
    await seed([weekAgo(today)])
    // badge.css: the light background is #ffffff, the dark one #1d2226.
    for (const [theme, background] of [
      ['dark', 'rgb(29, 34, 38)'],
      ['none', 'rgb(29, 34, 38)'],
      ['light', 'rgb(255, 255, 255)'],
    ] as const) {
      h.server.serve(SSI_URL, ssiPage({ styled: true, theme }))
      const page = await h.openPage(SSI_URL)
      await waitForRecorded(page)
      expect(await badgeBackground(page), theme).toBe(background)
      if (theme === 'dark') await screenshotAroundScore(page, 'badge-dark')
      await page.emulateMedia({ colorScheme: 'light' })
      // The system switched to light: only the page without a theme class follows it.
      await expect
        .poll(() => badgeBackground(page), { message: theme })
        .toBe(theme === 'dark' ? 'rgb(29, 34, 38)' : 'rgb(255, 255, 255)')
      await page.close()
    }
  })

  it('disappears from an open page when switched off, and stays away on the next visit', async () => {
    await seed([weekAgo(today)])
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    await waitForRecorded(page)

    const options = await h.openOptions()
    await options.locator('#inline-badge').click()
    await expect.poll(() => options.locator('#inline-badge').isChecked()).toBe(false)
    await expect.poll(() => countBadges(page)).toBe(0)

    const captureOf = (db: Record<string, unknown[]>) =>
      storedDays(db).find((r) => r.day === today)?.capturedAt
    const first = captureOf(await h.readDatabase())
    const next = await h.openPage(SSI_URL)
    // The visit is still recorded (today's capture is replaced), and its answer, what a badge would show, has
    // reached the page: the worker replies as it stores the day, before this test reads the store and then runs
    // a task in the content script's world. Only the badge stays away.
    await h.waitForDatabase((db) => captureOf(db) !== first)
    await contentScriptSettled(next, h.extensionId)
    expect(await countBadges(next)).toBe(0)
    expect(await countBadges(page)).toBe(0)

    await options.locator('#inline-badge').click()
    await expect.poll(() => countBadges(page)).toBe(1)
  })

  it('goes away with its close button and stays closed for that page view', async () => {
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    await waitForRecorded(page)
    const { hostId } = (await readBadge(page)) ?? { hostId: 0 }
    // Keyboard path: the close button is focusable; tab until the focused element is the host (focus inside a
    // shadow root shows as its host).
    let reached = false
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await onBadgeHost(page, hostId, 'function () { return document.activeElement === this }')
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => countBadges(page)).toBe(0)
    // LinkedIn re-renders the score area: an open badge would be put back by the spot at once (its observer runs
    // before the content script's next task), a closed one must not be.
    await rerenderScore(page)
    await contentScriptSettled(page, h.extensionId)
    expect(await countBadges(page)).toBe(0)
  })

  it('comes back by the score when the page re-renders it, while it is open', async () => {
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    await waitForRecorded(page)
    await rerenderScore(page)
    await contentScriptSettled(page, h.extensionId)
    expect(await countBadges(page)).toBe(1)
  })

  it('goes away when its close button is clicked where it is drawn', async () => {
    h.server.serve(SSI_URL, ssiPage({ styled: true }))
    const page = await h.openPage(SSI_URL)
    await waitForRecorded(page)
    const { closeId } = (await readBadge(page)) ?? { closeId: 0 }
    const box = await boxOf(page, closeId)
    expect(box.width).toBeGreaterThan(10)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => countBadges(page)).toBe(0)
  })
})
