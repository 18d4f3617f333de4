// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createInlineBadge,
  HOST_ATTRIBUTE,
  type InlineBadge,
  MAX_LOOKUPS,
  MAX_REATTACHMENTS,
} from '../../src/content/badge.ts'
import type { BadgeLines } from '../../src/content/badge-text.ts'

const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/ssi-modern-en.html'), 'utf8')

const RECORDED: BadgeLines = {
  change: '▲ 3 in 7 days',
  trend: 'up',
  next: 'Next: Engage with insights',
  status: 'Recorded',
  failed: false,
  state: 'recorded',
}
const LABELS = { name: 'SSI Lens', close: 'Close the SSI Lens badge', lang: 'en-GB' }

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

const hosts = () => document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)
const host = () => {
  const found = hosts()
  expect(found).toHaveLength(1)
  return found[0] as HTMLElement
}
const inside = (selector: string) => roots.at(-1)?.querySelector<HTMLElement>(selector) ?? null
const caption = () => document.querySelector('.user-ssi-score__donut-chart-caption')
/** Mutation observers report in a microtask; a macrotask later they have all run. */
const observersRun = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => {
  roots = []
  const attach = Element.prototype.attachShadow
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init)
    roots.push(root)
    return root
  })
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
  it('puts one host marked data-ssi-lens right after the score caption', () => {
    showBadge()
    expect(host().previousElementSibling).toBe(caption())
    expect(host().getAttribute('data-ssi-lens')).toBe('recorded')
  })

  it('closes its shadow root, so page scripts see no shadowRoot', () => {
    showBadge()
    expect(host().shadowRoot).toBeNull()
    expect(Element.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' })
  })

  it('takes no room in the page flow: absolutely positioned, its page-facing styles inline and important', () => {
    showBadge()
    const style = host().style
    expect(style.getPropertyValue('position')).toBe('absolute')
    expect(style.getPropertyPriority('position')).toBe('important')
    expect(host().childNodes).toHaveLength(0)
    expect(caption()?.textContent).not.toContain('Recorded')
  })

  it('shows the change, the next pillar and the status, with its own styles inside', () => {
    showBadge()
    expect(inside('.change')?.textContent).toBe('▲ 3 in 7 days')
    expect(inside('.change')?.className).toBe('change up')
    expect(inside('.next')?.textContent).toBe('Next: Engage with insights')
    expect(inside('.status')?.textContent).toBe('Recorded')
    expect(inside('[role="status"]')).not.toBeNull()
    expect(inside('style')).not.toBeNull()
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
    expect(host().getAttribute('data-ssi-lens')).toBe('timeout')
    expect(inside('.summary')?.hidden).toBe(true)
    expect(inside('.status')?.textContent).toBe('Not recorded: the numbers did not appear in time')
  })

  it('updates its words in place when shown again', () => {
    const b = showBadge()
    b.show({ ...RECORDED, change: '▼ 1 in 7 days', trend: 'down' })
    expect(hosts()).toHaveLength(1)
    expect(inside('.change')?.textContent).toBe('▼ 1 in 7 days')
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
    fresh.querySelector(`[${HOST_ATTRIBUTE}]`)?.remove()
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
      const h = document.querySelector(`[${HOST_ATTRIBUTE}]`)
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
    fresh.querySelector(`[${HOST_ATTRIBUTE}]`)?.remove()
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
    expect(host().style.getPropertyValue('position')).toBe('fixed')
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
    expect(host().style.getPropertyValue('position')).toBe('fixed')
    document.querySelector('main')?.append(section)
    b.show(RECORDED)
    expect(host().previousElementSibling).toBe(caption())
    expect(host().style.getPropertyValue('position')).toBe('absolute')
  })

  it('finds the spot by structure, not by English words', () => {
    loadPage(
      FIXTURE.replace('out of 100', 'von 100').replace('Current Social Selling Index', 'Aktueller SSI'),
    )
    showBadge()
    expect(host().previousElementSibling).toBe(caption())
  })

  it('follows the page theme class on <html>, live', async () => {
    document.documentElement.className = 'theme theme--dark'
    showBadge()
    expect(inside('.badge')?.classList.contains('dark')).toBe(true)
    document.documentElement.className = 'theme theme--light'
    await observersRun()
    expect(inside('.badge')?.classList.contains('dark')).toBe(false)
    expect(inside('.badge')?.classList.contains('light')).toBe(true)
  })

  it('leaves the theme to prefers-color-scheme when the page sets none', () => {
    document.documentElement.className = ''
    showBadge()
    expect(inside('.badge')?.className).toBe('badge')
    // Vitest does not process CSS (the ?inline import is empty here); the e2e test sees the styles applied.
    const css = readFileSync(join(import.meta.dirname, '../../src/content/badge.css'), 'utf8')
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*\.badge:not\(\.light\):not\(\.dark\)/)
  })
})
