/**
 * The popup's kept first paint (popup/opening.ts, kept-view.ts, background/view-revision.ts): an open draws the
 * view kept from the last one at once, when it was drawn from exactly what is stored now, and the live popup takes
 * over with the same view. Anything that changes what the popup shows — a capture, a failed visit, an import, the
 * settings, another day — makes the next open draw from the database instead, never from the old view.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  type ExtensionHarness,
  fixture,
  launchExtension,
  POPUP_VIEWPORT,
  SSI_URL,
  storedDays,
} from '../../scripts/lib/harness.ts'
import { dayKey } from '../../src/core/day.ts'
import { KEPT_VIEW_MARK } from '../../src/popup/marks.ts'
import { FIRST_PAINT_KEY, type FirstPaint, VIEW_REVISION_KEY } from '../../src/shared/session-keys.ts'
import { sevenWeeks } from '../support/records.ts'
import { csvOf, importThroughExtension } from './bench.ts'

let h: ExtensionHarness
const today = dayKey(new Date())

beforeAll(async () => {
  h = await launchExtension()
}, 120_000)
afterAll(async () => {
  await h?.close()
})

/** The session storage's kept view and revision, read from an extension page. */
async function session(): Promise<{ kept: FirstPaint | undefined; revision: unknown }> {
  const page = await h.openExtensionPage('src/options/index.html')
  const got = await page.evaluate(
    ([k, r]) => chrome.storage.session.get([k, r]) as Promise<Record<string, unknown>>,
    [FIRST_PAINT_KEY, VIEW_REVISION_KEY] as const,
  )
  await page.close()
  return { kept: got[FIRST_PAINT_KEY] as FirstPaint | undefined, revision: got[VIEW_REVISION_KEY] }
}

/** Waits until the popup has kept a view (it does so after its first paint, without anything to wait on). */
async function keptView(): Promise<FirstPaint> {
  await expect.poll(async () => (await session()).kept !== undefined).toBe(true)
  return (await session()).kept as FirstPaint
}

interface Opened {
  page: Page
  /** The kept view was drawn on this open. */
  keptShown: boolean
  /** The live `<main>` as a kept view would hold it. */
  liveMarkup: string
  /** Anything left in the kept view's holder once the live popup runs. */
  leftOver: string
}

async function openPopup(): Promise<Opened> {
  const page = await h.context.newPage()
  await page.setViewportSize(POPUP_VIEWPORT)
  await page.goto(h.url('src/popup/index.html'))
  await page.waitForSelector('[data-ready]')
  const seen = await page.evaluate((mark) => {
    const main = document.querySelector('#app > main') as HTMLElement
    const copy = main.cloneNode(true) as HTMLElement
    copy.removeAttribute('data-ready')
    return {
      keptShown: performance.getEntriesByName(mark).length === 1,
      liveMarkup: copy.outerHTML,
      leftOver: document.getElementById('kept-view')?.innerHTML ?? 'no holder',
    }
  }, KEPT_VIEW_MARK)
  return { page, ...seen }
}

/** Screenshots the kept view alone and the live popup, and expects the same pixels. */
async function expectKeptLooksLive(colorScheme: 'light' | 'dark', language: string): Promise<void> {
  const open = async (page: Page) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize(POPUP_VIEWPORT)
    await page.goto(h.url('src/popup/index.html'))
    return page
  }
  // The kept view alone: the live popup's root hidden, and the kept view left in place when it takes over.
  const kept = await h.context.newPage()
  await kept.addInitScript(() => {
    const replace = Element.prototype.replaceChildren
    Element.prototype.replaceChildren = function (this: Element, ...nodes) {
      if (this.id !== 'kept-view') replace.apply(this, nodes)
    }
    document.addEventListener('DOMContentLoaded', () => {
      ;(document.getElementById('app') as HTMLElement).style.display = 'none'
    })
  })
  await open(kept)
  await kept.waitForFunction(() => performance.getEntriesByName('ssi-lens:kept-view').length === 1)
  await kept.waitForSelector('[data-ready]', { state: 'attached' })
  // Seen, not live: none of its buttons can take focus (or a click) before the popup replaces it.
  await expect(
    kept.evaluate(() => {
      const button = document.querySelector('#kept-view button') as HTMLButtonElement
      button.focus()
      return document.activeElement === button
    }),
  ).resolves.toBe(false)
  const live = await open(await h.context.newPage())
  await live.waitForSelector('[data-ready]')
  const name = `popup-kept-view-${language}-${colorScheme}`
  const [keptPng, livePng] = [await h.screenshot(kept, name), await h.screenshot(live, `${name}-live`)]
  expect(readFileSync(keptPng).equals(readFileSync(livePng))).toBe(true)
  await kept.close()
  await live.close()
}

async function clearKeptView(): Promise<void> {
  const page = await h.openExtensionPage('src/options/index.html')
  await page.evaluate((k) => chrome.storage.session.remove(k), FIRST_PAINT_KEY)
  await page.close()
}

beforeEach(async () => {
  await h.sendFromExtensionPage('clearAll', {})
  await importThroughExtension(h, csvOf(sevenWeeks(today)))
  await clearKeptView()
})

