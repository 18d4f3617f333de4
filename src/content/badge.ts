/**
 * The inline badge on the SSI page: a few words by the user's score, drawn in a closed shadow root so LinkedIn's
 * styles and scripts cannot reach inside. It never moves LinkedIn's content: the host is absolutely positioned at
 * its static position right after the score caption (so it sits under "47 out of 100" and scrolls with it, taking
 * no room in the flow), or fixed in a corner when that spot cannot be found. Plain DOM: no framework, no innerHTML
 * (LinkedIn may enforce Trusted Types).
 */
import { TOTAL_VALUE } from '../core/page/selectors.ts'
import css from './badge.css?inline'
import type { BadgeLines } from './badge-text.ts'

/**
 * The attribute the test contract names; it marks the host as SSI Lens's own. Its value is the badge's state
 * (`recorded` or a failure code), the one thing outside the closed root that tests (Firefox BiDi) can read.
 */
export const HOST_ATTRIBUTE = 'data-ssi-lens'

/**
 * A page that keeps removing the badge wins: after this many re-attachments (or lookups for a vanished score),
 * the badge stops watching, rather than fight the page or do work on every later mutation.
 */
export const MAX_REATTACHMENTS = 10
export const MAX_LOOKUPS = 50

/**
 * Where the badge goes: the user's own donut caption ("47 out of 100"), found by class, never by text, so every UI
 * language works. Peer donuts (`.group-ssi-score`) never match.
 */
function findAnchor(doc: Document): Element | null {
  // 2022–2026 layout (ssi-page.md §4.1): the caption itself.
  const caption = doc.querySelector('.user-ssi-score__donut-chart-caption')
  if (caption) return caption
  // The same spot by the reader's own fallbacks for the total: the element holding the shown value.
  for (const selector of TOTAL_VALUE) {
    const value = doc.querySelector(selector)
    if (value?.parentElement) return value.parentElement
  }
  return null
}

/** Host styles are inline and `!important`: they beat any page rule that could give the host size or margins. */
// `max-content` keeps the badge on one line even when the caption's box is narrower than the words.
const HOST_RESET =
  'all: initial !important; display: block !important; width: max-content !important; max-width: 90vw !important;'
const BY_SCORE = `${HOST_RESET} position: absolute !important; z-index: 1 !important; margin-top: 2px !important;`
const IN_CORNER = `${HOST_RESET} position: fixed !important; z-index: 999 !important; left: 16px !important; bottom: 16px !important;`

export interface BadgeLabels {
  /** "SSI Lens": says whose badge this is, so nobody takes it for LinkedIn's own. */
  name: string
  /** The close button's accessible name. */
  close: string
  /** BCP 47 language of the labels (the browser's UI language, which may differ from the page's). */
  lang: string
}

export interface InlineBadge {
  /** Shows the badge (or updates its words). Does nothing once the user closed it on this page view. */
  show(lines: BadgeLines): void
  /** Takes the badge off the page and stops watching; `show` may bring it back. */
  remove(): void
  /** True after the user closed the badge. */
  readonly dismissed: boolean
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag)
  node.className = className
  return node
}

/** " · " between the parts; hidden from screen readers, which pause at the element boundaries anyway. */
function separator(doc: Document): HTMLElement {
  const sep = el(doc, 'span', 'sep')
  sep.textContent = ' · '
  sep.setAttribute('aria-hidden', 'true')
  return sep
}

export function createInlineBadge(doc: Document, labels: BadgeLabels): InlineBadge {
  const host = doc.createElement('div')
  host.setAttribute(HOST_ATTRIBUTE, '')
  // Closed: `host.shadowRoot` is null, so page scripts cannot read or restyle what is inside.
  const root = host.attachShadow({ mode: 'closed' })

  const style = doc.createElement('style')
  style.textContent = css
  const box = el(doc, 'div', 'badge')
  box.lang = labels.lang
  const name = el(doc, 'p', 'name')
  name.textContent = labels.name
  const lines = el(doc, 'p', 'lines')
  lines.setAttribute('role', 'status')
  const summary = el(doc, 'span', 'summary')
  const change = el(doc, 'span', 'change')
  const next = el(doc, 'span', 'next')
  summary.append(change, separator(doc), next, separator(doc))
  const status = el(doc, 'span', 'status')
  lines.append(summary, status)
  const close = el(doc, 'button', 'close')
  close.type = 'button'
  close.textContent = '×'
  close.setAttribute('aria-label', labels.close)
  close.title = labels.close
  box.append(name, lines, close)
  root.append(style, box)

  let anchor: Element | null = null
  let dismissed = false
  let reattachments = 0
  let lookups = 0

  const place = (target: Element | null): void => {
    anchor = target
    if (target) {
      host.style.cssText = BY_SCORE
      target.after(host)
    } else {
      host.style.cssText = IN_CORNER
      ;(doc.body ?? doc.documentElement).append(host)
    }
  }

  // LinkedIn (Ember) may re-render the score area and drop the badge with it. Per mutation batch this costs two
  // property reads; only when the badge or its anchor actually left the page does it look for the spot again.
  const pageWatcher = new MutationObserver(() => {
    if (host.isConnected && (anchor === null || anchor.isConnected)) return
    const found = findAnchor(doc)
    if (!found && anchor !== null) {
      // The score area is gone (re-rendering, or the user navigated away): wait for it, within a budget.
      if (++lookups >= MAX_LOOKUPS) stopWatching()
      if (host.isConnected) host.remove()
      return
    }
    place(found)
    if (++reattachments >= MAX_REATTACHMENTS) stopWatching()
  })

  // The page's own theme class on <html> wins; without one, the CSS follows prefers-color-scheme.
  const applyTheme = () => {
    const classes = doc.documentElement.classList
    box.classList.toggle('dark', classes.contains('theme--dark'))
    box.classList.toggle('light', classes.contains('theme--light'))
  }
  const themeWatcher = new MutationObserver(applyTheme)

  function stopWatching(): void {
    pageWatcher.disconnect()
  }

  function remove(): void {
    pageWatcher.disconnect()
    themeWatcher.disconnect()
    host.remove()
    anchor = null
  }

  close.addEventListener('click', () => {
    dismissed = true
    remove()
  })

  return {
    get dismissed() {
      return dismissed
    },
    show(text) {
      if (dismissed) return
      host.setAttribute(HOST_ATTRIBUTE, text.state)
      box.classList.toggle('failed', text.failed)
      change.textContent = text.change ?? ''
      change.className = `change ${text.trend}`
      next.textContent = text.next ?? ''
      summary.hidden = text.change === null && text.next === null
      status.textContent = text.status
      applyTheme()
      // Shown rarely (once per capture), so it may look again: a badge that went to the corner while the page was
      // still loading moves by the score once the score is there.
      const target = host.isConnected && anchor?.isConnected ? anchor : findAnchor(doc)
      if (!host.isConnected || target !== anchor) {
        reattachments = 0
        lookups = 0
        place(target)
        pageWatcher.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true })
        themeWatcher.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] })
      }
    },
    remove,
  }
}
