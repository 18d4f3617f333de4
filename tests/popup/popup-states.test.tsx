// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import arabic from '../../_locales/ar/messages.json' with { type: 'json' }
import { addDays } from '../../src/core/day.ts'
import { forecastGoal } from '../../src/core/forecast.ts'
import { nextPillar } from '../../src/core/next-pillar.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { PILLAR_LABELS } from '../../src/core/snapshot.ts'
import type { Catalog } from '../../src/popup/i18n.ts'
import { CHART_DRAWN_MARK } from '../../src/popup/marks.ts'
import { actionWords, reasonWords } from '../../src/shared/advice-words.ts'
import { dayWithPillars, dayWithTotal } from '../support/records.ts'
import { type Mounted, mountPopup, openChartTable, TODAY, unmount } from './harness.tsx'

let mounted: Mounted | null = null
const mount = async (...args: Parameters<typeof mountPopup>) => {
  mounted = await mountPopup(...args)
  return mounted
}
afterEach(() => {
  if (mounted) unmount(mounted)
  mounted = null
})

const daysAgo = (n: number): string => addDays(TODAY, -n)

/** Seven weeks with gaps: recorded on the days listed (days ago), totals rising by one a day. */
function gappyWindow(recordedDaysAgo: readonly number[]): DayRecord[] {
  return recordedDaysAgo.map((ago) =>
    dayWithPillars(daysAgo(ago), [12 + (48 - ago) * 0.1, 8, 7 + (48 - ago) * 0.05, 10]),
  )
}

describe('the popup with no data yet', () => {
  it('explains what to do and links to the SSI page in a new tab', async () => {
    const { $, text } = await mount([])
    expect(text('.empty h1')).toBe('No SSI recorded yet')
    const link = $<HTMLAnchorElement>('.empty a')
    expect(link?.href).toBe('https://www.linkedin.com/sales/ssi')
    expect(link?.target).toBe('_blank')
    expect(link?.rel).toBe('noopener')
    expect($('[data-testid="current-score"]')).toBeNull()
    expect($('[data-testid="trend-chart"]')).toBeNull()
  })

  it('still offers Import CSV, and Export CSV only once there is something to export', async () => {
    const { $ } = await mount([])
    expect($<HTMLInputElement>('#import-csv')?.disabled).toBe(false)
    expect($<HTMLButtonElement>('.data button')?.disabled).toBe(true)
  })

  it('shows why the last visit could not be read, without the "today" line', async () => {
    const failure = {
      error: 'not-logged-in' as const,
      reason: 'the sign-in form was shown',
      at: `${TODAY}T07:00:00.000Z`,
      urlKind: 'page-load' as const,
    }
    const { text, $ } = await mount([], { lastFailure: failure })
    expect(text('.status-failure p')).toMatch(/^You were not signed in to LinkedIn \(last visit, .+\)$/)
    expect(text('.failure-action')).toBe('Sign in to LinkedIn, then open your SSI page again')
    expect($<HTMLAnchorElement>('.failure-action a')?.href).toBe('https://www.linkedin.com/sales/ssi')
    // The technical reason is for bug reports: behind "Details", never in the line itself.
    expect(text('.failure-toggle')).toBe('Details')
    expect(text('.failure-details')).toBe('Code not-logged-in: the sign-in form was shown')
    expect($('.failure-toggle')?.getAttribute('aria-expanded')).toBe('false')
    expect($<HTMLElement>('.failure-details')?.hidden).toBe(true)
    expect(text('.status')).not.toContain('Today is not recorded yet')
  })
})

