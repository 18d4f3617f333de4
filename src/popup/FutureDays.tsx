import { formatDay } from '../core/format-date.ts'
import { listOf } from '../shared/i18n.ts'
import { plural, t, uiLocale } from './i18n.ts'

/** The history page, where one day can be deleted (relative to the popup's own page). */
const HISTORY_PAGE = '../history/index.html'

/** At most this many dates are named; the count says how many there are in all. */
const NAMED = 3

/**
 * Days stored with a date after today (an older version's import, a clock set ahead, a flight across the date
 * line): said plainly, with their dates, so the user knows why they are not the score shown above and that they
 * can go. They are never deleted silently.
 */
export function FutureDays({ days, today }: { days: readonly string[]; today: string }) {
  if (days.length === 0) return null
  const locale = uiLocale()
  const named = days.slice(0, NAMED).map((day) => formatDay(day, locale, today))
  const dates =
    days.length > NAMED ? t('popupFutureDaysAndMore', listOf(named), days.length - NAMED) : listOf(named)
  return (
    <p class="future-days" data-testid="future-days">
      {plural('popupFutureDays', days.length, dates)} {t('popupFutureDaysDelete')}{' '}
      <a href={HISTORY_PAGE} target="_blank" rel="noopener">
        {t('popupFutureDaysHistory')}
      </a>
    </p>
  )
}
