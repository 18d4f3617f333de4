/**
 * The words for every failure code, in one place, so the popup's status line and the inline badge say the same
 * thing. Each failure has three parts kept apart on purpose:
 * - `headline`: what happened, in words a person can act on (never a selector, a code or an error name);
 * - `action`: what to do next, or null; `actionLink` says when the popup should make it a link;
 * - `detail`: the reader's technical reason (selectors, numbers, error names), for a "Details" disclosure only.
 * Which keys each code uses is `failure-keys.ts` (the inline badge reads that table alone); `getMessage` defaults to the browser's i18n, tests pass
 * `catalogSource(messages)`.
 */

import type { FailureRecord, ReadFailureCode } from '../core/snapshot.ts'
import {
  FAILURE_ENTRIES,
  type FailureActionLink,
  type FailureMessageKey,
  failureKeys,
  NOT_SAVED_FULL,
  notSavedWhyKey,
  UNKNOWN_FAILURE,
} from './failure-keys.ts'
import { type GetMessage, message } from './i18n.ts'

export type { FailureActionLink, FailureMessageKey } from './failure-keys.ts'

/** The README section a page-change failure points to (its GitHub anchor). */
export const README_PAGE_CHANGES_ANCHOR = 'when-linkedin-changes-the-page'

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

/** Why a save failed, as a clause ("the browser's storage is full"), for a sentence of the caller's own. */
export function notSavedWhy(
  reason: string,
  getMessage: GetMessage = (key, subs) => message(key, subs ?? []),
): string {
  const key = notSavedWhyKey(reason)
  return getMessage(key, []) || key
}

/** The words for one stored failure (a `FailureRecord`, or anything with its `error` code and `reason`). */
export function failureWords(
  failure: Pick<FailureRecord, 'reason'> & { error: string },
  getMessage: GetMessage = (key, subs) => message(key, subs ?? []),
): FailureWords {
  // A missing message shows its key rather than nothing, so the gap is visible.
  const say = (key: FailureMessageKey, ...subs: string[]) => getMessage(key, subs) || key
  const keys = failureKeys(failure.error, failure.reason)
  // "Today's score could not be saved: <why>": the why is a plain clause, the error name stays in `detail`.
  const headline = keys.headlineWhy ? say(keys.headline, say(keys.headlineWhy)) : say(keys.headline)
  return {
    code: keys.code,
    headlineKey: keys.headline,
    headline,
    actionKey: keys.action,
    action: keys.action ? say(keys.action) : null,
    actionLink: keys.link,
    detail: failure.reason,
  }
}

/** Every catalogue key the failure words can use, for the test that checks the catalogue has them all. */
export function failureMessageKeys(): FailureMessageKey[] {
  const keys = new Set<FailureMessageKey>(['failureNotSavedFull', 'failureNotSavedOther'])
  for (const entry of [...Object.values(FAILURE_ENTRIES), NOT_SAVED_FULL, UNKNOWN_FAILURE]) {
    keys.add(entry.headline)
    if (entry.action) keys.add(entry.action)
  }
  return [...keys]
}
