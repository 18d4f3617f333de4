// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { dayWithPillars, dayWithTotal } from '../support/records.ts'
import {
  type MockOptions,
  type Mounted,
  mountPopup,
  openChartTable,
  settle,
  TODAY,
  unmount,
} from './harness.tsx'

let mounted: Mounted | null = null
const mount = async (history: readonly DayRecord[], options?: MockOptions) => {
  mounted = await mountPopup(history, options)
  return mounted
}
afterEach(() => {
  if (mounted) unmount(mounted)
  mounted = null
  vi.restoreAllMocks()
})

const daysAgo = (n: number): string => addDays(TODAY, -n)

/** Recorded 3 and 2 days ago and today; yesterday is a gap. */
const history = [
  dayWithPillars(daysAgo(3), [15, 9, 7, 12]),
  dayWithPillars(daysAgo(2), [15.5, 9.5, 7.25, 12]),
  dayWithPillars(TODAY, [16.4382, 9.27, 7.815, 13.2104]),
]

function plot(m: Mounted): HTMLElement {
  const element = m.$('[data-testid="trend-chart"] [role="slider"]')
  if (!element) throw new Error('no chart slider')
  return element
}

async function press(element: HTMLElement, key: string): Promise<void> {
  element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  await settle(1)
}

describe('reading the chart with the keyboard', () => {
  it('starts at the latest recorded day when focused and moves a day per arrow key, gaps included', async () => {
    const m = await mount(history)
    const slider = plot(m)
    expect(slider.tabIndex).toBe(0)
    slider.focus()
    await settle(1)
    expect(slider.getAttribute('aria-valuenow')).toBe('48')
    expect(slider.getAttribute('aria-valuetext')).toBe(
      'Sun, 22 Nov 2026: Total 47, Brand 16.4, People 9.3, Insights 7.8, Relationships 13.2',
    )
    expect(m.text('.readout')).toContain('Sun, 22 Nov 2026')
    expect(m.$$('.cursor circle')).toHaveLength(5)

    await press(slider, 'ArrowLeft')
    expect(slider.getAttribute('aria-valuetext')).toBe('Sat, 21 Nov 2026: not recorded')
    expect(m.$$('.cursor circle')).toHaveLength(0)

    await press(slider, 'ArrowLeft')
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Fri, 20 Nov 2026: Total 44, Brand 15.5/)
  })

  it('jumps to the ends with Home and End and never leaves the window', async () => {
    const m = await mount(history)
    const slider = plot(m)
    slider.focus()
    await press(slider, 'Home')
    expect(slider.getAttribute('aria-valuenow')).toBe('0')
    await press(slider, 'ArrowLeft')
    expect(slider.getAttribute('aria-valuenow')).toBe('0')
    expect(slider.getAttribute('aria-valuetext')).toBe('Mon, 5 Oct 2026: not recorded')
    await press(slider, 'PageDown')
    expect(slider.getAttribute('aria-valuenow')).toBe('7')
    await press(slider, 'End')
    await press(slider, 'ArrowRight')
    expect(slider.getAttribute('aria-valuenow')).toBe('48')
  })
})

describe('hovering the chart', () => {
  it('shows the date of the day under the pointer, and each panel its value that day', async () => {
    const m = await mount(history)
    const svg = m.$<SVGSVGElement>('[data-testid="trend-chart"] svg')
    if (!svg) throw new Error('no svg')
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 396, 250))
    // Slot 45 of 0–48 (3 days ago) in the total's panel, whose plot runs from x = 28 to x = 370.
    svg.dispatchEvent(
      new PointerEvent('pointermove', { clientX: 28 + (45 * 342) / 48, clientY: 40, bubbles: true }),
    )
    await settle(1)
    expect(m.text('.readout')).toBe('Thu, 19 Nov 2026')
    expect(m.$$('.head-value').map((v) => v.textContent)).toEqual(['43', '15', '9', '7', '12'])
    expect(m.$$('.head-change')).toHaveLength(0)
    svg.dispatchEvent(new PointerEvent('pointerleave', { bubbles: true }))
    await settle(1)
    expect(m.text('.readout')).toBe('Sun, 22 Nov 2026')
    expect(m.$$('.head-value').map((v) => v.textContent)).toEqual(['47', '16.4', '9.3', '7.8', '13.2'])
  })
})

