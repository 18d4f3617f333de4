/**
 * The goal: a whole target total from 1 to 100, or none. It is saved as the user types, once they pause, and at
 * once when they leave the field, so a goal typed and left without Enter or Tab is not lost. Typed text is only
 * saved when it is valid, so a stray key never clears or changes a goal; an empty field (or "No goal") means no
 * goal. The field's message ("Saved.", a failure, or why the text was refused) sits next to it.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { Card } from './Card.tsx'
import type { FieldMessage } from './field-message.ts'
import { t } from './i18n.ts'

/** How long after the last keystroke the goal is saved: long enough not to save "7" on the way to "75". */
export const GOAL_SAVE_DELAY_MS = 600

interface Props {
  goal: number | null
  /** This field's message, or null: the page keeps one message at a time, so a newer one elsewhere clears it. */
  message: FieldMessage | null
  onSave: (goal: number | null) => void
  /** Shows a message next to the field (replacing any other message on the page), or clears the field's own. */
  onMessage: (message: FieldMessage | null) => void
}

/** The goal the text means, `null` for none, or `undefined` when the text is not a valid goal. */
export function parseGoal(text: string): number | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^\d{1,3}$/.test(trimmed)) return undefined
  const n = Number(trimmed)
  return n >= 1 && n <= 100 ? n : undefined
}

export function GoalField({ goal, message, onSave, onMessage }: Props) {
  const [text, setText] = useState(goal === null ? '' : String(goal))
  const [invalid, setInvalid] = useState(false)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)

  const cancelPending = () => {
    if (pending.current !== null) clearTimeout(pending.current)
    pending.current = null
  }
  useEffect(() => cancelPending, [])

  // Another tab (or "No goal", or our own save) changed it: show the stored value — unless the user is typing
  // (their text is saved when they pause) or the text already means that goal (" 75 " stays as typed).
  useEffect(() => {
    if (pending.current !== null) return
    setText((current) => (parseGoal(current) === goal ? current : goal === null ? '' : String(goal)))
    setInvalid(false)
  }, [goal])

  // Reads the field itself, not state: a change event can arrive before the render for the last keystroke.
  const commit = (value: string) => {
    cancelPending()
    const parsed = parseGoal(value)
    if (parsed === undefined) {
      setInvalid(true)
      onMessage({ text: t('optionsGoalInvalid'), error: true })
      return
    }
    setInvalid(false)
    if (parsed !== goal) onSave(parsed)
    else if (message?.error) onMessage(null)
  }

  return (
    <Card id="goal" title={t('optionsGoalTitle')}>
      <div class="field-row">
        <label for="goal">{t('optionsGoalLabel')}</label>
        <input
          id="goal"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={4}
          maxLength={3}
          value={text}
          aria-invalid={invalid}
          aria-describedby={message ? 'goal-message goal-help' : 'goal-help'}
          onInput={(e) => {
            const value = e.currentTarget.value
            setText(value)
            cancelPending()
            pending.current = setTimeout(() => commit(value), GOAL_SAVE_DELAY_MS)
          }}
          onBlur={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value)
          }}
        />
        <button
          type="button"
          disabled={goal === null}
          onClick={() => {
            cancelPending()
            setText('')
            setInvalid(false)
            onSave(null)
          }}
        >
          {t('optionsGoalClear')}
        </button>
      </div>
      {/* Always in the page, so a screen reader announces each new message politely. */}
      <p id="goal-message" class={message?.error ? 'error' : 'status'} aria-live="polite">
        {message?.text ?? ''}
      </p>
      <p id="goal-help" class="help">
        {t('optionsGoalHelp')}
      </p>
    </Card>
  )
}
