// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { waitForNumbers } from '../../src/content/wait-for-numbers.ts'
import { fail } from '../../src/core/result.ts'
import type { ParseResult } from '../../src/core/snapshot.ts'

const LOADING: ParseResult = fail({ code: 'loading', reason: 'not yet' })
const GONE: ParseResult = fail({ code: 'not-logged-in', reason: 'sign-in page' })

/** Lets MutationObserver records (delivered in microtasks) reach the observer. */
const flush = () => vi.advanceTimersByTimeAsync(0)

function mutate(times = 1): void {
  for (let i = 0; i < times; i++) document.body.appendChild(document.createElement('span'))
}

describe('waitForNumbers', () => {
  let read: ReturnType<typeof vi.fn<() => Promise<ParseResult>>>
  let onReading: ReturnType<typeof vi.fn<(r: ParseResult) => boolean | undefined>>
  let onTimeout: ReturnType<typeof vi.fn<(r: ParseResult) => void>>
  let stop: () => void

  beforeEach(() => {
    vi.useFakeTimers()
    document.body.innerHTML = ''
    read = vi.fn(async () => LOADING)
    onReading = vi.fn(() => false)
    onTimeout = vi.fn()
  })
  afterEach(() => {
    stop?.()
    vi.useRealTimers()
  })

  const start = (extra: Partial<Parameters<typeof waitForNumbers>[0]> = {}) => {
    stop = waitForNumbers({
      target: document.documentElement,
      read,
      onReading,
      onTimeout,
      timeoutMs: 30_000,
      ...extra,
    })
  }

  it('reads the page at once: the numbers may already be there', async () => {
    start()
    expect(read).toHaveBeenCalledTimes(1)
    await flush()
    expect(onReading).toHaveBeenCalledWith(LOADING)
  })

  it('reads one at a time: changes during a reading bring one more reading once it has answered', async () => {
    const answers: ((r: ParseResult) => void)[] = []
    read.mockImplementation(() => new Promise((resolve) => answers.push(resolve)))
    start({ settleMs: 200 })
    mutate()
    await flush()
    await vi.advanceTimersByTimeAsync(1_000) // settled while the first reading is still out
    mutate()
    await flush()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(read).toHaveBeenCalledTimes(1)
    answers[0]?.(LOADING)
    await flush()
    expect(onReading).toHaveBeenCalledTimes(1)
    expect(read).toHaveBeenCalledTimes(2) // one more for the changes, not one per settled burst
    answers[1]?.(LOADING)
    await flush()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(read).toHaveBeenCalledTimes(2)
    expect(onReading).toHaveBeenCalledTimes(2)
  })

  it('reads no more and reports nothing once stopped while a reading is out', async () => {
    let answer: (r: ParseResult) => void = () => {}
    read.mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    start()
    stop()
    answer(GONE)
    await flush()
    expect(onReading).not.toHaveBeenCalled()
    expect(onTimeout).not.toHaveBeenCalled()
  })

  it('reads once after a burst of mutations, not once per mutation', async () => {
    start()
    mutate(50)
    await flush()
    mutate(50)
    await flush()
    expect(read).toHaveBeenCalledTimes(1) // only the first reading so far: the page is still changing
    await vi.advanceTimersByTimeAsync(250)
    expect(read).toHaveBeenCalledTimes(2)
  })

  it('waits for the page to be quiet before reading', async () => {
    start({ settleMs: 200 })
    mutate()
    await flush()
    await vi.advanceTimersByTimeAsync(150)
    mutate()
    await flush()
    await vi.advanceTimersByTimeAsync(150)
    expect(read).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(100)
    expect(read).toHaveBeenCalledTimes(2)
  })

  it('still reads a page that never stops changing, at least once a second', async () => {
    start({ settleMs: 200, maxDelayMs: 1_000 })
    for (let i = 0; i < 60; i++) {
      mutate()
      await flush()
      await vi.advanceTimersByTimeAsync(50)
    }
    // 3 s of constant change: the first reading, then one per second or so (never starved, never per mutation).
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(3)
    expect(read.mock.calls.length).toBeLessThanOrEqual(5)
  })

  it('reads again after a later burst', async () => {
    start()
    for (const _ of [1, 2, 3]) {
      mutate()
      await flush()
      await vi.advanceTimersByTimeAsync(1_000)
    }
    expect(read).toHaveBeenCalledTimes(4)
  })

  it('ends when a reading is definitive and reads no more', async () => {
    read.mockResolvedValue(GONE)
    onReading.mockImplementation((r) => !r.ok && r.error.code === 'not-logged-in')
    start()
    mutate()
    await flush()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(read).toHaveBeenCalledTimes(1)
    expect(onTimeout).not.toHaveBeenCalled()
  })

  it('gives up after the timeout with the last reading, then ignores the page', async () => {
    start({ timeoutMs: 5_000 })
    await vi.advanceTimersByTimeAsync(4_999)
    expect(onTimeout).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(onTimeout).toHaveBeenCalledExactlyOnceWith(LOADING)
    mutate(10)
    await flush()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(read).toHaveBeenCalledTimes(1)
  })

  it('times out after 30 seconds by default', async () => {
    stop = waitForNumbers({ target: document.documentElement, read, onReading, onTimeout })
    await vi.advanceTimersByTimeAsync(29_999)
    expect(onTimeout).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(onTimeout).toHaveBeenCalledOnce()
  })

  it('does nothing more once stopped', async () => {
    start()
    stop()
    mutate()
    await flush()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(read).toHaveBeenCalledTimes(1)
    expect(onTimeout).not.toHaveBeenCalled()
    stop() // a second stop is harmless
  })

  it('does no work in the observer callback beyond scheduling', async () => {
    const callbacks: (() => void)[] = []
    class CountingObserver {
      constructor(callback: () => void) {
        callbacks.push(callback)
      }
      observe() {}
      disconnect() {}
    }
    start({ MutationObserver: CountingObserver as unknown as typeof MutationObserver })
    const callback = callbacks[0] as () => void
    for (let i = 0; i < 1_000; i++) callback()
    expect(vi.getTimerCount()).toBe(2) // the deadline and one pending reading, however many mutations
    expect(read).toHaveBeenCalledTimes(1)
  })
})
