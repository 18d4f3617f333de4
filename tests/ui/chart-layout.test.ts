/**
 * The chart's layout when a page asks it to be shorter (the popup, to fit 600 px): exactly as much shorter as asked
 * while it can be, never below its minimum plot heights, and unchanged when nothing is asked.
 */
import { describe, expect, it } from 'vitest'
import { layoutChart } from '../../src/ui/chart-layout.ts'
import type { ChartPanel } from '../../src/ui/chart-types.ts'

const panel = (id: string, size: ChartPanel['size']): ChartPanel => ({
  id,
  size,
  scale: { minSpan: 2, floor: 0, ceil: 25 },
  series: [{ id, label: id, tone: 'total', values: [1, 2], format: String, formatChange: String }],
})
// The popup's panels: the total wide, the four pillars two to a row.
const popupPanels = [panel('total', 'wide'), ...['a', 'b', 'c', 'd'].map((id) => panel(id, 'small'))]
const natural = layoutChart(popupPanels, 396).height
const plotHeights = (shrink: number) =>
  layoutChart(popupPanels, 396, shrink).boxes.map((b) => b.plotBottom - b.plotTop)

describe('layoutChart with a shrink', () => {
  it.each([
    // shrink asked, px shorter than the natural height
    [0, 0],
    [-10, 0],
    [1, 1], // rounded up: at least as much as asked
    [13, 13],
    [26, 26],
    [52, 52], // all it can give: the total 64 → 40, each pillar row 44 → 30
    [200, 52],
  ])('asked for %d px, it is %d px shorter', (shrink, shorter) => {
    const height = layoutChart(popupPanels, 396, shrink).height
    expect(natural - height).toBeGreaterThanOrEqual(shorter)
    expect(natural - height).toBeLessThanOrEqual(shorter + 2)
  })

  it('never draws a plot below its minimum, and keeps the natural heights unasked', () => {
    expect(plotHeights(0)).toEqual([64, 44, 44, 44, 44])
    expect(plotHeights(1000)).toEqual([40, 30, 30, 30, 30])
  })
})
