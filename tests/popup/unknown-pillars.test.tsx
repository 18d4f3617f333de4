// @vitest-environment happy-dom
/**
 * The popup's pillar panels when the latest day is known only by its total (a totals-only import): a panel's
 * header says "—" for the unknown value and no change beside it — never "Brand — +1", which reads as a change of
 * the unknown value. (The chart's table and slider say "unknown"; the next-pillar card says why.)
 */
import { afterEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'
import { LABEL_PX } from '../../src/ui/chart-layout.ts'
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

describe('tick labels in a pillar panel', () => {
  it('sit below the panel header, even when a tick is the top of the scale', async () => {
    // Two known days at 10 and 12 put a tick at the very top of each pillar panel's scale: its label must not
    // rise into the header line above the plot ("12" under "Brand —" in the screenshot).
    mounted = await mountPopup([
      dayWithPillars(addDays(TODAY, -2), [10, 10, 10, 10]),
      dayWithPillars(addDays(TODAY, -1), [11, 11, 11, 11]),
      totalOnlyDay(TODAY, 47),
    ])
    for (const id of PILLAR_IDS) {
      const panel = mounted.$(`[data-panel="${id}"]`)
      const headY = Number(panel?.querySelector('.panel-head')?.getAttribute('y'))
      const tickYs = [...(panel?.querySelectorAll('.grid text') ?? [])].map((t) =>
        Number(t.getAttribute('y')),
      )
      expect(tickYs.length, id).toBeGreaterThanOrEqual(2)
      for (const y of tickYs) expect(y, `${id} tick label`).toBeGreaterThanOrEqual(headY + LABEL_PX)
    }
  })
})
