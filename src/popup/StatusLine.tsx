import { dayKey } from '../core/day.ts'
import { formatDay, formatTime } from '../core/format-date.ts'
import type { FailedReading, ReadFailureCode } from '../core/snapshot.ts'
import { notSavedWhy } from '../shared/failure-words.ts'
import type { Overview } from '../shared/protocol.ts'
import { type MessageKey, t, uiLocale } from './i18n.ts'
import { SSI_PAGE_URL } from './links.ts'

const FAILURE_KEYS: Record<ReadFailureCode, MessageKey> = {
  'not-logged-in': 'popupFailureNotLoggedIn',
  loading: 'popupFailureLoading',
  'not-ssi-page': 'popupFailureNotSsiPage',
  unrecognized: 'popupFailureUnrecognized',
  inconsistent: 'popupFailureInconsistent',
  timeout: 'popupFailureTimeout',
  conflict: 'popupFailureConflict',
  'not-saved': 'popupFailureNotSaved', // worded by the not-saved branch below
}

/**
 * What needs attention, in a line or two: the last visit could not be read (with the reason), or today is not
 * recorded yet.
 */
export function StatusLine({ overview }: { overview: Overview }) {
  const { latest, lastFailure, today } = overview
  const pending = latest !== null && latest.day !== today
  // All good says nothing here: the header already says "today, recorded at 08:15".
  if (!lastFailure && !pending) return null
  return (
    <div class="status">
      {lastFailure && <FailureLine failure={lastFailure} today={today} />}
      {pending && (
        <p class="status-pending">
          {t('popupStatusNotToday')}{' '}
          <a href={SSI_PAGE_URL} target="_blank" rel="noopener">
            {t('popupOpenSsiPage')}
          </a>
        </p>
      )}
    </div>
  )
}

function FailureLine({ failure, today }: { failure: FailedReading; today: string }) {
  const locale = uiLocale()
  const time = formatTime(failure.at, locale)
  const day = dayKey(new Date(failure.at))
  const when = day === today ? time : t('popupDayAndTime', formatDay(day, locale, today), time)
  const key = FAILURE_KEYS[failure.error] ?? 'popupFailureUnknown'
  // The page was read; only storing it failed, so the sentence is not "could not be read".
  if (failure.error === 'not-saved')
    return (
      <p class="status-failure" role="status">
        <strong>{t('popupStatusNotSaved', when)}</strong> {notSavedWhy(failure.reason)}.
        {failure.reason && <span class="failure-reason"> {t('popupFailureReason', failure.reason)}</span>}
      </p>
    )
  return (
    <p class="status-failure" role="status">
      <strong>{t('popupStatusFailure', when)}</strong> {t(key)}
      {failure.reason && <span class="failure-reason"> {t('popupFailureReason', failure.reason)}</span>}
    </p>
  )
}
