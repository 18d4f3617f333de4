/** Compares a parser answer with a fixture's expected JSON: numbers within 0.001, `null` exactly, errors by code. */
import { expect } from 'vitest'
import type { PageSnapshot, ParseResult, ReadFailure } from '../../src/core/snapshot.ts'

const TOLERANCE_DIGITS = 3 // toBeCloseTo(x, 3): |a − b| < 0.0005

function expectValue(actual: unknown, want: unknown, path: string): void {
  if (want === null) return void expect(actual, path).toBeNull()
  if (typeof want === 'number') {
    expect(typeof actual, path).toBe('number')
    return void expect(actual as number, path).toBeCloseTo(want, TOLERANCE_DIGITS)
  }
  if (typeof want === 'object') {
    expect(actual, path).toBeTypeOf('object')
    expect(actual, path).not.toBeNull()
    const a = actual as Record<string, unknown>
    const w = want as Record<string, unknown>
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(w).sort())
    for (const key of Object.keys(w)) expectValue(a[key], w[key], `${path}.${key}`)
    return
  }
  expect(actual, path).toEqual(want)
}

/**
 * `result` is the expected answer (a fixture's `.expected.json`, as `npm run parse` prints it): the same failure
 * code (`{ "error": code }`) with a reason, or the same snapshot; `source` is compared elsewhere.
 */
export function expectAnswer(result: ParseResult, expected: unknown): void {
  const { source: _wantSource, ...want } = expected as Record<string, unknown>
  if ('error' in want) {
    expect(result, JSON.stringify(result)).toMatchObject({ ok: false, error: { code: want.error } })
    expect(failureOf(result).reason).toMatch(/\S/)
    return
  }
  const { source: _source, ...snapshot } = snapshotOf(result) as unknown as Record<string, unknown>
  expectValue(snapshot, want, 'snapshot')
}

/** The snapshot of an answer that must be one (the test fails with the refusal otherwise). */
export function snapshotOf(result: ParseResult): PageSnapshot {
  if (!result.ok) throw new Error(`expected a snapshot, got ${JSON.stringify(result.error)}`)
  return result.value
}

/** The refusal of an answer that must be one (the test fails with the snapshot otherwise). */
export function failureOf(result: ParseResult): ReadFailure {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`)
  return result.error
}
