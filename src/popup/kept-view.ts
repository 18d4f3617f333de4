/**
 * The view the popup kept from its last open: read and drawn by the first module (opening.ts) when it was drawn from
 * exactly what is stored now, replaced by the live popup as its own first render enters the DOM, and kept again
 * by the live popup after its first paint, for the next open.
 */
import { dayKey } from '../core/day.ts'
import { browser } from '../shared/extension-api.ts'
import {
  FIRST_PAINT_KEY,
  type FirstPaint,
  firstPaintKey,
  UNSAVED_FAILURE_KEY,
  VIEW_REVISION_KEY,
} from '../shared/session-keys.ts'
import { SETTINGS_KEY } from '../shared/settings.ts'
import { CHART_DRAWN_MARK, KEPT_VIEW_MARK } from './marks.ts'

/** What the popup was opened with: read once, used by its first load (main.tsx). */
export interface Opening {
  now: Date
  /** False when the storage could not be read: the popup then reads everything itself. */
  read: boolean
  settings: unknown
  unsavedFailure: unknown
  revision: unknown
  /** The key the first paint is kept under, null when none may be (a write under way, nothing read). */
  key: string | null
  /** The kept view is on screen. */
  shown: boolean
  /** Opened in a tab, as wide as the stylesheet's centred column, not in a popup: laid out differently. */
  inTab: boolean
}

const inTab = () => matchMedia('(min-width: 600px)').matches

/**
 * The element the kept view is drawn into, beside the live popup's `#app` (index.html). It is `inert`: seen, not
 * live, so nothing in it takes focus, a click or a screen reader's attention before the popup replaces it.
 */
export const KEPT_VIEW_ID = 'kept-view'

function show(kept: FirstPaint): boolean {
  const holder = document.getElementById(KEPT_VIEW_ID)
  if (!holder) return false
  document.documentElement.lang = kept.lang
  document.documentElement.dir = kept.dir
  holder.innerHTML = kept.html
  performance.mark(KEPT_VIEW_MARK)
  if (holder.querySelector('[data-testid="trend-chart"]')) performance.mark(CHART_DRAWN_MARK)
  return true
}

/** Reads what the popup is drawn from and draws the kept view when it was drawn from exactly that. */
export async function readOpening(now: Date): Promise<Opening> {
  const [session, local] = await Promise.all([
    browser.storage.session.get([FIRST_PAINT_KEY, VIEW_REVISION_KEY, UNSAVED_FAILURE_KEY]),
    browser.storage.local.get(SETTINGS_KEY),
  ])
  const inputs = {
    revision: session[VIEW_REVISION_KEY],
    unsavedFailure: session[UNSAVED_FAILURE_KEY] ?? null,
    settings: local[SETTINGS_KEY] ?? null,
  }
  const wide = inTab()
  const key = firstPaintKey({
    ...inputs,
    today: dayKey(now),
    zone: now.getTimezoneOffset(),
    locale: browser.i18n.getUILanguage(),
    version: browser.runtime.getManifest().version,
    inTab: wide,
  })
  const kept = session[FIRST_PAINT_KEY] as FirstPaint | undefined
  const shown = key !== null && kept?.key === key && show(kept)
  return { now, read: true, ...inputs, key, shown, inTab: wide }
}

/**
 * Removes the kept view, if it is there: called as the live popup's `<main>` enters the DOM, before any layout
 * effect measures the page, so the two are never laid out together and no frame shows either half-way.
 */
export function replaceKeptView(): void {
  const holder = document.getElementById(KEPT_VIEW_ID)
  if (holder?.firstChild) holder.replaceChildren()
}

/** `main` as it is painted, as markup the kept view can be drawn from: without `data-ready`, it is not live. */
export function keptMarkup(main: HTMLElement): string {
  const copy = main.cloneNode(true) as HTMLElement
  copy.removeAttribute('data-ready')
  return copy.outerHTML
}

/**
 * Keeps `main`, the popup's first paint of this open, for the next one — unless it is the view already kept, no
 * key could be made, or the history's view revision moved since the open (a write began or ended while the popup
 * read it: what it drew may already be out of date).
 */
export async function keepFirstPaint(opening: Opening, main: HTMLElement): Promise<void> {
  // A window that changed between popup and tab width since the open (a popup's first size is not its last) would
  // keep a view under a key that does not describe it.
  if (opening.key === null || opening.shown || inTab() !== opening.inTab) return
  const html = keptMarkup(main)
  const { lang, dir } = document.documentElement
  const now = await browser.storage.session.get(VIEW_REVISION_KEY)
  if (now[VIEW_REVISION_KEY] !== opening.revision) return
  const kept: FirstPaint = { key: opening.key, html, lang, dir }
  await browser.storage.session.set({ [FIRST_PAINT_KEY]: kept })
}
