// @vitest-environment happy-dom
/** What the popup shows of the history page's work: days entered by hand say so, notes appear in the table. */
import { afterEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import { dayWithPillars } from '../support/records.ts'
import { type Mounted, mountPopup, openChartTable, TODAY, unmount } from './harness.tsx'

let mounted: Mounted | null = null
afterEach(() => {
  if (mounted) unmount(mounted)
  mounted = null
})

describe('days from the history page in the popup', () => {
  it('says the latest day was entered by hand instead of naming a time it was read at', async () => {
    mounted = await mountPopup([
      dayWithPillars(addDays(TODAY, -1), [16, 9, 7, 12]),
      dayWithPillars(TODAY, [16.4, 9.3, 7.8, 13.2], { source: 'manual', urlKind: 'manual' }),
    ])
    expect(mounted.text('.score-when')).toMatch(/entered by hand$/)
    expect(mounted.text('.score-when')).not.toMatch(/recorded at/)
    await openChartTable(mounted)
    expect(mounted.text('.chart-table tbody')).toContain('(entered by hand)')
  })

  it('shows a day’s note under its row in the chart’s table', async () => {
    mounted = await mountPopup([
      dayWithPillars(addDays(TODAY, -2), [16, 9, 7, 12], { note: 'Started posting twice a week' }),
      dayWithPillars(TODAY, [16, 9, 7, 13]),
    ])
    await openChartTable(mounted)
    const notes = mounted.root.querySelectorAll('[data-testid="table-note"]')
    expect([...notes].map((n) => n.textContent)).toEqual(['Note: Started posting twice a week'])
  })
})
