import { describe, expect, it } from 'vitest'
import {
  PILLAR_MIN_SPAN,
  positionOn,
  type ScaleOptions,
  scaleFor,
  TOTAL_MIN_SPAN,
  tickStep,
} from '../../src/core/chart-scale.ts'

const TOTAL: ScaleOptions = { minSpan: TOTAL_MIN_SPAN, floor: 0, ceil: 100 }
const PILLAR: ScaleOptions = { minSpan: PILLAR_MIN_SPAN, floor: 0, ceil: 25 }

describe('scaleFor', () => {
  it.each([
    // what, values, options, min, max, ticks
    ['a 40 → 47 rise fills most of the total panel', [40, 43, 47], TOTAL, 38.5, 48.5, [40, 45]],
    ['a steady total is widened to the 10-point minimum', [47, 47, 47], TOTAL, 42, 52, [45, 50]],
    ['an 8.6 → 7.8 slip keeps a 3-point pillar span', [8.6, 8.2, 7.8], PILLAR, 6.7, 9.7, [7, 8, 9]],
    ['a 0.1 wobble stays small on a pillar', [12.1, 12.2], PILLAR, 10.65, 13.65, [11, 12, 13]],
    ['a total near 100 is shifted down, not cut', [98, 99], TOTAL, 90, 100, [90, 95, 100]],
    ['a pillar near 0 is shifted up, not cut', [0.2, 0.5], PILLAR, 0, 3, [0, 1, 2, 3]],
    ['a full pillar stays under 25', [24.9, 25], PILLAR, 22, 25, [22, 23, 24, 25]],
    ['no value at all shows the whole field', [null, null], PILLAR, 0, 25, [0, 10, 20]],
    ['gaps are ignored', [null, 40, null, 47], TOTAL, 38.5, 48.5, [40, 45]],
    ['a wide range gets coarse ticks', [5, 95], TOTAL, 0, 100, [0, 50, 100]],
    ['fewer intervals for a small panel', [2, 20], { ...PILLAR, maxIntervals: 2 }, 0.2, 21.8, [10, 20]],
    ['never a single tick', [47, 47], { ...TOTAL, maxIntervals: 1 }, 42, 52, [45, 50]],
  ])('%s', (_what, values, options, min, max, ticks) => {
    const scale = scaleFor(values, options)
    expect(scale.min).toBeCloseTo(min, 9)
    expect(scale.max).toBeCloseTo(max, 9)
    expect(scale.ticks).toEqual(ticks)
  })

  it.each([
    ['total', [40, 47], TOTAL],
    ['pillar', [7.8, 8.6], PILLAR],
    ['flat total', [3, 3], TOTAL],
    ['top pillar', [24.9, 25], PILLAR],
  ])('keeps every value of a %s inside the axis, spanning at least the minimum', (_what, values, options) => {
    const scale = scaleFor(values, options)
    for (const v of values) expect(positionOn(scale, v)).toBeGreaterThanOrEqual(0)
    for (const v of values) expect(positionOn(scale, v)).toBeLessThanOrEqual(1)
    expect(scale.max - scale.min).toBeGreaterThanOrEqual(options.minSpan - 1e-9)
    expect(scale.min).toBeGreaterThanOrEqual(options.floor)
    expect(scale.max).toBeLessThanOrEqual(options.ceil)
  })

  it('turns a 7-point rise into at least a third of the total panel and a 0.1 wobble into under a tenth', () => {
    const rise = scaleFor([40, 47], TOTAL)
    expect(positionOn(rise, 47) - positionOn(rise, 40)).toBeGreaterThanOrEqual(1 / 3)
    const wobble = scaleFor([12.1, 12.2], PILLAR)
    expect(positionOn(wobble, 12.2) - positionOn(wobble, 12.1)).toBeLessThan(0.1)
  })
})

describe('tickStep', () => {
  it.each([
    [10, 5],
    [3.5, 1],
    [4, 1],
    [25, 10],
    [100, 50],
    [0.8, 0.2],
    [0, 1],
  ])('cuts a span of %d with steps of %d', (span, step) => {
    expect(tickStep(span)).toBe(step)
  })

  it('takes fewer intervals when asked', () => {
    expect(tickStep(10, 2)).toBe(5)
    expect(tickStep(3, 3)).toBe(1)
  })
})
