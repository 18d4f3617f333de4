import { useMemo } from 'preact/hooks'
import { formatDay } from '../core/format-date.ts'
import { latestShift } from '../core/shift.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { formatNumber } from '../shared/i18n.ts'
import { t, uiLocale } from './i18n.ts'
import './platform-shift.css'

interface Props {
  /** The days around `latest` (the popup's window); the rule needs only the record before `latest`. */
  history: readonly DayRecord[]
  latest: DayRecord
  today: string
}

/**
 * Says when the latest change was LinkedIn's, not the member's: the total and both peer averages moved the same
 * way at once (`core/shift.ts`). Renders nothing otherwise, so `[data-testid="platform-shift"]` exists only then.
 */
export function PlatformShift({ history, latest, today }: Props) {
  const shift = useMemo(() => latestShift(history, latest), [history, latest])
  if (shift === null) return null
  const fell = shift.direction === 'fell'
  return (
    <p
      class={`platform-shift ${fell ? 'platform-shift-fell' : 'platform-shift-rose'}`}
      data-testid="platform-shift"
      role="note"
    >
      <strong>{t(fell ? 'popupShiftFell' : 'popupShiftRose')}</strong>{' '}
      <span class="platform-shift-detail">
        {t(
          'popupShiftDetail',
          formatDay(shift.since, uiLocale(), today),
          formatNumber(shift.totalChange, { signed: true }),
          formatNumber(shift.industryAverageChange, { signed: true }),
          formatNumber(shift.networkAverageChange, { signed: true }),
        )}
      </span>
    </p>
  )
}