describe('the popup with one day', () => {
  it('shows the total, its band and a single point that says a trend needs two days', async () => {
    const { $$, text } = await mount([dayWithTotal(TODAY, 47)])
    expect(text('[data-testid="current-score"]')).toBe('47')
    expect(text('.band')).toMatch(/^Building/)
    // LinkedIn publishes no bands: said on hover and to screen readers, not as a line of its own.
    expect($$('.band')[0]?.title).toBe("Band 25–49 on SSI Lens's own scale; LinkedIn publishes no bands")
    expect($$('[data-series="overall"] circle')).toHaveLength(1)
    expect($$('[data-series="overall"] path')).toHaveLength(0)
    expect(text('[data-testid="trend-chart"] figcaption')).toBe(
      'One day recorded. A trend needs two days: come back tomorrow.',
    )
    expect($$('.changes dd').map((dd) => dd.textContent?.trim())).toEqual(
      Array(3).fill('— no earlier day to compare with'),
    )
    expect(text('.score-when')).toMatch(/^Your SSI today, recorded at \d\d:\d\d$/)
    expect($$('.status')).toHaveLength(0)
  })

  it('reads one getOverview on open, and nothing else through the protocol', async () => {
    const { mock } = await mount([dayWithTotal(TODAY, 47)])
    expect(mock.calls.map((c) => c.type)).toEqual(['getOverview'])
  })

  it('marks when the chart is drawn, for the open-to-chart budget, and says it is ready', async () => {
    performance.clearMarks(CHART_DRAWN_MARK)
    const { $ } = await mount([dayWithTotal(TODAY, 47)])
    expect(performance.getEntriesByName(CHART_DRAWN_MARK)).toHaveLength(1)
    expect($('main')?.dataset.state).toBe('ready')
    expect($('main')?.hasAttribute('data-ready')).toBe(true)
  })
})

describe('the popup with two days', () => {
  it('compares with yesterday exactly, and says which day when 7 or 49 days back has no record', async () => {
    const { $$ } = await mount([dayWithTotal(daysAgo(1), 44), dayWithTotal(TODAY, 47)])
    const changes = $$('.changes div').map((d) => d.textContent?.replace(/\s+/g, ' ').trim())
    expect(changes).toEqual(['1 day+3', '7 days+3 since 21 Nov', '49 days+3 since 21 Nov'])
    expect($$('[data-series="overall"] path')).toHaveLength(1)
    expect($$('[data-testid="trend-chart"] figcaption')).toHaveLength(0)
  })

  it('says today is not recorded yet when the latest day is yesterday, with a link to the page', async () => {
    const { text, $ } = await mount([dayWithTotal(daysAgo(2), 40), dayWithTotal(daysAgo(1), 44)])
    expect(text('.score-when')).toBe('Your SSI on 21 Nov')
    expect(text('.status-pending')).toBe('Today is not recorded yet. Open your SSI page')
    expect($<HTMLAnchorElement>('.status-pending a')?.target).toBe('_blank')
  })
})

describe('the popup with 49 days and gaps', () => {
  const recorded = [48, 47, 46, 40, 39, 30, 20, 19, 18, 17, 10, 5, 4, 3, 2, 1, 0]
  const history = gappyWindow(recorded)

  it('draws a line only through consecutive days and a dot for each lone day', async () => {
    const { $$ } = await mount(history)
    // Runs: 48–46, 40–39, 30 (lone), 20–17, 10 (lone), 5–0.
    expect($$('[data-series="overall"] path')).toHaveLength(4)
    expect($$('[data-series="overall"] circle')).toHaveLength(2)
    for (const id of ['brand', 'people', 'insights', 'relationships'])
      expect($$(`[data-series="${id}"] path`)).toHaveLength(4)
  })

  it('never draws a point for a day without a record', async () => {
    const { $$ } = await mount(history)
    const xs = $$('[data-series="overall"] path').flatMap((p) =>
      [...(p.getAttribute('d') ?? '').matchAll(/[ML]?([\d.]+),/g)].map((m) => Number(m[1])),
    )
    // Days 48 and 0 are both recorded: they are the plot's left and right edges.
    const [left, right] = [Math.min(...xs), Math.max(...xs)]
    const days = xs.map((x) => 48 - Math.round(((x - left) / (right - left)) * 48))
    expect(days.every((ago) => recorded.includes(ago))).toBe(true)
    expect(days).toHaveLength(recorded.length - 2)
  })

  it('builds the table only when it is opened', async () => {
    const m = await mount(history)
    expect(m.$$('.chart-table table')).toHaveLength(0)
    await openChartTable(m)
    expect(m.$$('.chart-table table')).toHaveLength(1)
  })

  it('lists exactly the recorded days in the table, newest first', async () => {
    const m = await mount(history)
    await openChartTable(m)
    const { $$, text } = m
    const rows = $$('.chart-table tbody tr')
    expect(rows).toHaveLength(recorded.length)
    expect(rows[0]?.querySelector('th')?.textContent).toBe('22 Nov')
    expect(text('.chart-table caption')).toBe(`Recorded days in this range, newest first: ${recorded.length}`)
    expect(text('.chart-table summary')).toBe("The chart's numbers as a table")
  })

  it('names the next pillar with its English label, as the core rule picks it', async () => {
    const latest = history.at(-1) as DayRecord
    const advice = nextPillar(history, latest)
    expect(advice).not.toBeNull()
    const { text, $$ } = await mount(history)
    expect(text('[data-testid="next-pillar"] .next-label')).toBe(PILLAR_LABELS[advice?.pillar ?? 'brand'])
    if (!advice) return
    expect(text('[data-testid="next-pillar"] .next-reason')).toBe(reasonWords(advice))
    expect(text('[data-testid="next-pillar"] .next-reason')).toMatch(/ is \d+(\.\d)? of 25/)
    expect($$('[data-testid="next-pillar"] li').map((li) => li.textContent)).toEqual(
      advice.actions.map(actionWords),
    )
  })

  it('draws each pillar in its own panel, named, with its own tick labels', async () => {
    const { $$, text } = await mount(history)
    for (const id of ['brand', 'people', 'insights', 'relationships']) {
      expect($$(`[data-panel="${id}"] [data-series="${id}"]`)).toHaveLength(1)
      expect($$(`[data-panel="${id}"] [data-series]`)).toHaveLength(1)
      expect($$(`[data-panel="${id}"] .grid text`).length).toBeGreaterThanOrEqual(2)
    }
    expect(text('[data-panel="insights"] .panel-head')).toMatch(/^Insights \d/)
  })
})

