// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createInlineBadge,
  type InlineBadge,
  MAX_LOOKUPS,
  MAX_REATTACHMENTS,
} from '../../src/content/badge.ts'
import { badgeWordsCss, cssString, hostCss } from '../../src/content/badge-style.ts'
import type { InlineBadgeLines } from '../../src/shared/inline-badge-lines.ts'
import { connectedHosts, recordClosedRoots } from '../support/closed-roots.ts'

const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/ssi-modern-en.html'), 'utf8')

const RECORDED: InlineBadgeLines = {
  change: '▲ 3 in 7 days',
  trend: 'up',
  next: 'Next: Engage with insights',
  status: 'Recorded',
  failed: false,
  state: 'recorded',
}
const LABELS = { name: 'SSI Lens', close: 'Close the SSI Lens badge', lang: 'en-GB', dir: 'ltr' } as const

/** The closed shadow roots the badge creates; a page script would have no such handle. */
let roots: ShadowRoot[] = []
let badge: InlineBadge | null = null

function loadPage(html = FIXTURE): void {
  // The fixture's LinkedIn stylesheet link is dropped: happy-dom would try to fetch it.
  const parsed = new DOMParser().parseFromString(
    html.replace(/<link rel="stylesheet"[^>]*>/g, ''),
    'text/html',
  )
  document.documentElement.className = parsed.documentElement.className
  document.body.className = parsed.body.className
  document.body.innerHTML = parsed.body.innerHTML
}

const hosts = () => connectedHosts(roots)
const host = () => {
  const found = hosts()
  expect(found).toHaveLength(1)
  return found[0] as HTMLElement
}
/** The stylesheet text inside the root: the host's placement and the words. */
const sheet = () => [...(roots.at(-1)?.querySelectorAll('style') ?? [])].map((s) => s.textContent).join('\n')
const inside = (selector: string) => roots.at(-1)?.querySelector<HTMLElement>(selector) ?? null
const caption = () => document.querySelector('.user-ssi-score__donut-chart-caption')
/** Mutation observers report in a microtask; a macrotask later they have all run. */
const observersRun = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => {
  roots = recordClosedRoots()
  loadPage()
})

afterEach(() => {
  badge?.remove()
  badge = null
  vi.restoreAllMocks()
})

function showBadge(lines = RECORDED): InlineBadge {
  badge = createInlineBadge(document, LABELS)
  badge.show(lines)
  return badge
}

