/**
 * What SSI Lens keeps in the browser session's storage (in memory until the browser closes; extension pages and
 * the background only — content scripts cannot read it), and the rule that says when the popup's kept first paint
 * still shows the truth. Small on purpose: the popup's first module imports it.
 */

/**
 * A failed save that the database could not take either (storage full): kept so the popup can still say that
 * today was not saved.
 */
export const UNSAVED_FAILURE_KEY = 'unsavedFailure'

/**
 * The history's view revision: a token the background changes around every write of what the popup shows (the
 * history, the last failure), `writing:…` while a write runs. The popup tags the view it keeps with the token it
 * read before reading the history, and a kept view is shown only while the token is still that one.
 */
export const VIEW_REVISION_KEY = 'viewRevision'

/** The popup's last first paint: its markup and what it was drawn from (`firstPaintKey`). */
export const FIRST_PAINT_KEY = 'popupFirstPaint'

/** The token's prefix while a write runs: no view is kept or shown under it. */
export const WRITING = 'writing:'

/** True for a token no write is under way for: only then may a view be kept or shown. */
export const isSettledRevision = (token: unknown): token is string =>
  typeof token === 'string' && token !== '' && !token.startsWith(WRITING)

export interface FirstPaint {
  key: string
  /** The popup's `<main>` as it was first painted, without `data-ready` (the kept view is not interactive). */
  html: string
  lang: string
  dir: string
}

/** Everything the popup's first paint is drawn from, besides the database (which `revision` stands for). */
export interface FirstPaintInputs {
  revision: unknown
  /** The session's unsaved failure, or null. */
  unsavedFailure: unknown
  /** The stored settings as they are (any change of them makes a new key), or null. */
  settings: unknown
  today: string
  /** Minutes from UTC now (`Date#getTimezoneOffset`): the times the popup writes ("recorded at 08:15") follow it. */
  zone: number
  locale: string
  version: string
  /** Opened in a tab (wider than a popup): laid out differently. */
  inTab: boolean
}

/** The key a view is kept and looked up under; null when no view may be (a write is under way, or no token yet). */
export function firstPaintKey(inputs: FirstPaintInputs): string | null {
  if (!isSettledRevision(inputs.revision)) return null
  const { revision, unsavedFailure, settings, today, zone, locale, version, inTab } = inputs
  return JSON.stringify([
    revision,
    unsavedFailure ?? null,
    settings ?? null,
    today,
    zone,
    locale,
    version,
    inTab,
  ])
}
