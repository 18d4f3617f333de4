import { useState } from 'preact/hooks'
import { dayKey } from '../core/day.ts'
import { formatDay, formatTime } from '../core/format-date.ts'
import { SSI_PAGE_URL } from '../core/page/address.ts'
import type { FailureRecord } from '../core/snapshot.ts'
import { failureWords } from '../shared/failure-words.ts'
import { DisclosureButton } from '../ui/DisclosureButton.tsx'
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
  const [open, setOpen] = useState(false)
  const action =
    words.action &&
    (words.actionLink === 'ssi-page' ? (
      <a href={SSI_PAGE_URL} target="_blank" rel="noopener">
        {words.action}
      </a>
    ) : (
      words.action
    ))
  const detailsButton = words.detail && (
    <DisclosureButton class="failure-toggle" open={open} onToggle={setOpen} controls="failure-details">
      {t('popupFailureDetails')}
    </DisclosureButton>
  )
  // "Details" follows the action on its line (a <details> would take a line of its own): one line less, so the
  // popup with a failure still fits its 600 px in every language.
  return (
    <div class="status-failure" role="status" data-failure={words.code}>
      <p>
        <strong>{words.headline}</strong> <span class="muted">({t('popupStatusFailure', when)})</span>
      </p>
      {(action || words.detail) && (
        <p class="failure-next">
          {action && <span class="failure-action">{action}</span>} {detailsButton}
        </p>
      )}
      {words.detail && (
        <p id="failure-details" class="failure-details" hidden={!open}>
          {t('popupFailureDetailText', failure.error, words.detail)}
        </p>
      )}
    </div>
  )
}

export type FailureLineView = typeof FailureLine