describe('the popup with ten years of history', () => {
  const history = Array.from({ length: 3650 }, (_, i) =>
    dayWithPillars(daysAgo(3649 - i), [10 + (i % 50) / 10, 8, 7, 10]),
  )

  it('receives only the window and draws the chart', async () => {
    const { $, $$, text, mock } = await mount(history)
    expect(text('[data-testid="current-score"]')).toBe(String(history.at(-1)?.overall))
    expect($('[data-testid="trend-chart"] svg')).not.toBeNull()
    expect($$('[data-series="overall"] path')).toHaveLength(1)
    // One overview message, whatever the years stored; the time budget is measured in tests/e2e/budgets.test.ts.
    expect(mock.calls).toHaveLength(1)
  })
})

describe('the popup after a failed reading', () => {
  it('shows the failure in words a person can act on, the reason only behind Details', async () => {
    const { text } = await mount([dayWithTotal(daysAgo(1), 44)], {
      lastFailure: {
        error: 'inconsistent',
        reason: 'the pillars add up to 52.1, which does not match the total 47 (±1)',
        at: `${TODAY}T10:00:00.000Z`,
        urlKind: 'page-load',
      },
    })
    expect(text('.status-failure strong')).toBe(
      'The numbers on the page did not add up, so nothing was recorded',
    )
    expect(text('.failure-action')).toBe("See 'When LinkedIn changes the page' in the README")
    expect(text('.failure-details')).toBe(
      'Code inconsistent: the pillars add up to 52.1, which does not match the total 47 (±1)',
    )
    // The failure today already says that nothing was recorded: no second line says it again.
    expect(text('.status')).not.toContain('Today is not recorded yet.')
  })

  it.each(['timeout', 'unrecognized'] as const)(
    'says a %s means SSI Lens could not read the page, not that the network was slow',
    async (error) => {
      const { text, $$ } = await mount([dayWithTotal(daysAgo(1), 44)], {
        lastFailure: {
          error,
          reason: 'no .ssi-score in main',
          at: `${TODAY}T10:00:00.000Z`,
          urlKind: 'page-load',
        },
      })
      expect(text('.status-failure strong')).toBe(
        'SSI Lens could not read this page — LinkedIn may have changed it',
      )
      // What shows without opening Details:
      const shown = $$<HTMLElement>('.status-failure > p')
        .filter((p) => !p.hidden)
        .map((p) => p.textContent)
        .join(' ')
      expect(shown).not.toContain('.ssi-score')
      expect(shown).not.toMatch(/in time/)
    },
  )

  it('says so plainly when the overview itself cannot be read', async () => {
    const { text } = await mount([], { overviewError: 'SSI Lens did not answer "getOverview"' })
    expect(text('[role="alert"]')).toBe(
      'SSI Lens could not read your history: SSI Lens did not answer "getOverview"',
    )
  })
})

