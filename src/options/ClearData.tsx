/**
 * Clear all data, in two steps: the first click counts the stored days and asks "Delete all N days?"; only the
 * second, explicit click deletes. Escape or Cancel backs out; nothing is deleted on the way.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { t } from './i18n.ts'
import type { OptionsApi } from './options-api.ts'

type Phase =
  | { kind: 'idle' }
  | { kind: 'counting' }
  | { kind: 'confirm'; days: number }
  | { kind: 'deleting'; days: number }
  | { kind: 'done'; deleted: number }
  | { kind: 'nothing' }
  | { kind: 'failed'; message: string }

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

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
      const days = await api.countDays()
      setPhase(days === 0 ? { kind: 'nothing' } : { kind: 'confirm', days })
    } catch (error) {
      setPhase({ kind: 'failed', message: message(error) })
    }
  }

  const cancel = () => {
    setPhase({ kind: 'idle' })
    queueMicrotask(() => startRef.current?.focus())
  }

  const confirm = async (days: number) => {
    setPhase({ kind: 'deleting', days })
    try {
      setPhase({ kind: 'done', deleted: await api.clearAll() })
    } catch (error) {
      setPhase({ kind: 'failed', message: message(error) })
    }
  }

  const asking = phase.kind === 'confirm' || phase.kind === 'deleting'

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('optionsDataTitle')}</h2>
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
            {phase.days === 1 ? t('optionsClearConfirmOne') : t('optionsClearConfirmMany', phase.days)}
          </p>
          <div class="buttons">
            <button
              type="button"
              class="danger"
              disabled={phase.kind === 'deleting'}
              onClick={() => void confirm(phase.days)}
            >
              {phase.days === 1 ? t('optionsClearDeleteOne') : t('optionsClearDeleteMany', phase.days)}
            </button>
            <button ref={cancelRef} type="button" disabled={phase.kind === 'deleting'} onClick={cancel}>
              {t('optionsClearCancel')}
            </button>
          </div>
        </div>
      )}
      <p class="result" role="status">
        {phase.kind === 'done' &&
          (phase.deleted === 1 ? t('optionsClearDoneOne') : t('optionsClearDoneMany', phase.deleted))}
        {phase.kind === 'nothing' && t('optionsClearNothing')}
        {phase.kind === 'failed' && t('optionsClearFailed', phase.message)}
      </p>
    </section>
  )
}
