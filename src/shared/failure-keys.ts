/**
 * Which catalogue messages tell each failure: a headline a person can act on, an optional next step, and where
 * that step should lead. Keys only, no words and no i18n import, so the content script (whose size budget is
 * tight) can word the inline badge with `chrome.i18n` directly; `failure-words.ts` builds the popup's words from
 * the same table, so both say the same thing.
 */
import { isReadFailureCode, type ReadFailureCode } from '../core/snapshot.ts'

/** Failure keys carry the `failure` prefix; `tests/shared/failure-words.test.ts` checks each one exists. */
export type FailureMessageKey = `failure${string}`

/** Where an action should lead when the popup turns it into a link. */
export type FailureActionLink = 'ssi-page' | 'readme-page-changes'

interface Entry {
  headline: FailureMessageKey
  action: FailureMessageKey | null
  link: FailureActionLink | null
}

const PAGE_CHANGED: Entry = {
  headline: 'failurePageNotRead',
  action: 'failurePageNotReadAction',
  link: 'readme-page-changes',
}

/** One entry per code: a code added to READ_FAILURE_CODES without words does not compile. */
export const FAILURE_ENTRIES: Record<ReadFailureCode, Entry> = {
  'not-logged-in': { headline: 'failureNotLoggedIn', action: 'failureNotLoggedInAction', link: 'ssi-page' },
  loading: { headline: 'failureLoading', action: 'failureLoadingAction', link: 'ssi-page' },
  'not-ssi-page': { headline: 'failureNotSsiPage', action: 'failureNotSsiPageAction', link: 'ssi-page' },
  unrecognized: PAGE_CHANGED,
  timeout: PAGE_CHANGED,
  inconsistent: {
    headline: 'failureInconsistent',
    action: 'failurePageNotReadAction',
    link: 'readme-page-changes',
  },
  conflict: { headline: 'failureConflict', action: 'failureConflictAction', link: 'readme-page-changes' },
  // The headline names the cause and the action depends on it: see NOT_SAVED_FULL.
  'not-saved': { headline: 'failureNotSaved', action: 'failureNotSavedAction', link: 'ssi-page' },
}

/** A save refused because storage is full: the one cause of `not-saved` a person can do something about. */
export const NOT_SAVED_FULL: Entry = {
  headline: 'failureNotSaved',
  action: 'failureNotSavedFullAction',
  link: 'ssi-page',
}

export const UNKNOWN_FAILURE: Entry = { headline: 'failureUnknown', action: null, link: null }

/** Storage errors as browsers name them: IndexedDB's `QuotaExceededError`, Firefox's older wording. */
const STORAGE_FULL = /quota|storage (?:is )?full|disk (?:is )?full|NS_ERROR_FILE_NO_DEVICE_SPACE/i

/** The clause that says why a save failed ("the browser's storage is full"), by its technical reason. */
export const notSavedWhyKey = (reason: string): FailureMessageKey =>
  STORAGE_FULL.test(reason) ? 'failureNotSavedFull' : 'failureNotSavedOther'

export interface FailureKeys extends Entry {
  /** The code the keys are for; `unknown` for a code from another version of SSI Lens. */
  code: ReadFailureCode | 'unknown'
  /** The headline's one substitution, itself a message (`not-saved`: why), or null. */
  headlineWhy: FailureMessageKey | null
}

/**
 * The keys for one failure, from its code (a `ReadFailure`'s `code`, a stored `FailureRecord`'s `error`, which
 * may come from another version) and its technical reason (which says why a save failed).
 */
export function failureKeys(failureCode: string, reason: string): FailureKeys {
  const code = isReadFailureCode(failureCode) ? failureCode : 'unknown'
  if (code === 'unknown') return { code, ...UNKNOWN_FAILURE, headlineWhy: null }
  if (code !== 'not-saved') return { code, ...FAILURE_ENTRIES[code], headlineWhy: null }
  const why = notSavedWhyKey(reason)
  return {
    code,
    ...(why === 'failureNotSavedFull' ? NOT_SAVED_FULL : FAILURE_ENTRIES[code]),
    headlineWhy: why,
  }
}