describe('inline badge', () => {
  it('puts one host with no attribute at all right after the score caption', () => {
    showBadge()
    expect(host().previousElementSibling).toBe(caption())
    expect(host().tagName).toBe('DIV')
    expect(host().attributes).toHaveLength(0)
  })

  it('marks its root inside the closed shadow root for tests: data-testid and data-state', () => {
    showBadge()
    expect(inside('[data-testid="inline-badge"]')?.dataset.state).toBe('recorded')
  })

  it('closes its shadow root, so page scripts see no shadowRoot', () => {
    showBadge()
    expect(host().shadowRoot).toBeNull()
    expect(Element.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' })
  })

  it('takes no room in the page flow: placed by :host rules inside the root, every one important', () => {
    showBadge()
    expect(sheet()).toContain(hostCss('by-score'))
    expect(hostCss('by-score')).toMatch(/^:host \{ all: initial !important; .*position: absolute !important;/)
    expect(hostCss('by-score').match(/;/g)).toHaveLength(
      hostCss('by-score').match(/!important;/g)?.length ?? -1,
    )
    expect(host().childNodes).toHaveLength(0)
    expect(caption()?.textContent).not.toContain('Recorded')
  })

  it('gives the host a size that does not depend on the words', () => {
    const css = hostCss('by-score') + hostCss('in-corner')
    expect(css).toMatch(/width: min\(680px, calc\(100vw - 32px\)\) !important/)
    expect(css).toMatch(/height: 20px !important/)
    expect(css).toContain('contain: size layout style !important')
  })

  it('draws its words as generated content: no text node anywhere in the root', () => {
    showBadge()
    const root = roots.at(-1) as ShadowRoot
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const texts: string[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.parentElement?.tagName !== 'STYLE') texts.push(n.nodeValue ?? '')
    expect(texts).toEqual([])
    expect(sheet()).toContain(
      badgeWordsCss({
        name: 'SSI Lens',
        close: '×',
        change: '▲ 3 in 7 days',
        next: 'Next: Engage with insights',
        status: 'Recorded',
      }),
    )
  })

  it('gives assistive technology the same words, through aria-labels inside the root', () => {
    showBadge()
    expect(inside('[role="status"] [role="img"]')?.getAttribute('aria-label')).toBe(
      '▲ 3 in 7 days · Next: Engage with insights · Recorded',
    )
    expect(inside('.badge')?.getAttribute('aria-label')).toBe('SSI Lens')
    expect(inside('.badge')?.getAttribute('lang')).toBe('en-GB')
  })

  it('shows only the reason when the page could not be read', () => {
    showBadge({
      change: null,
      trend: 'unknown',
      next: null,
      status: 'Not recorded: the numbers did not appear in time',
      failed: true,
      state: 'timeout',
    })
    expect(inside('.badge')?.dataset.state).toBe('timeout')
    expect(inside('.badge')?.classList.contains('summary-hidden')).toBe(true)
    expect(inside('[role="img"]')?.getAttribute('aria-label')).toBe(
      'Not recorded: the numbers did not appear in time',
    )
    expect(host().attributes).toHaveLength(0)
  })

  it('updates its words in place when shown again', () => {
    const b = showBadge()
    b.show({ ...RECORDED, change: '▼ 1 in 7 days', trend: 'down' })
    expect(hosts()).toHaveLength(1)
    expect(inside('.change')?.className).toBe('change down')
    expect(sheet()).toContain(`.change::before{content:${cssString('▼ 1 in 7 days')}}`)
    expect(sheet()).not.toContain(cssString('▲ 3 in 7 days'))
  })

  it('goes away with its close button, for the rest of the page view', async () => {
    const b = showBadge()
    const close = inside('button.close')
    expect(close?.getAttribute('aria-label')).toBe('Close the SSI Lens badge')
    close?.click()
    expect(hosts()).toHaveLength(0)
    expect(b.dismissed).toBe(true)
    b.show(RECORDED)
    await observersRun()
    expect(hosts()).toHaveLength(0)
  })

  it('can be removed and shown again (the option switched off and on)', () => {
    const b = showBadge()
    b.remove()
    expect(hosts()).toHaveLength(0)
    b.show(RECORDED)
    expect(host().previousElementSibling).toBe(caption())
  })

  it('comes back once, by the new caption, when LinkedIn re-renders the score area', async () => {
    showBadge()
    const section = document.querySelector('.user-ssi-score') as HTMLElement
    // Ember-style re-render: the whole section is replaced by freshly built nodes, without our host.
    const fresh = section.cloneNode(true) as HTMLElement
    fresh.querySelector('.user-ssi-score__donut-chart-caption + div')?.remove()
    section.replaceWith(fresh)
    await observersRun()
    expect(host().previousElementSibling).toBe(fresh.querySelector('.user-ssi-score__donut-chart-caption'))
    expect(roots).toHaveLength(1)
  })

  it('comes back when only the badge was removed from the page', async () => {
    showBadge()
    host().remove()
    await observersRun()
    expect(host().previousElementSibling).toBe(caption())
  })

  it('does no lookup at all for mutations elsewhere on the page', async () => {
    showBadge()
    const nav = document.querySelector('nav') as HTMLElement
    const lookups = vi.spyOn(document, 'querySelector')
    const lookupsAll = vi.spyOn(document, 'querySelectorAll')
    for (let i = 0; i < 300; i++) {
      nav.append(document.createElement('span'))
      if (i % 10 === 0) await observersRun()
    }
    await observersRun()
    expect(lookups).not.toHaveBeenCalled()
    expect(lookupsAll).not.toHaveBeenCalled()
    expect(host().previousElementSibling).toBe(caption())
  })

  it(`stops after ${MAX_REATTACHMENTS} re-attachments on a page that keeps removing it`, async () => {
    showBadge()
    let removals = 0
    for (let i = 0; i < MAX_REATTACHMENTS + 5; i++) {
      const h = hosts()[0]
      if (!h) break
      h.remove()
      removals++
      await observersRun()
    }
    expect(removals).toBe(MAX_REATTACHMENTS + 1)
    expect(hosts()).toHaveLength(0)
  })

  it(`waits for a vanished score area within ${MAX_LOOKUPS} lookups, then stops watching`, async () => {
    showBadge()
    document.querySelector('.user-ssi-score')?.remove()
    await observersRun()
    expect(hosts()).toHaveLength(0)
    const lookups = vi.spyOn(document, 'querySelector')
    const main = document.querySelector('main') as HTMLElement
    for (let i = 0; i < MAX_LOOKUPS * 3; i++) {
      main.append(document.createElement('div'))
      await observersRun()
    }
    // Each lookup tries the caption and then each fallback selector for the total.
    expect(lookups.mock.calls.length).toBeLessThanOrEqual(MAX_LOOKUPS * 3)
    expect(lookups.mock.calls.length).toBeGreaterThan(0)
  })

  it('returns by the score when the score area is rendered again after vanishing', async () => {
    showBadge()
    const section = document.querySelector('.user-ssi-score') as HTMLElement
    const parent = section.parentElement as HTMLElement
    const fresh = section.cloneNode(true) as HTMLElement
    fresh.querySelector('.user-ssi-score__donut-chart-caption + div')?.remove()
    section.remove()
    await observersRun()
    expect(hosts()).toHaveLength(0)
    parent.append(fresh)
    await observersRun()
    expect(host().previousElementSibling).toBe(fresh.querySelector('.user-ssi-score__donut-chart-caption'))
  })

  it('sits fixed in a corner when the score spot cannot be found', () => {
    document.querySelector('.user-ssi-score')?.remove()
    showBadge()
    expect(host().parentElement).toBe(document.body)
    expect(sheet()).toContain(hostCss('in-corner'))
  })

  it('moves from the corner to the score when a later capture finds the score', () => {
    const section = document.querySelector('.user-ssi-score') as HTMLElement
    section.remove()
    const b = showBadge({
      ...RECORDED,
      change: null,
      next: null,
      status: 'Not recorded',
      failed: true,
      state: 'loading',
    })
    expect(sheet()).toContain('position: fixed !important')
    document.querySelector('main')?.append(section)
    b.show(RECORDED)
    expect(host().previousElementSibling).toBe(caption())
    expect(sheet()).toContain('position: absolute !important')
    expect(sheet()).not.toContain('position: fixed')
  })

  it('finds the spot by structure, not by English words', () => {
    loadPage(
      FIXTURE.replace('out of 100', 'von 100').replace('Current Social Selling Index', 'Aktueller SSI'),
    )
    showBadge()
    expect(host().previousElementSibling).toBe(caption())
  })

  /** The system's colour scheme as the badge's `matchMedia` sees it, switchable like the user's setting. */
  function systemScheme(dark: boolean) {
    const listeners: (() => void)[] = []
    const query = {
      matches: dark,
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    }
    vi.spyOn(window, 'matchMedia').mockImplementation((q) => {
      expect(q).toBe('(prefers-color-scheme: dark)')
      return query as unknown as MediaQueryList
    })
    return (to: boolean) => {
      query.matches = to
      for (const listener of listeners) listener()
    }
  }
  const dark = () => inside('.badge')?.classList.contains('dark')

  it('follows the page theme class on <html> over the system scheme, live', async () => {
    systemScheme(true)
    document.documentElement.className = 'theme theme--dark'
    showBadge()
    expect(dark()).toBe(true)
    document.documentElement.className = 'theme theme--light'
    await observersRun()
    expect(dark()).toBe(false)
  })

  it('follows the system scheme when the page sets no theme class, live, with nothing on the host', () => {
    const switchTo = systemScheme(true)
    document.documentElement.className = ''
    showBadge()
    expect(dark()).toBe(true)
    switchTo(false)
    expect(inside('.badge')?.className).toBe('badge')
    switchTo(true)
    expect(dark()).toBe(true)
    expect(host().attributes).toHaveLength(0)
  })

  it('holds its dark colours once, in the `.dark` rule the code sets', () => {
    // Vitest does not process CSS (the ?inline import is empty here); the e2e test sees the styles applied.
    const css = readFileSync(join(import.meta.dirname, '../../src/content/badge.css'), 'utf8')
    expect(css.match(/--bg:/g)).toHaveLength(2)
    expect(css).toMatch(/\n\.badge\.dark \{\s*--bg: #1d2226;/)
    expect(css).not.toMatch(/prefers-color-scheme/)
  })
})

describe('cssString', () => {
  it.each([
    ['Recorded', '"Recorded"'],
    ['▲ 3 in 7 days', '"\\25b2  3 in 7 days"'],
    ['a"b\\c', '"a\\22 b\\5c c"'],
    ['x}\n</style>', '"x\\7d \\a \\3c \\2f style\\3e "'],
    ['Nächste: Beziehungen', '"Nächste\\3a  Beziehungen"'],
  ])('writes %j as %s', (text, css) => {
    expect(cssString(text)).toBe(css)
  })
})