describe('Export CSV', () => {
  it('downloads the text the background wrote, under the name it chose', async () => {
    const csv = 'date,overall\n2026-11-22,47\n'
    const m = await mount(history, { exportResult: { filename: 'ssi-lens-2026-11-22.csv', csv, days: 1 } })
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:ssi-lens/1'
    })
    const clicks: Array<{ download: string; href: string }> = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.getAttribute('href') ?? '' })
    })
    const button = m.$$<HTMLButtonElement>('button').find((b) => b.textContent === 'Export CSV')
    expect(button).toBeDefined()
    button?.click()
    await settle()
    expect(m.mock.calls.map((c) => c.type)).toEqual(['getOverview', 'exportCsv'])
    expect(clicks).toEqual([{ download: 'ssi-lens-2026-11-22.csv', href: 'blob:ssi-lens/1' }])
    expect(await blobs[0]?.text()).toBe(csv)
    expect(m.text('.data-outcome')).toBe('Saved ssi-lens-2026-11-22.csv (1 day).')
    expect(m.$$('a[download]')).toHaveLength(0)
  })
})

/** The notes of a plain UTF-8 import. */
const PLAIN = { encoding: 'utf-8' as const, ignoredColumns: [], dateOrder: null }

describe('Import CSV', () => {
  async function choose(m: Mounted, text: string, name = 'history.csv'): Promise<void> {
    // What the change handler imports lazily, loaded first: vitest transforms a module on its first import, which
    // can take longer than the turns `settle` waits for; a known sync point instead of a race with the transform.
    await Promise.all([import('../../src/core/csv-decode.ts'), import('../../src/ui/ImportResult.tsx')])
    const input = m.$<HTMLInputElement>('input[type="file"]')
    if (!input) throw new Error('no file input')
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] })
    input.dispatchEvent(new Event('change', { bubbles: true }))
    await settle(4)
  }

  it('is a file input for CSV files labelled "Import CSV"', async () => {
    const m = await mount(history)
    const input = m.$<HTMLInputElement>('input[type="file"]')
    expect(input?.accept).toBe('.csv,text/csv')
    expect(m.$(`label[for="${input?.id}"]`)?.textContent).toBe('Import CSV')
  })

  it('sends the file text, reports the counts and reloads the overview', async () => {
    const added = [dayWithTotal(daysAgo(1), 45)]
    const m = await mount(history, {
      importResult: { ok: true, value: { added: 12, replaced: 3, kept: 40, ...PLAIN } },
      imported: added,
    })
    await choose(m, 'date,overall\n')
    expect(m.mock.calls.map((c) => c.type)).toEqual(['getOverview', 'importCsv', 'getOverview'])
    expect(m.mock.calls[1]?.payload).toEqual({ text: 'date,overall\n', encoding: 'utf-8' })
    expect(m.text('.data-outcome')).toBe('12 days added, 3 replaced, 40 kept.')
    await openChartTable(m)
    expect(m.text('.chart-table caption')).toBe('Recorded days in this range, newest first: 4')
  })

  it('turns the empty state into the overview after an import, keeping the result in view', async () => {
    const m = await mount([], {
      importResult: { ok: true, value: { added: 1, replaced: 0, kept: 0, ...PLAIN } },
      imported: [dayWithTotal(TODAY, 51)],
    })
    await choose(m, 'date,overall\n2026-11-22,51\n')
    expect(m.text('[data-testid="current-score"]')).toBe('51')
    expect(m.text('.data-outcome')).toBe('1 day added, 0 replaced, 0 kept.')
  })

  it('groups the errors by cause with their lines, writes nothing and does not reload', async () => {
    const issue = {
      code: 'out-of-range',
      field: 'brand',
      value: '31',
      min: 0,
      max: 25,
      integer: false,
    } as const
    const issues = Array.from({ length: 10 }, (_, i) => ({ line: i + 2, issue }))
    const m = await mount(history, {
      importResult: { ok: false, error: { code: 'bad-lines', issues, stoppedAt: null } },
    })
    await choose(m, 'broken', 'old.csv')
    expect(m.mock.calls.map((c) => c.type)).toEqual(['getOverview', 'importCsv'])
    expect(m.text('.data-outcome p')).toBe(
      'Nothing was imported from old.csv. Fix these lines and try again:',
    )
    expect(m.$$('.issue-groups li').map((li) => li.textContent)).toEqual([
      'Lines 2–11: Establish your professional brand is 31, not 0–25.',
    ])
    const lines = m.$$('details.issue-lines li').map((li) => li.textContent)
    expect(lines).toHaveLength(10)
    expect(lines[0]).toBe('Line 2: Establish your professional brand is 31, not 0–25.')
  })
})

