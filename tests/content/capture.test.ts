// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type CaptureOutcome, type SendFn, startCapture } from '../../src/content/capture.ts'
import type { PageFacts } from '../../src/core/page/facts.ts'
import { parseFacts } from '../../src/core/page/parse-facts.ts'
import type { UrlKind } from '../../src/core/snapshot.ts'
import type { SaveResult } from '../../src/shared/protocol.ts'
import { readFixture } from '../support/fixtures.ts'

const SSI_URL = 'https://www.linkedin.com/sales/ssi'
const LINES = {
  change: null,
  trend: 'unknown',
  next: null,
  status: 'words',
  failed: true,
  state: 'x',
} as const
const SAVED: SaveResult = {
  replaced: false,
  badge: { day: '2026-11-22', overall: 47, change7: null, nextPillar: null },
  lines: { ...LINES, failed: false, state: 'recorded' },
}

/** The body of a saved page, without its scripts and stylesheets (nothing may be fetched). */
function bodyOf(name: string): string {
  const html = readFixture(name).html
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? ''
  return body.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, '')
}
const MODERN = bodyOf('ssi-modern-en')
const SKELETON = bodyOf('ssi-loading-skeleton')

interface Sent {
  type: string
  payload: Record<string, unknown>
}

/** The background's answer to `parseFacts`: the same core code reads the facts. */
const read = (payload: unknown) => parseFacts((payload as { facts: PageFacts }).facts)

