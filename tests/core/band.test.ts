import { describe, expect, it } from 'vitest'
import { BANDS, bandOf } from '../../src/core/band.ts'

describe('bandOf', () => {
  it.each([
    [0, 'starting'],
    [24, 'starting'],
    [24.9, 'starting'],
    [25, 'building'],
    [49, 'building'],
    [50, 'strong'],
    [74, 'strong'],
    [75, 'top'],
    [100, 'top'],
  ])('puts a total of %d in the %s band', (total, id) => {
    expect(bandOf(total)?.id).toBe(id)
  })

  it.each([-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'gives no band to %d, which is not a total',
    (total) => {
      expect(bandOf(total)).toBeNull()
    },
  )
})

describe('BANDS', () => {
  it('cover every whole total from 0 to 100 exactly once, in ascending order', () => {
    for (let total = 0; total <= 100; total++)
      expect(
        BANDS.filter((b) => total >= b.min && total <= b.max),
        `total ${total}`,
      ).toHaveLength(1)
    expect(BANDS.map((b) => b.min)).toEqual([...BANDS.map((b) => b.min)].sort((a, b) => a - b))
  })
})
