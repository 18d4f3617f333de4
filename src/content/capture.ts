/**
 * One page view of the SSI page: wait for the numbers, send them to the background once, send them again only if
 * they change, and report a reading that failed for good. "Still loading" is never reported while waiting;
 * after the wait it becomes a `timeout`. Nothing is sent twice for the same numbers or the same failure.
 *
 * The page is read in two halves: this script collects the page's raw facts (core/page/collect-facts.ts) and the
 * background reads them (`parseFacts`), so none of the reader's rules ship to the page. The facts are asked about
 * again only when they change: a mutation that leaves every fact as it was costs no message.
 */
import { collectFacts } from '../core/page/collect-facts.ts'
import type { PageFacts } from '../core/page/facts.ts'
import { fail } from '../core/result.ts'
import type { PageSnapshot, ParseResult, ReadFailure, UrlKind } from '../core/snapshot.ts'
import type { InlineBadgeLines } from '../shared/inline-badge-lines.ts'
import type { Answer, Payload, SaveResult } from '../shared/protocol.ts'
import { WAIT_TIMEOUT_MS, waitForNumbers } from './wait-for-numbers.ts'

/** What a capture ended in, for whatever shows it on the page (the inline badge). */
export type CaptureOutcome =
  | { kind: 'saved'; snapshot: PageSnapshot; result: SaveResult }
  /** `lines`: the background's words for the badge; null when the background could not be reached at all. */
  | { kind: 'failed'; failure: ReadFailure; lines: InlineBadgeLines | null }

type CaptureMessage = 'parseFacts' | 'saveSnapshot' | 'reportFailure'
/** `send` from shared/messaging, injectable for tests. */
export type SendFn = <K extends CaptureMessage>(type: K, payload: Payload<K>) => Promise<Answer<K>>

export interface CaptureOptions {
  doc: Document
  /** The page's URL at the time of each reading. */
  url: () => string
  urlKind: UrlKind
  send: SendFn
  onOutcome?: (outcome: CaptureOutcome) => void
  /** Collects the page's facts; collect-facts.ts by default, injectable for tests. */
  collect?: (doc: Document, url: string) => PageFacts
  timeoutMs?: number
  settleMs?: number
}

/** The numbers of a snapshot, without where they were read from: the same numbers are not sent twice. */
function signatureOf(snapshot: PageSnapshot): string {
  const { source: _source, ...numbers } = snapshot
  return JSON.stringify(numbers)
}

/** Starts capturing the current page view; returns `stop` (call it when the user leaves the SSI page). */
export function startCapture(options: CaptureOptions): () => void {
  const { send, urlKind, onOutcome } = options
  const collect = options.collect ?? collectFacts
  const timeoutMs = options.timeoutMs ?? WAIT_TIMEOUT_MS
  let sentSignature: string | null = null
  const reported = new Set<string>()
  /** The facts last read by the background, and its answer: the same facts get the same answer. */
  let askedFacts: string | null = null
  let answer: ParseResult | null = null

  /** The page's facts, read by the background; never rejects (an unreachable background is shown, then retried). */
  async function read(): Promise<ParseResult> {
    const facts = collect(options.doc, options.url())
    const key = JSON.stringify(facts)
    if (key === askedFacts && answer) return answer
    try {
      answer = await send('parseFacts', { facts })
      askedFacts = key
      return answer
    } catch (error) {
      console.warn('SSI Lens: parseFacts', error)
      // Shown like a capture that could not be delivered; the next reading asks again.
      const reason = error instanceof Error ? error.message : String(error)
      onOutcome?.({ kind: 'failed', failure: { code: 'not-saved', reason }, lines: null })
      return fail({ code: 'loading', reason })
    }
  }

  function save(snapshot: PageSnapshot): void {
    const signature = signatureOf(snapshot)
    if (signature === sentSignature) return
    sentSignature = signature
    // A reading that was not stored is shown as such (the background kept the failure when it could), and a
    // later reading may try again.
    const notSaved = (failure: ReadFailure, lines: InlineBadgeLines | null) => {
      if (sentSignature === signature) sentSignature = null
      onOutcome?.({ kind: 'failed', failure, lines })
    }
    send('saveSnapshot', { snapshot, urlKind }).then(
      (result) => {
        if ('failure' in result) notSaved(result.failure, result.lines)
        else onOutcome?.({ kind: 'saved', snapshot, result })
      },
      (error: unknown) => {
        console.warn('SSI Lens: saveSnapshot', error)
        const reason = error instanceof Error ? error.message : String(error)
        notSaved({ code: 'not-saved', reason }, null)
      },
    )
  }

  function report(failure: ReadFailure): void {
    // Once numbers were sent in this page view, the day is recorded; a later hiccup of the page is no news.
    const key = `${failure.code}\n${failure.reason}`
    if (sentSignature !== null || reported.has(key)) return
    reported.add(key)
    // Only the code and the reason cross to the background: it keeps nothing else of a failure.
    send('reportFailure', { failure: { code: failure.code, reason: failure.reason }, urlKind }).then(
      ({ lines }) => onOutcome?.({ kind: 'failed', failure, lines }),
      (error: unknown) => console.warn('SSI Lens: reportFailure', error),
    )
  }

  return waitForNumbers({
    target: options.doc.documentElement,
    read,
    timeoutMs,
    settleMs: options.settleMs,
    onReading(result) {
      if (result.ok) {
        save(result.value)
        return false // keep watching until the time is up: the numbers may still change
      }
      const failure = result.error
      switch (failure.code) {
        case 'loading':
          return false
        case 'not-ssi-page': // the user has left; the navigation watcher stops this capture
          return true
        case 'not-logged-in':
          report(failure)
          return true
        default: // unrecognized, inconsistent: reported, but the page may still complete
          report(failure)
          return false
      }
    },
    onTimeout(last) {
      if (sentSignature === null && !last.ok && last.error.code === 'loading')
        report({
          code: 'timeout',
          reason: `the numbers did not appear within ${Math.round(timeoutMs / 1000)} s (${last.error.reason})`,
        })
    },
  })
}
