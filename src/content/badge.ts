/**
 * The inline badge on the SSI page: a few words by the user's score that LinkedIn's page can neither read nor
 * single out. It never moves LinkedIn's content: the host is absolutely positioned at its static position right
 * after the score caption (so it sits under "47 out of 100" and scrolls with it, taking no room in the flow), or
 * fixed in a corner when that spot cannot be found. Plain DOM: no framework, no innerHTML (LinkedIn may enforce
 * Trusted Types).
 *
 * What a page script can see is one attribute-less `<div>` of a fixed size (badge-style.ts says why each property
 * is what it is). Everything else lives in a closed shadow root, and even there no word is a text node: the words
 * are CSS generated content (`content: "…"` in a stylesheet inside the root), which `window.find`, the selection,
 * a copy and `innerText` do not see, and which the page cannot read because it cannot reach the stylesheet.
 * Assistive technology gets the same words from `aria-label`s inside the root, through the accessibility tree.
 */
import { first } from '../core/page/findings.ts'
import { BADGE_ANCHOR, TOTAL_VALUE } from '../core/page/selectors.ts'
import type { InlineBadgeLines } from '../shared/inline-badge-lines.ts'
import css from './badge.css?inline'
import { type BadgeWords, badgeWordsCss, hostCss, type Placement } from './badge-style.ts'

/**
 * A page that keeps removing the badge wins: after this many re-attachments (or lookups for a vanished score),
 * the badge stops watching, rather than fight the page or do work on every later mutation.
 */
export const MAX_REATTACHMENTS = 10
export const MAX_LOOKUPS = 50

/** Where the badge goes (`BADGE_ANCHOR`), else beside the element holding the shown total. */
function findAnchor(doc: Document): Element | null {
  return first(doc, BADGE_ANCHOR) ?? first(doc, TOTAL_VALUE)?.parentElement ?? null
}

export interface BadgeLabels {
  /** "SSI Lens": says whose badge this is, so nobody takes it for LinkedIn's own. */
  name: string
  /** The close button's accessible name. */
  close: string
  /** BCP 47 language of the labels (the browser's UI language, which may differ from the page's). */
  lang: string
  /** `@@bidi_dir`: the labels' direction, which may differ from the page's. */
  dir: 'ltr' | 'rtl'
}

export interface InlineBadge {
  /** Shows the badge (or updates its words). Does nothing once the user closed it on this page view. */
  show(lines: InlineBadgeLines): void
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

/** The words as one sentence, for the accessible name and the tooltip: "▲ 3 in 7 days · Next: … · Recorded". */
function sentence(lines: InlineBadgeLines): string {
  return [lines.change, lines.next, lines.status].filter((part) => part !== null).join(' · ')
}

export function createInlineBadge(doc: Document, labels: BadgeLabels): InlineBadge {
  // No attribute, class or id: nothing on the host names SSI Lens or says what the badge shows.
  const host = doc.createElement('div')
  // Closed: `host.shadowRoot` is null, so page scripts cannot read or restyle what is inside.
  const root = host.attachShadow({ mode: 'closed' })

  const style = doc.createElement('style')
  style.textContent = css
  // The host's placement and the words: rewritten on each change, inside the root, so no mutation reaches the page.
  const dynamic = doc.createElement('style')
  const box = el(doc, 'div', 'badge')
  box.lang = labels.lang
  box.dir = labels.dir
  box.dataset.testid = 'inline-badge'
  box.setAttribute('role', 'group')
  box.setAttribute('aria-label', labels.name)
  const name = el(doc, 'span', 'name')
  name.setAttribute('aria-hidden', 'true')
  // A live region, so a screen reader hears the words when they change; its child carries them as its name.
  const live = el(doc, 'span', 'live')
  live.setAttribute('role', 'status')
  const lines = el(doc, 'span', 'lines')
  lines.setAttribute('role', 'img')
  const change = el(doc, 'span', 'change')
  const next = el(doc, 'span', 'next')
  const status = el(doc, 'span', 'status')
  lines.append(change, el(doc, 'span', 'sep'), next, el(doc, 'span', 'sep'), status)
  live.append(lines)
  const close = el(doc, 'button', 'close')
  close.type = 'button'
  close.setAttribute('aria-label', labels.close)
  close.title = labels.close
  box.append(name, live, close)
  root.append(style, dynamic, box)

  let anchor: Element | null = null
  let placement: Placement = 'by-score'
  let words: BadgeWords = { name: labels.name, close: '×', change: '', next: '', status: '' }
  let dismissed = false
  let reattachments = 0
  let lookups = 0

  const restyle = () => {
    dynamic.textContent = hostCss(placement) + badgeWordsCss(words)
  }

  const place = (target: Element | null): void => {
    anchor = target
    placement = target ? 'by-score' : 'in-corner'
    restyle()
    if (target) target.after(host)
    else (doc.body ?? doc.documentElement).append(host)
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

  // The page's own theme class on <html> wins; without one, the system's scheme, live. Resolved here rather than
  // in a media query so that the stylesheet holds its dark colours once (`light-dark()` needs Chrome 123).
  const systemDark = matchMedia('(prefers-color-scheme: dark)')
  const applyTheme = () => {
    const classes = doc.documentElement.classList
    const light = classes.contains('theme--light')
    box.classList.toggle('dark', classes.contains('theme--dark') || (!light && systemDark.matches))
  }
  const themeWatcher = new MutationObserver(applyTheme)
  // Fires only when the user switches the system's scheme: not worth unhooking while the badge is off the page.
  systemDark.addEventListener('change', applyTheme)

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
      box.dataset.state = text.state
      box.classList.toggle('failed', text.failed)
      box.classList.toggle('summary-hidden', text.change === null && text.next === null)
      change.className = `change ${text.trend}`
      words = { ...words, change: text.change ?? '', next: text.next ?? '', status: text.status }
      const said = sentence(text)
      lines.setAttribute('aria-label', said)
      lines.title = said
      applyTheme()
      restyle()
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
