/**
 * The inline badge on the SSI page in real Chromium: what it says after a capture with a seeded history, where it
 * sits, that it moves none of LinkedIn's elements, and that the option switches it off (live and on the next
 * visit). The badge lives in a closed shadow root, so its words are read through CDP (DOM.getDocument with
 * `pierce`), the one door a page script does not have.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { day } from '../background/sample-days.ts'
import {
  type ExtensionHarness,
  fixture,
  launchExtension,
  ROOT,
  SCREENSHOTS,
  SSI_URL,
  storedDays,
} from './harness.ts'

type Envelope = { ok: true; result: Record<string, unknown> } | { ok: false; error: string }

/** LinkedIn's look, roughly (the demo's stand-in stylesheet), so positions are tested on a realistic layout too. */
const LINKEDIN_LIKE_CSS = readFileSync(join(ROOT, 'scripts/demo-page.css'), 'utf8')
const DARK_CSS = `
  .theme--dark body { background: #000; color: rgb(255 255 255 / 90%); }
  .theme--dark .ssi-report__container { background: #1d2226; box-shadow: 0 0 0 1px rgb(255 255 255 / 12%); }
  .theme--dark .t-black--light { color: rgb(255 255 255 / 60%); }`

function ssiPage(options: { styled?: boolean; theme?: 'light' | 'dark' } = {}): string {
  let html = fixture('ssi-modern-en')
  if (options.theme === 'dark') html = html.replace('theme theme--light', 'theme theme--dark')
  if (options.styled) html = html.replace('</head>', `<style>${LINKEDIN_LIKE_CSS}${DARK_CSS}</style></head>`)
  return html
}

/** The fixture's total with three points fewer, its brand pillar lowered to match. */
function weekAgo(today: string, daysBack = 7): DayRecord {
  const d = day(addDays(today, -daysBack))
  return { ...d, overall: 44, pillars: { ...d.pillars, brand: d.pillars.brand - 3 } }
}

interface CdpNode {
  nodeType: number
  nodeName: string
  nodeValue?: string
  attributes?: string[]
  children?: CdpNode[]
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>
}

/** The badge's text and its shadow root's type, read through CDP; null while there is no badge. */
async function readBadge(page: Page): Promise<{ text: string; rootType: string | undefined } | null> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode }
    const find = (node: CdpNode): CdpNode | null => {
      if (node.attributes?.includes('data-ssi-lens')) return node
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const hit = find(child)
        if (hit) return hit
      }
      return null
    }
    const host = find(root)
    const shadow = host?.shadowRoots?.[0]
    if (!host || !shadow) return null
    const text = (node: CdpNode): string =>
      node.nodeName === 'STYLE'
        ? ''
        : node.nodeType === 3
          ? (node.nodeValue ?? '')
          : (node.children ?? []).map(text).join(node.nodeName === 'P' ? '' : '')
    const lines = (node: CdpNode): string[] =>
      (node.children ?? []).flatMap((c) =>
        c.nodeName === 'P' || c.nodeName === 'SPAN' ? [text(c)] : lines(c),
      )
    return { text: lines(shadow).join(' | '), rootType: shadow.shadowRootType }
  } finally {
    await cdp.detach()
  }
}

/** The score card and a strip below it, so the shot shows whether the badge stays clear of the next card. */
async function screenshotAroundScore(page: Page, name: string): Promise<void> {
  const box = await page.locator('.user-ssi-score').boundingBox()
  if (!box) throw new Error('no score card on the page')
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 56 },
  })
}

async function waitForBadge(page: Page): Promise<string> {
  let last: Awaited<ReturnType<typeof readBadge>> = null
  await expect
    .poll(
      async () => {
        last = await readBadge(page)
        return last?.text ?? ''
      },
      { timeout: 15_000 },
    )
    .toContain('Recorded')
  return (last as unknown as { text: string }).text
}