describe('the popup’s kept first paint', () => {
  it('draws the next open from the view it kept, which is exactly the view it then draws live', async () => {
    const first = await openPopup()
    expect(first.keptShown).toBe(false)
    await first.page.close()
    const kept = await keptView()
    expect(kept.html).toBe(first.liveMarkup)
    expect(kept.html).not.toContain('data-ready')

    const second = await openPopup()
    expect(second.keptShown).toBe(true)
    expect(second.liveMarkup).toBe(kept.html)
    expect(second.leftOver).toBe('')
    await expect(second.page.locator('[data-testid="current-score"]').textContent()).resolves.toBe('47')
    await second.page.close()
  })

  it('looks exactly like the live popup, pixel for pixel, in light and dark', async () => {
    await (await openPopup()).page.close()
    await keptView()
    for (const colorScheme of ['light', 'dark'] as const) await expectKeptLooksLive(colorScheme, 'en')
  })

  it('looks exactly like the live popup in a right-to-left language', async () => {
    const english = h
    h = await launchExtension({ language: 'ar' })
    try {
      await importThroughExtension(h, csvOf(sevenWeeks(today)))
      await (await openPopup()).page.close()
      expect((await keptView()).dir).toBe('rtl')
      await expectKeptLooksLive('light', 'ar')
    } finally {
      await h.close()
      h = english
    }
  })

  it('is not used after a capture: the next open shows the new number', async () => {
    await (await openPopup()).page.close()
    await keptView()
    // A reading of 39 replaces today's 47.
    h.server.serve(SSI_URL, fixture('ssi-2021-embedded-json'))
    const ssi = await h.openPage(SSI_URL)
    await h.waitForDatabase((d) => storedDays(d).some((r) => r.day === today && r.overall === 39))
    await ssi.close()
    const after = await openPopup()
    expect(after.keptShown).toBe(false)
    await expect(after.page.locator('[data-testid="current-score"]').textContent()).resolves.toBe('39')
    await after.page.close()
    // And the open after that draws the new view at once.
    await expect.poll(async () => (await session()).kept?.html.includes('>39<')).toBe(true)
    const again = await openPopup()
    expect(again.keptShown).toBe(true)
    await expect(again.page.locator('[data-testid="current-score"]').textContent()).resolves.toBe('39')
    await again.page.close()
  })

  it('is not used after a failed visit', async () => {
    await (await openPopup()).page.close()
    await keptView()
    h.server.serve(SSI_URL, fixture('ssi-logged-out-login'))
    const ssi = await h.openPage(SSI_URL)
    await h.waitForDatabase((d) => (d.failures?.length ?? 0) === 1)
    await ssi.close()
    const after = await openPopup()
    expect(after.keptShown).toBe(false)
    await expect(after.page.locator('.status-failure').count()).resolves.toBe(1)
    await after.page.close()
  })

  it('is not used after an import or a cleared history', async () => {
    await (await openPopup()).page.close()
    await keptView()
    await h.sendFromExtensionPage('clearAll', {})
    const empty = await openPopup()
    expect(empty.keptShown).toBe(false)
    await expect(empty.page.locator('.empty h1').count()).resolves.toBe(1)
    await empty.page.close()
    await keptView()
    await importThroughExtension(h, csvOf(sevenWeeks(today)))
    const back = await openPopup()
    expect(back.keptShown).toBe(false)
    await expect(back.page.locator('[data-testid="current-score"]').textContent()).resolves.toBe('47')
    await back.page.close()
  })

  it('is not used once the settings changed (a goal set elsewhere)', async () => {
    await (await openPopup()).page.close()
    await keptView()
    const options = await h.openExtensionPage('src/options/index.html')
    await options.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings')
      await chrome.storage.local.set({ settings: { ...(settings ?? { version: 1 }), goal: 80 } })
    })
    await options.close()
    const after = await openPopup()
    expect(after.keptShown).toBe(false)
    await after.page.close()
  })

  it('cannot be read by SSI Lens’s own script on LinkedIn’s page, which can read its other storage', async () => {
    await (await openPopup()).page.close()
    await keptView()
    h.server.serve(SSI_URL, fixture('ssi-modern-en'))
    const page = await h.context.newPage()
    const cdp = await h.context.newCDPSession(page)
    const world = new Promise<number>((done) =>
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin === `chrome-extension://${h.extensionId}`) done(context.id)
      }),
    )
    await cdp.send('Runtime.enable')
    await page.goto(SSI_URL)
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: await world,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const local = await chrome.storage.local.get(null).then(() => 'read', () => 'refused')
        const session = await chrome.storage.session.get(${JSON.stringify(FIRST_PAINT_KEY)}).then(
          (got) => (Object.keys(got).length ? 'read' : 'empty'),
          () => 'refused',
        )
        return { local, session }
      })()`,
    })
    expect(result.value).toEqual({ local: 'read', session: 'refused' })
    await cdp.detach()
    await page.close()
  })

  it('never draws a view kept for another day, however it was kept', async () => {
    await (await openPopup()).page.close()
    const kept = await keptView()
    const [revision, ...rest] = JSON.parse(kept.key) as unknown[]
    // The same view under yesterday's key, with a number no day has: drawn, it would be seen.
    const yesterday = JSON.stringify([revision, rest[0], rest[1], '2000-01-01', ...rest.slice(3)])
    const page = await h.openExtensionPage('src/options/index.html')
    await page.evaluate(([k, value]) => chrome.storage.session.set({ [k]: value }), [
      FIRST_PAINT_KEY,
      { ...kept, key: yesterday, html: kept.html.replace('>47<', '>99<') },
    ] as const)
    await page.close()
    const opened = await openPopup()
    expect(opened.keptShown).toBe(false)
    expect(opened.liveMarkup).not.toContain('>99<')
    await opened.page.close()
  })
})