describe('startCapture', () => {
  /** What the capture sent to be kept (saves, failures); `asked`: the facts it asked the background to read. */
  let sent: Sent[]
  let asked: PageFacts[]
  let outcomes: CaptureOutcome[]
  let send: SendFn
  let stop: () => void
  let failNextSend: boolean
  let failNextAsk: boolean

  beforeEach(() => {
    vi.useFakeTimers()
    document.body.innerHTML = ''
    sent = []
    asked = []
    outcomes = []
    failNextSend = false
    failNextAsk = false
    send = (async (type, payload) => {
      if (type === 'parseFacts') {
        asked.push((payload as { facts: PageFacts }).facts)
        if (!failNextAsk) return read(payload)
        failNextAsk = false
        throw new Error('the background is restarting')
      }
      sent.push({ type, payload: payload as unknown as Record<string, unknown> })
      if (failNextSend) {
        failNextSend = false
        throw new Error('the background is restarting')
      }
      return type === 'saveSnapshot' ? SAVED : { recorded: true, lines: LINES }
    }) as SendFn
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    stop?.()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  const start = (urlKind: UrlKind = 'page-load', url = SSI_URL) => {
    stop = startCapture({ doc: document, url: () => url, urlKind, send, onOutcome: (o) => outcomes.push(o) })
  }
  const show = async (body: string) => {
    document.body.innerHTML = body
    await vi.advanceTimersByTimeAsync(1_500)
  }
  const saves = () => sent.filter((s) => s.type === 'saveSnapshot')
  const failures = () => sent.filter((s) => s.type === 'reportFailure')

  it('saves numbers that are already on the page, with the URL kind', async () => {
    document.body.innerHTML = MODERN
    start('page-load')
    await vi.advanceTimersByTimeAsync(0)
    expect(saves()).toHaveLength(1)
    expect(saves()[0]?.payload).toMatchObject({
      urlKind: 'page-load',
      snapshot: { overall: 47, source: 'dom' },
    })
    expect(outcomes).toEqual([
      { kind: 'saved', snapshot: expect.objectContaining({ overall: 47 }), result: SAVED },
    ])
  })

  it('waits through loading without reporting it, then saves the numbers once they render', async () => {
    document.body.innerHTML = SKELETON
    start('in-app-navigation')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(sent).toEqual([]) // "still loading" is not a failure
    await show(MODERN)
    expect(failures()).toEqual([])
    expect(saves()).toHaveLength(1)
    expect(saves()[0]?.payload.urlKind).toBe('in-app-navigation')
  })

  it('never sends the same numbers twice in one page view', async () => {
    document.body.innerHTML = MODERN
    start()
    await show(MODERN) // a re-render with identical numbers
    await show(`${MODERN}<div></div>`) // the badge being inserted (an attribute-less host)
    expect(saves()).toHaveLength(1)
  })

  it('sends again when the numbers change', async () => {
    document.body.innerHTML = MODERN
    start()
    await vi.advanceTimersByTimeAsync(0)
    await show(MODERN.replace('>18<', '>17<')) // network rank changes
    expect(saves()).toHaveLength(2)
    expect(saves()[1]?.payload).toMatchObject({ snapshot: { networkRank: 17 } })
  })

  it('reports a timeout after the wait when the numbers never arrive, once', async () => {
    document.body.innerHTML = SKELETON
    start()
    await vi.advanceTimersByTimeAsync(29_000)
    expect(sent).toEqual([])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(failures()).toHaveLength(1)
    expect(failures()[0]?.payload).toMatchObject({
      urlKind: 'page-load',
      failure: { code: 'timeout', reason: expect.stringMatching(/within 30 s/) },
    })
    expect(outcomes).toEqual([
      { kind: 'failed', failure: expect.objectContaining({ code: 'timeout' }), lines: LINES },
    ])
    await show(MODERN) // too late: the wait is over
    expect(saves()).toEqual([])
  })

  it('reports a sign-in page at once and stops watching', async () => {
    document.body.innerHTML = '<iframe class="authentication-iframe"></iframe>'
    start()
    await vi.advanceTimersByTimeAsync(0)
    expect(failures()).toHaveLength(1)
    expect(failures()[0]?.payload).toMatchObject({ failure: { code: 'not-logged-in' } })
    await show(MODERN)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(1)
  })

  it('reports inconsistent numbers once, and saves when the page corrects itself', async () => {
    const wrong = MODERN.replace('value="9.27"', 'value="19.27"').replaceAll('>9.27<', '>19.27<')
    document.body.innerHTML = wrong
    start()
    await show(wrong)
    await show(`${wrong}<p>re-render</p>`)
    expect(failures()).toHaveLength(1)
    expect(failures()[0]?.payload).toMatchObject({ failure: { code: 'inconsistent' } })
    await show(MODERN)
    expect(saves()).toHaveLength(1)
  })

  it('reports nothing more once the day is saved in this page view', async () => {
    document.body.innerHTML = MODERN
    start()
    await show('<main>half rendered <progress id="find-people__sub-score-bar" value="3"></progress></main>')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(failures()).toEqual([])
  })

  it('sends nothing, and stops, on a page that is no longer the SSI page', async () => {
    document.body.innerHTML = SKELETON
    start('page-load', 'https://www.linkedin.com/sales/home')
    await show(MODERN)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toEqual([])
  })

  it('shows a save that could not be delivered as not saved, and tries again with the next reading', async () => {
    failNextSend = true
    document.body.innerHTML = MODERN
    start()
    await vi.advanceTimersByTimeAsync(0)
    expect(outcomes).toEqual([
      {
        kind: 'failed',
        failure: { code: 'not-saved', reason: 'the background is restarting' },
        lines: null,
      },
    ])
    await show(`${MODERN}<p></p>`)
    expect(saves()).toHaveLength(2)
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'saved'])
  })

  it('shows a save the background could not store as not saved, with its reason', async () => {
    const failure = { code: 'not-saved' as const, reason: 'QuotaExceededError: the quota has been exceeded' }
    send = (async (type, payload) => {
      if (type === 'parseFacts') return read(payload)
      sent.push({ type, payload: payload as unknown as Record<string, unknown> })
      return type === 'saveSnapshot'
        ? { saved: false, failure, lines: LINES }
        : { recorded: true, lines: LINES }
    }) as SendFn
    document.body.innerHTML = MODERN
    start()
    await vi.advanceTimersByTimeAsync(0)
    expect(outcomes).toEqual([{ kind: 'failed', failure, lines: LINES }])
    // The background kept the failure itself: the page does not report it a second time.
    expect(sent.map((m) => m.type)).toEqual(['saveSnapshot'])
  })

  it('asks the background to read the page only when its facts change, never per mutation', async () => {
    document.body.innerHTML = SKELETON
    start()
    await vi.advanceTimersByTimeAsync(0)
    expect(asked).toHaveLength(1)
    await show(`${SKELETON}<span></span>`) // a change that no fact sees
    await show(`${SKELETON}<div><span></span></div>`)
    expect(asked).toHaveLength(1)
    await show(MODERN)
    expect(asked).toHaveLength(2)
    expect(asked[1]).toMatchObject({ url: SSI_URL, total: '47', cut: false })
    expect(saves()).toHaveLength(1)
  })

  it('shows a background it cannot reach to read the page as not saved, and asks again with the next reading', async () => {
    failNextAsk = true
    document.body.innerHTML = MODERN
    start()
    await vi.advanceTimersByTimeAsync(0)
    expect(outcomes).toEqual([
      { kind: 'failed', failure: { code: 'not-saved', reason: 'the background is restarting' }, lines: null },
    ])
    expect(sent).toEqual([])
    await show(`${MODERN}<p></p>`)
    expect(asked).toHaveLength(2)
    expect(saves()).toHaveLength(1)
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'saved'])
  })

  it('sends nothing after stop', async () => {
    document.body.innerHTML = SKELETON
    start()
    stop()
    await show(MODERN)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toEqual([])
  })
})