describe('inline badge in Chromium', () => {
  let h: ExtensionHarness
  const today = dayKey(new Date())
  const send = (type: string, payload: unknown) => h.sendFromExtensionPage(type, payload) as Promise<Envelope>
  const seed = async (records: DayRecord[]) => {
    expect(await send('importCsv', { text: historyToCsv(records) })).toMatchObject({
      ok: true,
      result: { ok: true },
    })
  }

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
    const text = await waitForBadge(page)
    expect(text).toContain('▲ 3 in 7 days')
    expect(text).toContain('Next: Engage with insights')
    expect(text).toContain('Recorded')
    expect((await readBadge(page))?.rootType).toBe('closed')
    // What a page script sees: one host, no shadowRoot, nothing inside, right after the score caption.
    expect(
      await page.evaluate(() => {
        const hosts = document.querySelectorAll('[data-ssi-lens]')
        const host = hosts[0] as HTMLElement
        return {
          count: hosts.length,
          shadowRoot: host.shadowRoot,
          children: host.childNodes.length,
          after: host.previousElementSibling?.className,
          position: getComputedStyle(host).position,
        }
      }),
    ).toEqual({
      count: 1,
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
    const text = await waitForBadge(page)
    expect(text).toMatch(/▲ 3 since (\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2})/)
    expect(text).not.toContain('in 7 days')
  })

  it('says "—" for the change on the first recorded day', async () => {
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    expect(await waitForBadge(page)).toContain('7-day change: —')
  })

  it.each([
    ['the bare fixture', false],
    ['a LinkedIn-like layout', true],
  ])('moves none of the page elements (%s)', async (_name, styled) => {
    await seed([weekAgo(today)])
    h.server.serve(SSI_URL, ssiPage({ styled }))
    const page = await h.openPage(SSI_URL)
    await waitForBadge(page)
    // One synchronous measurement with the badge, then without it (before the badge's observer can put it back).
    const shifted = await page.evaluate(() => {
      const host = document.querySelector('[data-ssi-lens]') as HTMLElement
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
    await expect.poll(() => page.locator('[data-ssi-lens]').count()).toBe(1)
  })

  it('follows the dark theme of the page', async () => {
    await h.close()
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST, colorScheme: 'dark' })
    await seed([weekAgo(today)])
    h.server.serve(SSI_URL, ssiPage({ styled: true, theme: 'dark' }))
    const page = await h.openPage(SSI_URL)
    await waitForBadge(page)
    await screenshotAroundScore(page, 'badge-dark')
  })

  it('disappears from an open page when switched off, and stays away on the next visit', async () => {
    await seed([weekAgo(today)])
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    await waitForBadge(page)

    const options = await h.openOptions()
    await options.locator('#inline-badge').click()
    await expect.poll(() => options.locator('#inline-badge').isChecked()).toBe(false)
    await expect.poll(() => page.locator('[data-ssi-lens]').count()).toBe(0)

    const before = Date.now()
    const next = await h.openPage(SSI_URL)
    // The visit is still recorded; only the badge stays away.
    await h.waitForDatabase((db) => storedDays(db).some((r) => Date.parse(r.capturedAt) >= before - 1000))
    await next.waitForTimeout(500)
    expect(await next.locator('[data-ssi-lens]').count()).toBe(0)
    expect(await page.locator('[data-ssi-lens]').count()).toBe(0)

    await options.locator('#inline-badge').click()
    await expect.poll(() => page.locator('[data-ssi-lens]').count()).toBe(1)
  })

  it('goes away with its close button and stays closed for that page view', async () => {
    h.server.serve(SSI_URL, ssiPage())
    const page = await h.openPage(SSI_URL)
    await waitForBadge(page)
    // The close button is inside the closed root: click where it is drawn, as a user would.
    const box = await page.locator('[data-ssi-lens]').boundingBox()
    expect(box).not.toBeNull()
    const cdp = await page.context().newCDPSession(page)
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode & { nodeId?: number }
    }
    await cdp.detach()
    expect(root).toBeDefined()
    await page.keyboard.press('Tab')
    // Keyboard path: the close button is focusable; find it by tabbing until the focused element is the host.
    let reached = false
    for (let i = 0; i < 60 && !reached; i++) {
      reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-ssi-lens') ?? false)
      if (!reached) await page.keyboard.press('Tab')
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-ssi-lens]').count()).toBe(0)
    await page.waitForTimeout(300)
    expect(await page.locator('[data-ssi-lens]').count()).toBe(0)
  })
})
