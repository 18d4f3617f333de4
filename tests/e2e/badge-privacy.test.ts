/**
 * What LinkedIn's own scripts can learn of the inline badge: every probe runs in the page's main world (where
 * page.evaluate and init scripts run), with the worst case granted — the probe is handed the badge's host element,
 * which a real page would first have to find. The promise (README, "The inline badge"): no marker that
 * names SSI Lens, and none of the badge's words by any means; the only trace is that a badge is there.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension, SSI_URL } from '../../scripts/lib/harness.ts'
import { type BadgeReading, boxOf, onBadgeHost, waitForBadge } from '../../scripts/lib/inline-badge.ts'
import { dayKey } from '../../src/core/day.ts'
import { seedHistory, ssiPage, weekAgo } from '../support/badge-pages.ts'

/** The words the seeded badge shows, and shorter pieces of them a brute-force search would try. */
const WORDS = [
  '▲ 3 in 7 days',
  'Next: Engage with insights',
  'Recorded',
  'SSI Lens',
  '▲',
  'Next:',
  'in 7 days',
]
/** What SSI Lens's own names look like in a marker: `data-ssi-lens`, `ssi-lens-badge`, `ssiLens`… */
const NAME = /lens/i

/**
 * Installed before any page script: records every DOM mutation from the first byte, with attribute values and
 * added nodes serialised, and watches `attachShadow` as a page could, by patching the prototype.
 */
const RECORDER = `(() => {
  const log = []
  window.__mutations = log
  window.__attachShadowCalls = 0
  const attach = Element.prototype.attachShadow
  Element.prototype.attachShadow = function (init) { window.__attachShadowCalls++; return attach.call(this, init) }
  const describe = (node) => node.nodeType === 1 ? node.outerHTML + '|' + node.textContent : String(node.nodeValue)
  new MutationObserver((records) => {
    for (const r of records) {
      log.push([
        r.type,
        r.target.nodeType === 1 ? r.target.outerHTML.slice(0, 200) : '',
        r.attributeName ?? '',
        r.oldValue ?? '',
        r.attributeName && r.target.getAttribute ? String(r.target.getAttribute(r.attributeName)) : '',
        ...[...r.addedNodes].map(describe),
        ...[...r.removedNodes].map(describe),
      ].join(' '))
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true,
    attributeOldValue: true, characterDataOldValue: true })
})()`

type Probe = Window & { __badgeHost: HTMLElement; __mutations: string[]; __attachShadowCalls: number }

/** Hands the badge's host to the page's main world as `window.__badgeHost`. */
async function handHostToPage(page: Page, badge: BadgeReading): Promise<void> {
  await onBadgeHost(page, badge.hostId, 'function () { window.__badgeHost = this }')
}

/** Everything about the host's box and style that a page script can measure. */
async function measureHost(page: Page, badge: BadgeReading): Promise<Record<string, unknown>> {
  await handHostToPage(page, badge)
  const box = await boxOf(page, badge.hostId)
  return page.evaluate(
    ({ y }) => {
      const host = (window as unknown as Probe).__badgeHost
      const r = host.getBoundingClientRect()
      const style = getComputedStyle(host)
      const styles = [...style].map((p) => `${p}:${style.getPropertyValue(p)}`)
      // Every point on the badge's row where a hit test lands on the host: the drawn extent, as the page sees it.
      const hits: number[] = []
      for (let x = 0; x < innerWidth; x++) if (document.elementFromPoint(x, y) === host) hits.push(x)
      return {
        rect: [r.x, r.y, r.width, r.height],
        offset: [host.offsetWidth, host.offsetHeight],
        client: [host.clientWidth, host.clientHeight],
        scroll: [host.scrollWidth, host.scrollHeight],
        page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
        hitExtent: hits.length ? [hits[0], hits.at(-1), hits.length] : [],
        styles,
      }
    },
    { y: box.y + box.height / 2 },
  )
}

