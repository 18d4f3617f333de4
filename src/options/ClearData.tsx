/**
 * Clear all data, in two steps: the first click counts the stored days and the people on the Team page and asks
 * "Delete all N days?" (saying that the team goes too); only the second, explicit click deletes. Escape or Cancel
 * backs out; nothing is deleted on the way. "All data" is all of it: the history, the failure log and the team.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { errorWords as message } from '../shared/reply-words.ts'
import { Card } from './Card.tsx'
import { plural, t } from './i18n.ts'
import type { OptionsApi, StoredCounts } from './options-api.ts'

type Phase =
  | { kind: 'idle' }
  | { kind: 'counting' }
  | ({ kind: 'confirm' } & StoredCounts)
  | ({ kind: 'deleting' } & StoredCounts)
  | ({ kind: 'done' } & StoredCounts)
  | { kind: 'nothing' }
  | { kind: 'failed'; message: string }

export function ClearData({ api }: { api: OptionsApi }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const cancelRef = useRef<HTMLButtonElement>(null)
  const startRef = useRef<HTMLButtonElement>(null)

  // Keyboard users land on the safe choice when the question appears.
  useEffect(() => {
    if (phase.kind === 'confirm') cancelRef.current?.focus()
  }, [phase.kind])

  const start = async () => {
    setPhase({ kind: 'counting' })
    try {
      const counts = await api.countDays()
      setPhase(counts.days + counts.people === 0 ? { kind: 'nothing' } : { kind: 'confirm', ...counts })
    } catch (error) {
      setPhase({ kind: 'failed', message: message(error) })
    }
  }

  const cancel = () => {
    setPhase({ kind: 'idle' })
    queueMicrotask(() => startRef.current?.focus())
  }

  const confirm = async (counts: StoredCounts) => {
    setPhase({ kind: 'deleting', ...counts })
    try {
      setPhase({ kind: 'done', ...(await api.clearAll()) })
    } catch (error) {
      setPhase({ kind: 'failed', message: message(error) })
    }
  }

  const asking = phase.kind === 'confirm' || phase.kind === 'deleting'

  return (
    <Card id="data" title={t('optionsDataTitle')}>
      <p class="help">{t('optionsDataHelp')}</p>
      {!asking && (
        <button
          ref={startRef}
          type="button"
          class="danger-outline"
          disabled={phase.kind === 'counting'}
          onClick={() => void start()}
        >
          {t('optionsClearButton')}
        </button>
      )}
      {asking && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby="confirm-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && phase.kind === 'confirm') cancel()
          }}
        >
          <p id="confirm-question">
            {phase.days === 0
              ? t('optionsClearConfirmTeamOnly', peopleCount(phase.people))
              : plural('optionsClearConfirm', phase.days)}
          </p>
          {phase.days > 0 && phase.people > 0 && (
            <p>{t('optionsClearConfirmTeam', peopleCount(phase.people))}</p>
          )}
          <div class="buttons">
            <button
              type="button"
              class="danger"
              disabled={phase.kind === 'deleting'}
              onClick={() => void confirm({ days: phase.days, people: phase.people })}
            >
              {phase.days === 0
                ? t('optionsClearDeletePeople', peopleCount(phase.people))
                : plural('optionsClearDelete', phase.days)}
            </button>
            <button ref={cancelRef} type="button" disabled={phase.kind === 'deleting'} onClick={cancel}>
              {t('optionsClearCancel')}
            </button>
          </div>
        </div>
      )}
      <p class="result" role="status">
        {phase.kind === 'done' &&
          [
            phase.days === 0 && phase.people > 0 ? '' : plural('optionsClearDone', phase.days),
            phase.people > 0 ? t('optionsClearDoneTeam', peopleCount(phase.people)) : '',
          ]
            .filter(Boolean)
            .join(' ')}
        {phase.kind === 'nothing' && t('optionsClearNothing')}
        {phase.kind === 'failed' && t('optionsClearFailed', phase.message)}
      </p>
    </Card>
  )
}

/** "1 person" / "3 people". */
function peopleCount(people: number): string {
  return plural('optionsPeople', people)
}
