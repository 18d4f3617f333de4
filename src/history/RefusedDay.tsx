/**
 * Why a hand-entered day was not stored, as the popup says why a visit failed (`shared/failure-words.ts`): what
 * happened and what to do in plain words, and the technical reason — a validator sentence or an error from the
 * background — only behind "Details", for a bug report. Never a code or an error name in the main text.
 */
import { t } from './i18n.ts'

interface Props {
  id?: string
  headline: string
  action: string
  /** The technical reason; no disclosure when empty. */
  detail: string
  /** `alert` for a failure that arrives after Save (the field's own problems are read through aria-describedby). */
  role?: 'alert'
}

export function RefusedDay({ id, headline, action, detail, role }: Props) {
  return (
    <div id={id} class="field-error refused" role={role} data-testid="day-refused">
      <p>{headline}</p>
      <p class="action">{action}</p>
      {detail !== '' && (
        <details class="detail">
          <summary>{t('historyDetails')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  )
}
