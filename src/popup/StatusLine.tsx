import { dayKey } from '../core/day.ts'
import { SSI_PAGE_URL } from '../core/page/address.ts'
import type { Overview } from '../shared/protocol.ts'
import type { FailureLineView } from './FailureLine.tsx'
import { t } from './i18n.ts'

/**
 * What needs attention, in a line or two: the last visit could not be read (with the reason), or today is not
 * recorded yet. The failure's line is a module of its own (`FailureLine.tsx`), loaded only when there is a failure
 * to show (`state-views.ts`).
 */
export function StatusLine({
  overview,
  FailureLine,
}: {
  overview: Overview
  FailureLine: FailureLineView | null
}) {
  const { latest, lastFailure, today } = overview
  // A visit today that failed already says that today is not recorded, and what to do: one line less.
  const failedToday = lastFailure !== null && dayKey(new Date(lastFailure.at)) === today
  const pending = latest !== null && latest.day !== today && !failedToday
  // All good says nothing here: the header already says "today, recorded at 08:15".
  if (!lastFailure && !pending) return null
  return (
    <div class="status">
      {lastFailure && FailureLine && <FailureLine failure={lastFailure} today={today} />}
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
