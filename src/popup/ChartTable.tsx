import { useState } from 'preact/hooks'
import type { RangeSeries } from '../core/series.ts'
import { t } from './i18n.ts'
import { useModule } from './use-module.ts'

const loadRows = () => import('./ChartTableRows.tsx')

/**
 * The chart's numbers as a table: what a screen reader reads instead of the picture, and what a sighted user
 * can open. Only recorded days are rows (a gap has no numbers to read); newest first. A day entered by hand says
 * so, and a day's note (from the history page) follows its row.
 */
export function ChartTable({ series, today }: { series: RangeSeries; today: string }) {
  // Built when opened, not at the popup's first paint: "All" with ten years is ~520 rows, whose DOM and date
  // formatting cost the open more than the chart itself. A closed <details> shows nothing to anyone (its
  // content is hidden from assistive technology too), so nobody loses anything before it is opened. Its code is
  // a chunk of its own for the same reason: the popup's open does not load it.
  const [open, setOpen] = useState(false)
  const rows = useModule(loadRows, open)
  return (
    <details
      class="chart-table"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('popupTableSummary')}</summary>
      {open && rows && <rows.ChartTableRows series={series} today={today} />}
    </details>
  )
}
