import { Fragment } from 'preact'
import { formatTenth } from '../core/format.ts'
import { formatDay } from '../core/format-date.ts'
import type { SeriesDay } from '../core/series.ts'
import { PILLAR_IDS } from '../core/snapshot.ts'
import { t, uiLocale } from './i18n.ts'
import { PILLAR_KEYS } from './TrendChart.tsx'

/**
 * The chart's numbers as a table: what a screen reader reads instead of the picture, and what a sighted user
 * can open. Only recorded days are rows (a gap has no numbers to read); newest first. A day entered by hand says
 * so, and a day's note (from the history page) follows its row.
 */
export function ChartTable({ series, today }: { series: readonly SeriesDay[]; today: string }) {
  const rows = series.filter((entry) => entry.record !== null).reverse()
  const locale = uiLocale()
  return (
    <details class="chart-table">
      <summary>{t('popupTableSummary')}</summary>
      <table>
        <caption>{t('popupTableCaption', rows.length, series.length)}</caption>
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
          {rows.map(({ day, record }) =>
            record ? (
              <Fragment key={day}>
                <tr>
                  <th scope="row">
                    {formatDay(day, locale, today)}
                    {record.source === 'manual' && <span class="by-hand"> {t('popupEnteredByHand')}</span>}
                  </th>
                  <td>{record.overall}</td>
                  {PILLAR_IDS.map((id) => (
                    <td key={id}>{formatTenth(record.pillars[id])}</td>
                  ))}
                </tr>
                {record.note !== null && (
                  <tr class="note-row" data-testid="table-note">
                    <td colSpan={2 + PILLAR_IDS.length}>{t('popupTableNote', record.note)}</td>
                  </tr>
                )}
              </Fragment>
            ) : null,
          )}
        </tbody>
      </table>
    </details>
  )
}
