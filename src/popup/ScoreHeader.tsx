import type { Change } from '../core/advice-types.ts'
import { type BandId, bandOf } from '../core/band.ts'
import { formatDay, formatTime } from '../core/format-date.ts'
import type { ChartRange } from '../core/series.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { formatNumber } from '../shared/i18n.ts'
import { type MessageKey, t, uiLocale } from './i18n.ts'

const BAND_KEYS: Record<BandId, MessageKey> = {
  starting: 'popupBandStarting',
  building: 'popupBandBuilding',
  strong: 'popupBandStrong',
  top: 'popupBandTop',
}

/** The third change follows the chart's range. */
const RANGE_CHANGE_KEYS: Record<ChartRange, MessageKey> = {
  '49d': 'popupChange49Days',
  '6m': 'popupChange6Months',
  '1y': 'popupChange1Year',
  all: 'popupChangeAll',
}

interface Props {
  latest: DayRecord
  today: string
  /** Over 1 day, 7 days and the chart's range, in that order. */
  changes: ReadonlyArray<Change | null>
  range: ChartRange
}

/** Where am I: the latest total, its band, and how it moved over 1 day, 7 days and the chart's range. */
export function ScoreHeader({ latest, today, changes, range }: Props) {
  const locale = uiLocale()
  const band = bandOf(latest.overall)
  const labels: MessageKey[] = ['popupChange1Day', 'popupChange7Days', RANGE_CHANGE_KEYS[range]]
  return (
    <header class="score">
      <h1 class="score-when">{whenText(latest, today, locale)}</h1>
      <p class="score-main">
        <span class="score-value" data-testid="current-score">
          {latest.overall}
        </span>
        <span class="score-of">{t('popupOutOf')}</span>
        {/* LinkedIn publishes no bands: the note says so on hover and to screen readers, and in the README. */}
        {band && (
          <span class={`band band-${band.id}`} title={t('popupBandNote', band.min, band.max)}>
            {t(BAND_KEYS[band.id])}
            <span class="sr-only">{` (${t('popupBandNote', band.min, band.max)})`}</span>
          </span>
        )}
      </p>
      <dl class="changes">
        {labels.map((key, i) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>
              <ChangeValue change={changes[i] ?? null} today={today} />
            </dd>
          </div>
        ))}
      </dl>
    </header>
  )
}

/**
 * "Your SSI today, recorded at 08:15" for a capture; an imported day says it was imported and names no hour —
 * the file gave none, or one from another browser's clock (the stored time of a day imported without one is a
 * placeholder, never a time anybody recorded).
 */
function whenText(latest: DayRecord, today: string, locale: string): string {
  const day = formatDay(latest.day, locale, today)
  // A day entered by hand has no time it was read at either: say how it was recorded instead.
  if (latest.source === 'manual') return t('popupScoreByHand', day)
  if (latest.source === 'csv') return t('popupScoreImported', day)
  return latest.day === today
    ? t('popupScoreToday', formatTime(latest.capturedAt, locale))
    : t('popupScoreOn', day)
}

/** "+3", or "+3 since 14 Nov" when the compared day is not exactly that far back; "—" when there is none. */
function ChangeValue({ change, today }: { change: Change | null; today: string }) {
  if (change === null)
    return (
      <span class="delta none" title={t('popupChangeNone')}>
        —<span class="sr-only"> {t('popupChangeNone')}</span>
      </span>
    )
  const direction = change.delta === 0 ? 'flat' : change.delta > 0 ? 'good' : 'bad'
  return (
    <span class={`delta ${direction}`}>
      {formatNumber(change.delta, { signed: true })}
      {!change.exact && (
        <span class="since"> {t('popupSince', formatDay(change.since, uiLocale(), today))}</span>
      )}
    </span>
  )
}
