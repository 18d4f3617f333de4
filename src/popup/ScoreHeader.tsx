import type { Change } from '../core/advice-types.ts'
import { type BandId, bandOf } from '../core/band.ts'
import { formatSignedTenth } from '../core/format.ts'
import { formatDay, formatTime } from '../core/format-date.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { type MessageKey, t, uiLocale } from './i18n.ts'

const BAND_KEYS: Record<BandId, MessageKey> = {
  starting: 'popupBandStarting',
  building: 'popupBandBuilding',
  strong: 'popupBandStrong',
  top: 'popupBandTop',
}

/** The three horizons the header compares against, with their labels. */
export const CHANGE_DAYS = [
  { days: 1, key: 'popupChange1Day' },
  { days: 7, key: 'popupChange7Days' },
  { days: 49, key: 'popupChange49Days' },
] as const satisfies ReadonlyArray<{ days: number; key: MessageKey }>

interface Props {
  latest: DayRecord
  today: string
  /** One per entry of CHANGE_DAYS, in that order. */
  changes: ReadonlyArray<Change | null>
}

/** Where am I: the latest total, its band, and how it moved over 1, 7 and 49 days. */
export function ScoreHeader({ latest, today, changes }: Props) {
  const locale = uiLocale()
  const band = bandOf(latest.overall)
  return (
    <header class="score">
      <p class="score-when">
        {/* A day entered by hand has no time it was read at: say how it was recorded instead. */}
        {latest.source === 'manual'
          ? t('popupScoreByHand', formatDay(latest.day, locale, today))
          : latest.day === today
            ? t('popupScoreToday', formatTime(latest.capturedAt, locale))
            : t('popupScoreOn', formatDay(latest.day, locale, today))}
      </p>
      <p class="score-main">
        <span class="score-value" data-testid="current-score">
          {latest.overall}
        </span>
        <span class="score-of">{t('popupOutOf')}</span>
        {band && <span class={`band band-${band.id}`}>{t(BAND_KEYS[band.id])}</span>}
      </p>
      <dl class="changes">
        {CHANGE_DAYS.map(({ days, key }, i) => (
          <div key={days}>
            <dt>{t(key)}</dt>
            <dd>
              <ChangeValue change={changes[i] ?? null} today={today} />
            </dd>
          </div>
        ))}
      </dl>
      {band && <p class="band-note">{t('popupBandNote', band.min, band.max)}</p>}
    </header>
  )
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
      {formatSignedTenth(change.delta)}
      {!change.exact && (
        <span class="since"> {t('popupSince', formatDay(change.since, uiLocale(), today))}</span>
      )}
    </span>
  )
}