describe('benchmarks', () => {
  const base = { industryRank: 14, networkRank: 20, industryAverage: 31, networkAverage: 35 }

  it('shows ranks and averages with their change since the previous record, naming that day once', async () => {
    const { $$, text } = await mount([
      dayWithTotal(daysAgo(3), 44, { ...base, industryName: 'IT Services' }),
      dayWithTotal(TODAY, 47, {
        industryRank: 12,
        networkRank: 21,
        industryAverage: 32,
        networkAverage: 35,
        industryName: 'IT Services',
      }),
    ])
    const rows = $$('.benchmarks tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      // The industry's name is read out with the row (and is its tooltip), without a line of its own.
      ['Industry (IT Services)', 'Top 12%, 2 points better', '32, +1'],
      ['Network', 'Top 21%, 1 point worse', '35, unchanged'],
    ])
    expect($$('.benchmarks tbody th')[0]?.title).toBe('Industry: IT Services')
    expect(text('.benchmarks h2')).toBe('Compared with others · changes since 19 Nov')
  })

  it('joins each value to its change with the comma of the UI language', async () => {
    const language = { catalog: arabic as Catalog, locale: 'ar' }
    const { $$ } = await mount([dayWithTotal(daysAgo(3), 44, base), dayWithTotal(TODAY, 47, base)], {
      language,
    })
    const changes = $$('.benchmarks tbody small').map((small) => small.textContent)
    expect(changes).toHaveLength(4)
    // Arabic writes "،", as the catalogue's own sentences do; a Latin comma stood between Arabic words.
    for (const change of changes) expect(change).toMatch(/^، \S/)
  })

  it('names its own day for a change that had to reach further back than the previous record', async () => {
    const { $$ } = await mount([
      dayWithTotal(daysAgo(3), 44, base),
      dayWithTotal(daysAgo(1), 45, { ...base, networkRank: null }),
      dayWithTotal(TODAY, 47, base),
    ])
    const network = $$('.benchmarks tbody tr')[1]?.querySelectorAll('small')
    expect(network?.[0]?.textContent).toBe(', unchanged since 19 Nov')
    expect(network?.[1]?.textContent).toBe(', unchanged')
  })

  it('notes when LinkedIn starts comparing with a different industry, and does not compare across it', async () => {
    const { $$ } = await mount([
      dayWithTotal(daysAgo(5), 44, { ...base, industryName: 'IT Services' }),
      dayWithTotal(daysAgo(2), 45, { ...base, industryName: 'Computer Software', industryRank: 9 }),
      dayWithTotal(TODAY, 47, { ...base, industryName: 'Computer Software', industryRank: 8 }),
    ])
    expect($$('.benchmarks > p').map((p) => p.textContent)).toEqual([
      'Compared with Computer Software since 20 Nov, before: IT Services',
    ])
    expect($$('.benchmarks tbody tr')[0]?.textContent).toContain('1 point better')
  })

  it('does not compare an industry number across a switch of industry', async () => {
    const { $$ } = await mount([
      dayWithTotal(daysAgo(5), 44, { ...base, industryName: 'IT Services' }),
      dayWithTotal(TODAY, 47, { ...base, industryName: 'Computer Software', industryRank: 8 }),
    ])
    expect($$('.benchmarks tbody tr')[0]?.querySelectorAll('small')).toHaveLength(0)
    expect($$('.benchmarks tbody tr')[1]?.querySelectorAll('small')).toHaveLength(2)
  })

  it('shows a dash, not a zero, for a benchmark the page did not give', async () => {
    const { $$ } = await mount([dayWithTotal(TODAY, 47, { industryRank: 12, industryAverage: 32 })])
    const network = $$('.benchmarks tbody tr')[1]?.textContent?.replace(/\s+/g, ' ').trim()
    expect(network).toBe('Network——')
  })

  it('says so when the page gave no benchmarks at all', async () => {
    const { text } = await mount([dayWithTotal(TODAY, 47)])
    expect(text('.benchmarks p')).toBe('Your last visit did not show ranks or averages.')
  })
})

