import { describe, expect, it } from 'vitest'
import { coveredMicros, type Span } from '../support/trace-spans.ts'

describe('coveredMicros', () => {
  it.each<[string, Span[], number]>([
    ['nothing', [], 0],
    ['one span', [{ tid: 1, ts: 100, dur: 50 }], 50],
    // What Chromium records for a content script: v8.compile inside EvaluateScript.
    [
      'a compile inside its evaluation, once',
      [
        { tid: 1, ts: 100, dur: 600 },
        { tid: 1, ts: 123, dur: 250 },
      ],
      600,
    ],
    [
      'the inner one listed first',
      [
        { tid: 1, ts: 123, dur: 250 },
        { tid: 1, ts: 100, dur: 600 },
      ],
      600,
    ],
    [
      'two spans one after the other',
      [
        { tid: 1, ts: 0, dur: 10 },
        { tid: 1, ts: 20, dur: 5 },
      ],
      15,
    ],
    [
      'two overlapping spans, the overlap once',
      [
        { tid: 1, ts: 0, dur: 10 },
        { tid: 1, ts: 5, dur: 10 },
      ],
      15,
    ],
    [
      'the same times on two threads, both',
      [
        { tid: 1, ts: 0, dur: 10 },
        { tid: 2, ts: 0, dur: 10 },
      ],
      20,
    ],
    ['a span without a duration', [{ tid: 1, ts: 0 }], 0],
  ])('counts %s', (_what, spans, micros) => {
    expect(coveredMicros(spans)).toBe(micros)
  })
})
