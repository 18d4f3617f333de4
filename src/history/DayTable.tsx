/**
 * One month of days, newest first: every number the day holds, how it was recorded and its note, with Delete.
 * Unknown values are "—", never 0. A day after today is marked in words (not by colour alone).
 */
import { useLayoutEffect } from 'preact/hooks'
import { formatDayLong } from '../core/format-date.ts'
import { isAfterToday } from '../core/history-window.ts'
import { recordedHow } from '../core/recorded-how.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { PILLAR_IDS } from '../core/snapshot.ts'
import { formatNumber } from '../shared/i18n.ts'
import { UnknownValue } from '../ui/UnknownValue.tsx'
import { PILLAR_KEYS, PILLAR_SHORT_KEYS, RECORDED_KEYS, t } from './i18n.ts'
import { NoteCell } from './NoteCell.tsx'

interface Props {
  days: readonly DayRecord[]
  today: string
  locale: string
  /** The month's name, for the table's caption ("November 2026"). */
  caption: string
  onDelete: (record: DayRecord) => void
  saveNote: (day: string, note: string | null) => Promise<void>
}

// Two decimals: what LinkedIn's own page shows for a pillar, enough to check a day against a screenshot.
const decimal = (value: number): string => formatNumber(value, { decimals: 2 })
/** "Top 12%", its number written as every number on the page (and as the popup writes a rank). */
const rankTop = (rank: number | null): string | null =>
  rank === null ? null : t('historyRankTop', formatNumber(rank))

/** Marked once, when the first rows are in the DOM: the performance suite measures "open to first rows" by it. */
export const FIRST_ROWS_MARK = 'ssi-lens:history-rows'

export function DayTable({ days, today, locale, caption, onDelete, saveNote }: Props) {
  useLayoutEffect(() => {
    if (performance.getEntriesByName(FIRST_ROWS_MARK).length === 0) performance.mark(FIRST_ROWS_MARK)
  }, [])
  return (
    <table class="days" data-testid="history-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('historyColumnDate')}</th>
          <th scope="col" class="num">
            {t('historyColumnTotal')}
          </th>
          {PILLAR_IDS.map((id) => (
            <th key={id} scope="col" class="num">
              <span aria-hidden="true">{t(PILLAR_SHORT_KEYS[id])}</span>
              <span class="sr-only">{t(PILLAR_KEYS[id])}</span>
            </th>
          ))}
          <th scope="col" class="num">
            {t('historyColumnRanks')}
          </th>
          <th scope="col" class="num">
            {t('historyColumnAverages')}
          </th>
          <th scope="col">{t('historyColumnIndustry')}</th>
          <th scope="col">{t('historyColumnRecorded')}</th>
          <th scope="col">{t('historyColumnNote')}</th>
          <th scope="col">
            <span class="sr-only">{t('historyColumnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((record) => {
          const future = isAfterToday(record.day, today)
          const dayText = formatDayLong(record.day, locale)
          return (
            <tr key={record.day} data-day={record.day} class={future ? 'future' : undefined}>
              <th scope="row" id={`date-${record.day}`}>
                <time dateTime={record.day}>{dayText}</time>
                {future && <span class="tag">{t('historyAfterToday')}</span>}
              </th>
              <td class="num total">{record.overall}</td>
              {PILLAR_IDS.map((id) => (
                <td key={id} class={`num pillar-${id}`}>
                  {record.pillars ? (
                    decimal(record.pillars[id])
                  ) : (
                    <UnknownValue label={t('historyUnknown')} />
                  )}
                </td>
              ))}
              <td class="num">
                <Pair industry={rankTop(record.industryRank)} network={rankTop(record.networkRank)} />
              </td>
              <td class="num">
                <Pair
                  industry={record.industryAverage === null ? null : decimal(record.industryAverage)}
                  network={record.networkAverage === null ? null : decimal(record.networkAverage)}
                />
              </td>
              <td class="industry">{record.industryName ?? '—'}</td>
              <td class="recorded">{t(RECORDED_KEYS[recordedHow(record)])}</td>
              <NoteCell
                day={record.day}
                dayText={dayText}
                note={record.note}
                save={(note) => saveNote(record.day, note)}
              />
              <td>
                <button
                  type="button"
                  class="danger-outline"
                  aria-describedby={`date-${record.day}`}
                  onClick={() => onDelete(record)}
                >
                  {t('historyDelete')}
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** Industry and network values in one cell, each labelled, "—" where unknown. */
function Pair({ industry, network }: { industry: string | null; network: string | null }) {
  return (
    <dl class="pair">
      <div>
        <dt>{t('historyIndustryShort')}</dt>
        <dd>{industry ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('historyNetworkShort')}</dt>
        <dd>{network ?? '—'}</dd>
      </div>
    </dl>
  )
}