describe('the goal line', () => {
  const rising = Array.from({ length: 10 }, (_, i) => dayWithTotal(daysAgo(9 - i), 40 + i))

  it.each([
    [60, 'on-track', /^Goal 60: around \d+ \w{3} at the current trend \(in \d+ days\)\.$/],
    [45, 'reached', /^Goal 45 reached: your total is 49\.$/],
  ])('with goal %i says %s', async (goal, kind, sentence) => {
    expect(forecastGoal(rising, goal, TODAY).kind).toBe(kind)
    const { $, text } = await mount(rising, { goal })
    expect($('.goal-line')?.dataset.forecast).toBe(kind)
    expect(text('.goal-line')).toMatch(sentence)
    // The goal line is drawn where it falls inside the total's axis; the sentence says it either way.
    expect($('.reference line') !== null).toBe(goal <= 50)
  })

  it('asks for more days before forecasting', async () => {
    const { text } = await mount(rising.slice(-3), { goal: 80 })
    expect(text('.goal-line')).toBe(
      'Goal 80: a forecast needs 7 recorded days in the last 49; there are 3 so far.',
    )
  })

  it('is absent without a goal', async () => {
    const { $ } = await mount(rising)
    expect($('.goal-line')).toBeNull()
    expect($('.reference')).toBeNull()
  })
})

describe('the next-pillar card when every pillar is full', () => {
  it('says there is nothing left to improve', async () => {
    const { text } = await mount([dayWithPillars(TODAY, [25, 25, 25, 25])])
    expect(text('[data-testid="next-pillar"] .next-reason')).toBe(
      'All four pillars are at 25: there is nothing left to improve.',
    )
    expect(text('.band')).toMatch(/^Top/)
  })
})

describe('the popup with a day stored after today', () => {
  it("shows today's score as the latest and says plainly which days are dated after today", async () => {
    const { $, text } = await mount([
      dayWithTotal(daysAgo(1), 40),
      dayWithTotal(TODAY, 47),
      dayWithTotal(addDays(TODAY, 2), 40),
    ])
    expect(text('[data-testid="current-score"]')).toContain('47')
    expect(text('.status')).not.toContain('Today is not recorded yet')
    expect(text('[data-testid="future-days"]')).toBe(
      '1 day is dated after today (24 Nov): SSI Lens keeps it but does not count it as your latest score. You can delete such a day one by one: open the History page',
    )
    const link = $<HTMLAnchorElement>('[data-testid="future-days"] a')
    expect(link?.getAttribute('href')).toBe('../history/index.html')
    expect(link?.target).toBe('_blank')
  })

  it('counts and names them when there are several, and shows them even before anything else is recorded', async () => {
    const days = [1, 2, 3, 400].map((n) => dayWithTotal(addDays(TODAY, n), 40))
    const { text } = await mount(days)
    expect(text('.empty h1')).toBe('No SSI recorded yet')
    expect(text('[data-testid="future-days"]')).toContain(
      '4 days are dated after today (23 Nov, 24 Nov, 25 Nov and 1 more)',
    )
  })

  it('says nothing about it when no day is after today', async () => {
    const { $ } = await mount([dayWithTotal(TODAY, 47)])
    expect($('[data-testid="future-days"]')).toBeNull()
  })
})

describe('the popup after a capture that could not be saved', () => {
  it('says the visit was read but not saved, and why, with the technical reason apart', async () => {
    const failure = {
      error: 'not-saved' as const,
      reason: 'QuotaExceededError: the quota has been exceeded',
      at: `${TODAY}T09:00:00.000Z`,
      urlKind: 'page-load' as const,
    }
    const { text } = await mount([dayWithTotal(daysAgo(1), 40)], { lastFailure: failure })
    expect(text('.status-failure strong')).toContain("the browser's storage is full")
    expect(text('.failure-action')).toBe('Free some disk space, then open your SSI page again')
    // The error's name is for a bug report: behind Details.
    expect(text('.failure-details')).toBe('Code not-saved: QuotaExceededError: the quota has been exceeded')
    expect(text('.status-failure > p')).not.toContain('QuotaExceededError')
  })
})
