import type { Change } from '../core/advice-types.ts'
import { latestBefore } from '../core/day.ts'
import type { DayField } from '../core/day-fields.ts'
import { DAY_FIELDS } from '../core/day-fields.ts'
import { changeSincePrevious } from '../core/deltas.ts'
import { formatDay } from '../core/format-date.ts'
import { industrySwitch, sameIndustry } from '../core/industry-switch.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { comma, formatNumber } from '../shared/i18n.ts'
import { type MessageKey, plural, t, uiLocale } from './i18n.ts'

interface Props {
  /** The window (and the day before it), ascending. */
  history: readonly DayRecord[]
  latest: DayRecord
  today: string
}

interface BenchmarkRow {
  key: MessageKey
  rank: DayField
  average: DayField
  industry: boolean
}

const ROWS: readonly BenchmarkRow[] = [
  { key: 'popupIndustry', rank: 'industryRank', average: 'industryAverage', industry: true },
  { key: 'popupNetwork', rank: 'networkRank', average: 'networkAverage', industry: false },
]

/**
 * How the member compares with their industry and network, each change against the previous record. The
 * previous record's day is said once; a cell that had to reach further back (the field was missing that day,
 * or the industry was another) names its own day.
 */
export function Benchmarks({ history, latest, today }: Props) {
  const day = (d: string) => formatDay(d, uiLocale(), today)
  const known = ROWS.some(
    (g) => DAY_FIELDS[g.rank](latest) !== null || DAY_FIELDS[g.average](latest) !== null,
  )
  const previous = latestBefore(history, latest.day)?.day ?? null
  const change = (group: BenchmarkRow, field: DayField): Change | null => {
    const read = DAY_FIELDS[field]
    return changeSincePrevious(history, latest, group.industry ? sameIndustry(latest, read) : read)
  }
  const since = (c: Change) => (c.since === previous ? '' : ` ${t('popupSince', day(c.since))}`)
  const switched = industrySwitch(history, latest)
  return (
    <section class="card benchmarks" aria-labelledby="benchmarks-title">
      <h2 id="benchmarks-title">
        {t('popupBenchmarksTitle')}
        {known && previous && <span class="muted"> · {t('popupChangesSince', day(previous))}</span>}
      </h2>
      {known ? (
        <table>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('popupRank')}</th>
              <th scope="col">{t('popupAverage')}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((group) => {
              const rank = DAY_FIELDS[group.rank](latest)
              const average = DAY_FIELDS[group.average](latest)
              const rankChange = change(group, group.rank)
              const averageChange = change(group, group.average)
              // The comma is part of the text, so a screen reader reads "Top 12%, 1 point better", not "12%1".
              return (
                <tr key={group.key}>
                  {/* The industry's name is long; it is the row's tooltip and read out, but takes no line. */}
                  {group.industry && latest.industryName !== null && !switched ? (
                    <th scope="row" title={t('popupIndustryName', latest.industryName)}>
                      {t(group.key)}
                      <span class="sr-only">{` (${latest.industryName})`}</span>
                    </th>
                  ) : (
                    <th scope="row">{t(group.key)}</th>
                  )}
                  <td>
                    {rank === null ? '—' : t('popupRankTop', formatNumber(rank))}
                    {rankChange && (
                      <small class={`delta ${rankTone(rankChange)}`}>
                        {`${comma()}${rankText(rankChange)}${since(rankChange)}`}
                      </small>
                    )}
                  </td>
                  <td>
                    {average === null ? '—' : formatNumber(average)}
                    {averageChange && (
                      <small class="delta neutral">
                        {`${comma()}${
                          averageChange.delta === 0
                            ? t('popupUnchanged')
                            : formatNumber(averageChange.delta, { signed: true })
                        }${since(averageChange)}`}
                      </small>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p>{t('popupNoBenchmarks')}</p>
      )}
      {latest.industryName !== null && switched && (
        <p>{t('popupIndustrySwitch', latest.industryName, day(switched.since), switched.before)}</p>
      )}
    </section>
  )
}

// "Top N %" is better when smaller, so a rank change is put in words rather than a sign that reads backwards,
// with its unit: percentage points.
function rankText(change: Change): string {
  if (change.delta === 0) return t('popupUnchanged')
  return plural(change.delta < 0 ? 'popupRankBetter' : 'popupRankWorse', Math.abs(change.delta))
}

function rankTone(change: Change): string {
  return change.delta === 0 ? 'flat' : change.delta < 0 ? 'good' : 'bad'
}
