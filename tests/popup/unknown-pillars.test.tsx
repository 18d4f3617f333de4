// @vitest-environment happy-dom
/**
 * The popup's pillar panels when the latest day is known only by its total (a totals-only import): a panel's
 * header says "—" for the unknown value and no change beside it — never "Brand — +1", which reads as a change of
 * the unknown value. (The chart's table and slider say "unknown"; the next-pillar card says why.)
 */
import { afterEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'
import { dayWithPillars, totalOnlyDay } from '../support/records.ts'
import { type Mounted, mountPopup, TODAY, unmount } from './harness.tsx'

let mounted: Mounted | null = null
afterEach(() => {
  if (mounted) unmount(mounted)
  mounted = null
})

const head = (m: Mounted, panel: string) => m.text(`[data-panel="${panel}"] .panel-head`)

describe('pillar panels when the latest day’s pillars are unknown', () => {
  it('say "—" and no change beside it, while the total keeps its value and change', async () => {
    mounted = await mountPopup([
      dayWithPillars(addDays(TODAY, -3), [15, 9, 8, 12]),
      dayWithPillars(addDays(TODAY, -2), [16, 9, 7.5, 12.5]),
      totalOnlyDay(addDays(TODAY, -1), 46),
      totalOnlyDay(TODAY, 47),
    ])
    expect(head(mounted, 'total')).toMatch(/^Total 47 \+\d/)
    expect(head(mounted, 'brand')).toBe('Brand —')
    expect(head(mounted, 'people')).toBe('People —')
    expect(head(mounted, 'insights')).toBe('Insights —')
    expect(head(mounted, 'relationships')).toBe('Relationships —')
  })

  it('say "—" and no change when no day of the range has its pillars either', async () => {
    mounted = await mountPopup([totalOnlyDay(addDays(TODAY, -1), 46), totalOnlyDay(TODAY, 47)])
    for (const id of PILLAR_IDS) expect(head(mounted, id)).toMatch(/^\S+ —$/)
  })
})