describe('the inline badge, probed from the page', () => {
  let h: ExtensionHarness
  let page: Page
  let badge: BadgeReading
  const today = dayKey(new Date())

  beforeAll(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
    await seedHistory(h, [weekAgo(today)])
    await h.context.addInitScript(RECORDER)
    h.server.serve(SSI_URL, ssiPage({ styled: true }))
    page = await h.openPage(SSI_URL)
    badge = await waitForBadge(page, (state) => state === 'recorded')
    // The probes are only worth something if the badge really says these words.
    expect(badge.text).toBe('▲ 3 in 7 days · Next: Engage with insights · Recorded')
    await handHostToPage(page, badge)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('finds no attribute, class or id that names SSI Lens anywhere on the page', async () => {
    const marked = await page.evaluate(
      (name) =>
        [...document.querySelectorAll('*')]
          .flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`))
          .filter((a) => new RegExp(name, 'i').test(a)),
      NAME.source,
    )
    expect(marked).toEqual([])
  })

  it('sees a host with no attribute at all: no marker, no inline style', async () => {
    expect(
      await page.evaluate(() => {
        const host = (window as unknown as Probe).__badgeHost
        return { attributes: host.getAttributeNames(), style: host.style.cssText, tag: host.tagName }
      }),
    ).toEqual({ attributes: [], style: '', tag: 'DIV' })
  })

  it('cannot find any of the words with window.find', async () => {
    const found = await page.evaluate((words) => {
      const hits: string[] = []
      for (const word of words) {
        getSelection()?.removeAllRanges()
        // (string, caseSensitive, backwards, wrapAround, wholeWord, searchInFrames, showDialog)
        if ((window as unknown as { find: (...a: unknown[]) => boolean }).find(word, false, false, true))
          hits.push(`${word} → ${getSelection()?.toString()}`)
      }
      getSelection()?.removeAllRanges()
      return hits
    }, WORDS)
    expect(found).toEqual([])
  })

  it('reads none of the words in the text of the host or the page', async () => {
    const texts = await page.evaluate(() => {
      const host = (window as unknown as Probe).__badgeHost as HTMLElement & {
        getHTML?: (o: object) => string
      }
      return [
        // biome-ignore lint/performance/useDomNodeTextContent: innerText is one of the probes, the rendered text.
        host.innerText,
        host.textContent ?? '',
        host.outerHTML,
        host.getHTML?.({ serializableShadowRoots: true }) ?? '',
        // biome-ignore lint/performance/useDomNodeTextContent: the page's rendered text is the probe.
        document.body.innerText,
        document.documentElement.outerHTML,
        document.documentElement.textContent ?? '',
      ]
    })
    for (const word of WORDS) for (const text of texts) expect(text).not.toContain(word)
  })

  it('selects and copies none of the words, whole page or the badge itself', async () => {
    const box = await boxOf(page, badge.hostId)
    // A user's triple click on the badge, then select-all: what the selection and a copy would carry.
    await page.mouse.click(box.x + box.width / 3, box.y + box.height / 2, { clickCount: 3 })
    const clicked = await page.evaluate(() => getSelection()?.toString() ?? '')
    await page.keyboard.press('Control+A')
    const all = await page.evaluate(() => getSelection()?.toString() ?? '')
    await page.evaluate(() => {
      document.addEventListener('copy', (event) => {
        ;(window as unknown as { __copied: string }).__copied = getSelection()?.toString() ?? ''
        void event
      })
    })
    await page.keyboard.press('Control+C')
    const copied = await page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '')
    for (const word of WORDS) for (const text of [clicked, all, copied]) expect(text).not.toContain(word)
    // The probe is real: select-all did take the page's own text.
    expect(all).toContain('out of 100')
    expect(copied).toContain('out of 100')
    await page.evaluate(() => getSelection()?.removeAllRanges())
  })

  it('learns nothing from hit-testing the caret over the badge', async () => {
    const box = await boxOf(page, badge.hostId)
    const seen = await page.evaluate(
      ({ x0, x1, y }) => {
        const out: string[] = []
        for (let x = x0; x <= x1; x += 2) {
          const range = document.caretRangeFromPoint(x, y)
          const node = range?.startContainer
          if (node && (node.getRootNode() !== document || node.nodeType === Node.TEXT_NODE))
            out.push(`${node.nodeName}:${node.textContent}`)
        }
        return out
      },
      { x0: Math.ceil(box.x), x1: Math.floor(box.x + box.width), y: box.y + box.height / 2 },
    )
    for (const word of WORDS) for (const text of seen) expect(text).not.toContain(word)
  })

  it('sees no mutation that names SSI Lens or carries a word, and none on the host after it was added', async () => {
    const log = await page.evaluate(() => (window as unknown as Probe).__mutations)
    expect(log.length).toBeGreaterThan(0)
    expect(log.filter((line) => NAME.test(line) || WORDS.some((w) => line.includes(w)))).toEqual([])
    // Only childList records mention the host: it was inserted, as an empty, attribute-less <div>.
    expect(log.filter((line) => line.startsWith('attributes <div>'))).toEqual([])
  })

  it('never hands the page a shadow root, even to a page that patched attachShadow', async () => {
    expect(
      await page.evaluate(() => ({
        calls: (window as unknown as Probe).__attachShadowCalls,
        shadowRoot: (window as unknown as Probe).__badgeHost.shadowRoot,
      })),
    ).toEqual({ calls: 0, shadowRoot: null })
  })

  it('gives assistive technology the words through the accessibility tree', async () => {
    const cdp = await page.context().newCDPSession(page)
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ name?: { value?: string }; role?: { value?: string } }>
    }
    await cdp.detach()
    const names = nodes.map((n) => `${n.role?.value}:${n.name?.value ?? ''}`)
    expect(names).toContain('image:▲ 3 in 7 days · Next: Engage with insights · Recorded')
    expect(names).toContain('button:Close the SSI Lens badge')
  })
})

describe('the inline badge, measured by the page in different states', () => {
  let h: ExtensionHarness
  const today = dayKey(new Date())
  beforeAll(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('has the same size, computed style and hit-test extent whatever it says', async () => {
    const seen: Array<{ text: string; measured: Record<string, unknown> }> = []
    const visit = async (html: string, ok: (state: string) => boolean) => {
      h.server.serve(SSI_URL, html)
      const page = await h.openPage(SSI_URL)
      const badge = await waitForBadge(page, ok)
      seen.push({ text: badge.text, measured: await measureHost(page, badge) })
      await page.close()
    }
    // The first day: "7-day change: —"; then a week's change named by its day; then a page that does not add up.
    await visit(ssiPage({ styled: true }), (s) => s === 'recorded')
    await seedHistory(h, [weekAgo(today, 9)])
    await visit(ssiPage({ styled: true }), (s) => s === 'recorded')
    await visit(ssiPage({ styled: true }).replace('>47<', '>60<'), (s) => s !== 'recorded')
    const texts = seen.map((s) => s.text)
    expect(new Set(texts).size).toBe(3)
    expect(texts[0]).toContain('7-day change: —')
    expect(texts[1]).toMatch(/▲ 3 since/)
    expect(seen[0]?.measured.hitExtent).not.toEqual([])
    expect(seen[1]?.measured).toEqual(seen[0]?.measured)
    expect(seen[2]?.measured).toEqual(seen[0]?.measured)
  })
})
