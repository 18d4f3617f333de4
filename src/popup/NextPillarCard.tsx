import type { NextPillarAdvice } from '../core/advice-types.ts'
import { actionWords, pillarName, reasonWords } from '../shared/advice-words.ts'
import { t } from './i18n.ts'

/**
 * What next: the pillar `nextPillar()` picked, named as LinkedIn names it in the UI language, the reason in the member's own
 * numbers, and 2–3 actions one click away (they do not fit the 600 px popup open, and the reason is what
 * changes from day to day). `null` from the rule means every pillar is at 25 — or, with `pillarsUnknown`, that the
 * latest day is known only by its total: then the card says so, and names no pillar from older days.
 */
export function NextPillarCard({
  advice,
  pillarsUnknown = false,
}: {
  advice: NextPillarAdvice | null
  pillarsUnknown?: boolean
}) {
  return (
    <section
      class={`card next-pillar${advice ? ` tone-${advice.pillar}` : ''}`}
      data-testid="next-pillar"
      aria-labelledby="next-pillar-title"
    >
      <h2 id="next-pillar-title">
        {t('popupNextTitle')}
        {advice && (
          <>
            <span class="sr-only">: </span>
            <span class="next-label">
              <span class="next-dot" aria-hidden="true" />
              {pillarName(advice.pillar)}
            </span>
          </>
        )}
      </h2>
      {advice ? (
        <>
          <p class="next-reason">{reasonWords(advice)}</p>
          {/* A break opportunity: "What to do" follows the reason's last line when it fits (popup.css). */}{' '}
          <details class="next-actions">
            <summary>{t('popupNextActions')}</summary>
            <ul>
              {advice.actions.map((action) => (
                <li key={action}>{actionWords(action)}</li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <p class="next-reason">{t(pillarsUnknown ? 'popupNextPillarsUnknown' : 'popupNextNone')}</p>
      )}
    </section>
  )
}
