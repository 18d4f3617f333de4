import { Fragment } from 'preact'
import { formatDay } from '../core/format-date.ts'
import type { RangeSeries } from '../core/series.ts'
import { PILLAR_IDS } from '../core/snapshot.ts'
import { formatNumber } from '../shared/i18n.ts'
import { UnknownValue } from '../ui/UnknownValue.tsx'
import { t, uiLocale } from './i18n.ts'
import { PILLAR_KEYS } from './pillar-keys.ts'

/** The rows of the chart's table (ChartTable.tsx), loaded when the table is first opened. */
export function ChartTableRows({ series, today }: { series: RangeSeries; today: string }) {
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
                    formatNumber(record.pillars[id])
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
