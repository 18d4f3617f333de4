// @vitest-environment happy-dom
/**
 * The Team chart's panel headers: a person whose latest day is before the chart's last day shows their last known
 * total with its day (not "—"), while someone recorded on that day shows that day's total.
 */
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import type { DayRecord } from '../../src/core/snapshot.ts'
import { summarizeHistory, viewOf } from '../../src/core/team-summary.ts'
import { type TeamMember, teamRow } from '../../src/core/team-table.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import { TeamChart } from '../../src/team/TeamChart.tsx'
import { dayWithTotal } from '../support/records.ts'

const TODAY = '2026-11-22'
let root: HTMLElement

const member = (id: string, days: DayRecord[]): TeamMember => ({
  id,
  name: id,
  summary: viewOf(summarizeHistory(days)),
})

const head = (panel: string): string =>
  root.querySelector(`[data-panel="${panel}"] .panel-head .head-value`)?.textContent?.trim() ?? ''

beforeEach(() => {
  setMessageSource(catalogSource(messages as Catalog), 'en-GB')
  document.body.innerHTML = ''
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => render(null, root))

describe('TeamChart', () => {
  it('shows the last known total with its day for a person whose latest day is before the chart’s end', async () => {
    const rows = [
      member('anna', [dayWithTotal('2026-11-20', 40), dayWithTotal(TODAY, 44)]),
      member('ben', [dayWithTotal('2026-11-01', 52), dayWithTotal('2026-11-15', 48)]),
      member('cleo', [dayWithTotal('2026-08-01', 30)]),
    ].map((m) => teamRow(m, '49d', TODAY))
    await act(() => {
      render(<TeamChart rows={rows} range="49d" today={TODAY} />, root)
    })
    expect(head('anna')).toBe('44')
    expect(head('ben')).toBe('48 on 15 Nov')
    // Before the range altogether: still the last known value and its day, never "—".
    expect(head('cleo')).toMatch(/^30 on 1 Aug/)
  })
})
