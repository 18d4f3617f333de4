/**
 * The words for every failure code, in one place, so the popup's status line and the inline badge say the same
 * thing. Each failure has three parts kept apart on purpose:
 * - `headline`: what happened, in words a person can act on (never a selector, a code or an error name);
 * - `action`: what to do next, or null; `actionLink` says when the popup should make it a link;
 * - `detail`: the reader's technical reason (selectors, numbers, error names), for a "Details" disclosure only.
 * Words come from the catalogue (`failure…` keys); `getMessage` defaults to the browser's i18n, tests pass
 * `catalogSource(messages)`.
 */
import { isReadFailureCode, type ReadFailure, type ReadFailureCode } from '../core/snapshot.ts'
import { type GetMessage, message } from './i18n.ts'

/** Failure keys carry the `failure` prefix; `tests/shared/failure-words.test.ts` checks each one exists. */
export type FailureMessageKey = `failure${string}`

/** The README section a page-change failure points to (its GitHub anchor). */
export const README_PAGE_CHANGES_ANCHOR = 'when-linkedin-changes-the-page'

/** Where an action should lead when the popup turns it into a link. */
export type FailureActionLink = 'ssi-page' | 'readme-page-changes'

export interface FailureWords {
  /** The code the words are for; `unknown` for a code from another version of SSI Lens. */
  code: ReadFailureCode | 'unknown'
  headlineKey: FailureMessageKey
  headline: string
  actionKey: FailureMessageKey | null
  action: string | null
  actionLink: FailureActionLink | null
  /** The technical reason as the reader or the background gave it; empty when there is none. */
  detail: string
}

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
const NOT_SAVED_FULL: Entry = {
  headline: 'failureNotSaved',
  action: 'failureNotSavedFullAction',
  link: 'ssi-page',
}

const UNKNOWN: Entry = { headline: 'failureUnknown', action: null, link: null }

/** Storage errors as browsers name them: IndexedDB's `QuotaExceededError`, Firefox's older wording. */
const STORAGE_FULL = /quota|storage (?:is )?full|disk (?:is )?full|NS_ERROR_FILE_NO_DEVICE_SPACE/i

/** Why a save failed, as a clause ("the browser's storage is full"), for a sentence of the caller's own. */
export function notSavedWhy(
  reason: string,
  getMessage: GetMessage = (key, subs) => message(key, subs ?? []),
): string {
  const key: FailureMessageKey = STORAGE_FULL.test(reason) ? 'failureNotSavedFull' : 'failureNotSavedOther'
  return getMessage(key, []) || key
}

/** The words for one failure (a `ReadFailure`, a stored `FailedReading`, or anything with `error` and `reason`). */
export function failureWords(
  failure: Pick<ReadFailure, 'reason'> & { error: string },
  getMessage: GetMessage = (key, subs) => message(key, subs ?? []),
): FailureWords {
  // A missing message shows its key rather than nothing, so the gap is visible.
  const say = (key: FailureMessageKey, ...subs: string[]) => getMessage(key, subs) || key
  const code = isReadFailureCode(failure.error) ? failure.error : 'unknown'
  const full = code === 'not-saved' && STORAGE_FULL.test(failure.reason)
  const entry = code === 'unknown' ? UNKNOWN : full ? NOT_SAVED_FULL : FAILURE_ENTRIES[code]
  // "Today's score could not be saved: <why>": the why is a plain clause, the error name stays in `detail`.
  const headline =
    code === 'not-saved' ? say(entry.headline, notSavedWhy(failure.reason, getMessage)) : say(entry.headline)
  return {
    code,
    headlineKey: entry.headline,
    headline,
    actionKey: entry.action,
    action: entry.action ? say(entry.action) : null,
    actionLink: entry.link,
    detail: failure.reason,
  }
}

/** Every catalogue key the failure words can use, for the test that checks the catalogue has them all. */
export function failureMessageKeys(): FailureMessageKey[] {
  const keys = new Set<FailureMessageKey>(['failureNotSavedFull', 'failureNotSavedOther'])
  for (const entry of [...Object.values(FAILURE_ENTRIES), NOT_SAVED_FULL, UNKNOWN]) {
    keys.add(entry.headline)
    if (entry.action) keys.add(entry.action)
  }
  return [...keys]
}
