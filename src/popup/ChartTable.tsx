import { Fragment } from 'preact'
import { useState } from 'preact/hooks'
import { formatTenth } from '../core/format.ts'
import { formatDay } from '../core/format-date.ts'
import type { RangeSeries } from '../core/series.ts'
import { PILLAR_IDS } from '../core/snapshot.ts'
import { UnknownValue } from '../ui/UnknownValue.tsx'
import { t, uiLocale } from './i18n.ts'
import { PILLAR_KEYS } from './pillar-keys.ts'

/**
 * The chart's numbers as a table: what a screen reader reads instead of the picture, and what a sighted user
 * can open. Only recorded days are rows (a gap has no numbers to read); newest first. A day entered by hand says
 * so, and a day's note (from the history page) follows its row.
 */
export function ChartTable({ series, today }: { series: RangeSeries; today: string }) {
  // Built when opened, not at the popup's first paint: "All" with ten years is ~520 rows, whose DOM and date
  // formatting cost the open more than the chart itself. A closed <details> shows nothing to anyone (its
  // content is hidden from assistive technology too), so nobody loses anything before it is opened.
  const [open, setOpen] = useState(false)
  return (
    <details
      class="chart-table"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('popupTableSummary')}</summary>
      {open && <Rows series={series} today={today} />}
    </details>
  )
}

function Rows({ series, today }: { series: RangeSeries; today: string }) {
  const rows = series.slots.flatMap((slot) => (slot.record ? [slot.record] : [])).reverse()
  const locale = uiLocale()
  return (
    <table>
      <caption>
        {series.step === 'week'
          ? t('popupTableCaptionWeeks', rows.length)
          : t('popupTableCaption', rows.length)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('popupTableDate')}</th>
          <th scope="col">{t('popupChartTotal')}</th>
          {PILLAR_IDS.map((id) => (
            <th key={id} scope="col">
              {t(PILLAR_KEYS[id])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((record) => (
          <Fragment key={record.day}>
            <tr>
              <th scope="row">
                {formatDay(record.day, locale, today)}
                {record.source === 'manual' && <span class="by-hand"> {t('popupEnteredByHand')}</span>}
              </th>
              <td>{record.overall}</td>
              {PILLAR_IDS.map((id) => (
                <td key={id}>
                  {record.pillars ? (
                    formatTenth(record.pillars[id])
                  ) : (
                    <UnknownValue label={t('popupUnknown')} />
                  )}
                </td>
              ))}
            </tr>
            {record.note !== null && (
              <tr class="note-row" data-testid="table-note">
                <td colSpan={2 + PILLAR_IDS.length}>{t('popupTableNote', record.note)}</td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  )
}
