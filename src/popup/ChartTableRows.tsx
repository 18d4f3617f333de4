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
  const locale = uiLocale()
  const manual = new Set(series.manual)
  const notes = new Map(series.notes.map((entry) => [entry.slot, entry.notes]))
  const rows: number[] = []
  for (let slot = series.days.length - 1; slot >= 0; slot--) if (series.days[slot] !== null) rows.push(slot)
  const weekly = series.step === 'week'
  return (
    <table>
      <caption>
        {weekly ? t('popupTableCaptionWeeks', rows.length) : t('popupTableCaption', rows.length)}
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
        {rows.map((slot) => {
          const day = series.days[slot] as string
          return (
            <Fragment key={day}>
              <tr>
                <th scope="row">
                  {formatDay(day, locale, today)}
                  {manual.has(slot) && <span class="by-hand"> {t('popupEnteredByHand')}</span>}
                </th>
                <td>{series.overall[slot]}</td>
                {PILLAR_IDS.map((id) => (
                  <td key={id}>
                    <Cell value={series.pillars[id][slot]} />
                  </td>
                ))}
              </tr>
              {/* A week's row shows its last recorded day; the notes of its other days follow it, each with its day. */}
              {(notes.get(slot) ?? []).map((entry) => (
                <tr key={entry.day} class="note-row" data-testid="table-note">
                  <td colSpan={2 + PILLAR_IDS.length}>
                    {weekly && entry.day !== day
                      ? t('popupNoteOnDay', formatDay(entry.day, locale, today), entry.note)
                      : t('popupTableNote', entry.note)}
                  </td>
                </tr>
              ))}
            </Fragment>
          )
        })}
      </tbody>
    </table>
  )
}

/** A pillar of a shown day: its value, or "—" (named "unknown") for a day known only by its total. */
function Cell({ value }: { value: number | null | undefined }) {
  return value === null || value === undefined ? (
    <UnknownValue label={t('popupUnknown')} />
  ) : (
    formatNumber(value)
  )
}
