/** Compares a parser answer with a fixture's expected JSON: numbers within 0.001, `null` exactly, errors by code. */
import { expect } from 'vitest'
import type { ParseResult } from '../../src/core/snapshot.ts'

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

/** `result` is the expected answer: the same error code, or the same snapshot; `source` is compared elsewhere. */
export function expectAnswer(result: ParseResult, expected: unknown): void {
  const { source: _wantSource, ...want } = expected as Record<string, unknown>
  if ('error' in want) {
    expect(result).toMatchObject({ error: want.error })
    expect((result as { reason?: unknown }).reason).toMatch(/\S/)
    return
  }
  expect(result, JSON.stringify(result)).not.toHaveProperty('error')
  const { source: _source, ...snapshot } = result as unknown as Record<string, unknown>
  expectValue(snapshot, want, 'snapshot')
}
