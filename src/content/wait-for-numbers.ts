/**
 * Waits for the SSI numbers, which LinkedIn renders after load (they come from an XHR). A MutationObserver whose
 * callback does almost nothing: it notes the time and, if no reading is pending, schedules one. The reading runs
 * once the page has been quiet for `settleMs` (or after `maxDelayMs` of constant change), and the whole wait ends
 * after `timeoutMs`, so a page that keeps mutating costs nothing once the time is up. A reading is asynchronous
 * (the background reads the page's facts): one runs at a time, and changes during it bring one more after it.
 */
import { fail } from '../core/result.ts'
import type { ParseResult } from '../core/snapshot.ts'

export const WAIT_TIMEOUT_MS = 30_000
const SETTLE_MS = 200
const MAX_DELAY_MS = 1_000

export interface WaitOptions {
  /** The subtree watched for changes (the document element in the content script). */
  target: Node
  /** Reads the page once; never rejects. */
  read: () => Promise<ParseResult>
  /** Gets every reading in order; returning `true` ends the wait (a definitive answer). */
  onReading: (result: ParseResult) => boolean | undefined
  /** Called once if the time runs out before `onReading` ended the wait, with the last reading. */
  onTimeout: (last: ParseResult) => void
  timeoutMs?: number
  settleMs?: number
  maxDelayMs?: number
  /** Injectable for tests; the page's own by default. */
  MutationObserver?: typeof MutationObserver
}

/** Starts waiting; returns `stop`, which is safe to call at any time and more than once. */
export function waitForNumbers(options: WaitOptions): () => void {
  const settleMs = options.settleMs ?? SETTLE_MS
  const maxDelayMs = options.maxDelayMs ?? MAX_DELAY_MS
  const Observer = options.MutationObserver ?? globalThis.MutationObserver
  let stopped = false
  let pending: ReturnType<typeof setTimeout> | undefined
  let burstStart = 0
  let lastChange = 0
  let last: ParseResult = fail({ code: 'loading', reason: 'the page has not been read yet' })
  /** A reading is under way; `again`: the page changed meanwhile, so read once more when it ends. */
  let reading = false
  let again = false

  const observer = new Observer(() => {
    // The only work per mutation batch: two numbers and, at most once per burst, a timer.
    lastChange = Date.now()
    if (pending === undefined) {
      burstStart = lastChange
      pending = setTimeout(settle, settleMs)
    }
  })
  const deadline = setTimeout(() => {
    if (stopped) return
    stop()
    options.onTimeout(last)
  }, options.timeoutMs ?? WAIT_TIMEOUT_MS)

  function stop(): void {
    stopped = true
    observer.disconnect()
    clearTimeout(deadline)
    if (pending !== undefined) clearTimeout(pending)
    pending = undefined
  }

  function settle(): void {
    const now = Date.now()
    const quietFor = now - lastChange
    if (quietFor < settleMs && now - burstStart < maxDelayMs) {
      pending = setTimeout(settle, settleMs - quietFor)
      return
    }
    pending = undefined
    readNow()
  }

  function readNow(): void {
    if (stopped) return
    if (reading) {
      again = true
      return
    }
    reading = true
    options.read().then((result) => {
      reading = false
      if (stopped) return
      last = result
      if (options.onReading(result) === true) stop()
      else if (again) {
        again = false
        readNow()
      }
    })
  }

  // `value` is where the pillar bars change; text and element changes cover everything else.
  observer.observe(options.target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value'],
  })
  readNow() // the numbers may already be there (document_idle, or a page restored from the cache)
  return stop
}