describe('chart ranges', () => {
  const button = (m: Mounted, name: string) =>
    m.$$<HTMLButtonElement>('[data-testid="trend-chart"] button').find((b) => b.textContent === name)
  const long = [
    dayWithPillars(daysAgo(700), [10, 8, 7, 9]),
    dayWithPillars(daysAgo(200), [12, 9, 8, 10]),
    ...history,
  ]

  it('offers 49 days, 6 months, 1 year and All, with 49 days pressed by default', async () => {
    const m = await mount(history)
    const ranges = m.$$<HTMLButtonElement>('.ranges button')
    expect(ranges.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['49 days', 'true'],
      ['6 months', 'false'],
      ['1 year', 'false'],
      ['All', 'false'],
    ])
  })

  it('reads a longer range from the background, one point per week, and remembers the choice', async () => {
    const m = await mount(long)
    button(m, '1 year')?.click()
    await settle()
    expect(m.mock.calls.map((c) => c.type)).toEqual(['getOverview', 'getSeries'])
    expect(m.mock.calls[1]?.payload).toEqual({ range: '1y' })
    expect(m.mock.saved).toEqual([{ chartRange: '1y' }])
    expect(button(m, '1 year')?.getAttribute('aria-pressed')).toBe('true')
    expect(m.$('[role="slider"]')?.getAttribute('aria-valuemax')).toBe('52')
    // The header's third change follows the range.
    expect(m.$$('.changes dt').map((dt) => dt.textContent)).toEqual(['1 day', '7 days', '1 year'])
    expect(m.text('.readout')).toBe("Sun, 22 Nov 2026, the week's last recorded day")
  })

  it('opens on the remembered range, and "All" starts at the oldest day with the year on its labels', async () => {
    const m = await mount(long, { chartRange: 'all' })
    expect(m.mock.calls.map((c) => c.type)).toEqual(['getOverview', 'getSeries'])
    expect(button(m, 'All')?.getAttribute('aria-pressed')).toBe('true')
    const labels = m.$$('.axis text').map((t) => t.textContent)
    expect(labels[0]).toBe('22 Dec 2024')
    expect(labels.at(-1)).toBe('22 Nov 2026')
    expect(m.$$('.changes dt').map((dt) => dt.textContent)).toEqual([
      '1 day',
      '7 days',
      'since the first day',
    ])
  })

  it('goes back to 49 days from the overview, without asking the background again', async () => {
    const m = await mount(long, { chartRange: '6m' })
    button(m, '49 days')?.click()
    await settle()
    expect(m.mock.calls.map((c) => c.type)).toEqual(['getOverview', 'getSeries'])
    expect(m.$('[role="slider"]')?.getAttribute('aria-valuemax')).toBe('48')
  })
})

describe('Options', () => {
  it('is a button in the action row that opens the options page', async () => {
    const m = await mount(history)
    const options = m.$$<HTMLButtonElement>('.data-actions button').find((b) => b.textContent === 'Options')
    options?.click()
    await settle(1)
    expect(m.mock.optionsOpened).toBe(1)
  })
})
