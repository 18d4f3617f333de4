import { dayKey } from '../core/day.ts'
import { formatDay, formatTime } from '../core/format-date.ts'
import { SSI_PAGE_URL } from '../core/page/address.ts'
import type { FailureRecord } from '../core/snapshot.ts'
import { failureWords } from '../shared/failure-words.ts'
import { t, uiLocale } from './i18n.ts'

/**
 * The last visit that could not be read: what happened and what to do, in the words `shared/failure-words.ts`
 * gives every failure code (the inline badge says the same), with the reader's technical reason — selectors,
 * numbers — only behind "Details", for a bug report. The README section for a changed page is named in words:
 * SSI Lens has no web address of its own to send people to. A module of its own: most popups have no failure to show
 * (`state-views.ts`).
 */
export function FailureLine({ failure, today }: { failure: FailureRecord; today: string }) {
  const locale = uiLocale()
  const time = formatTime(failure.at, locale)
  const day = dayKey(new Date(failure.at))
  const when = day === today ? time : t('popupDayAndTime', formatDay(day, locale, today), time)
  const words = failureWords(failure)
  return (
    <div class="status-failure" role="status" data-failure={words.code}>
      <p>
        <strong>{words.headline}</strong> <span class="muted">({t('popupStatusFailure', when)})</span>
      </p>
      {words.action && (
        <p class="failure-action">
          {words.actionLink === 'ssi-page' ? (
            <a href={SSI_PAGE_URL} target="_blank" rel="noopener">
              {words.action}
            </a>
          ) : (
            words.action
          )}
        </p>
      )}
      {words.detail && (
        <details class="failure-details">
          <summary>{t('popupFailureDetails')}</summary>
          <p>{t('popupFailureDetailText', failure.error, words.detail)}</p>
        </details>
      )}
    </div>
  )
}

export type FailureLineView = typeof FailureLine
