/**
 * The goal: a whole target total from 1 to 100, or none. Typed text is only saved when it is valid, so a stray
 * key never clears or changes a goal; an empty field (or "No goal") means no goal.
 */
import { useEffect, useState } from 'preact/hooks'
import { t } from './i18n.ts'

interface Props {
  goal: number | null
  onSave: (goal: number | null) => void
}

/** The goal the text means, `null` for none, or `undefined` when the text is not a valid goal. */
export function parseGoal(text: string): number | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^\d{1,3}$/.test(trimmed)) return undefined
  const n = Number(trimmed)
  return n >= 1 && n <= 100 ? n : undefined
}

export function GoalField({ goal, onSave }: Props) {
  const [text, setText] = useState(goal === null ? '' : String(goal))
  const [invalid, setInvalid] = useState(false)

  // Another tab (or "No goal") changed it: show the stored value.
  useEffect(() => {
    setText(goal === null ? '' : String(goal))
    setInvalid(false)
  }, [goal])

  // Reads the field itself, not state: a change event can arrive before the render for the last keystroke.
  const commit = (value: string) => {
    const parsed = parseGoal(value)
    if (parsed === undefined) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    if (parsed !== goal) onSave(parsed)
  }

  return (
    <section aria-labelledby="goal-title">
      <h2 id="goal-title">{t('optionsGoalTitle')}</h2>
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
          aria-describedby={invalid ? 'goal-error goal-help' : 'goal-help'}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value)
          }}
        />
        <button
          type="button"
          disabled={goal === null}
          onClick={() => {
            setText('')
            setInvalid(false)
            onSave(null)
          }}
        >
          {t('optionsGoalClear')}
        </button>
      </div>
      {invalid && (
        <p id="goal-error" class="error" role="alert">
          {t('optionsGoalInvalid')}
        </p>
      )}
      <p id="goal-help" class="help">
        {t('optionsGoalHelp')}
      </p>
    </section>
  )
}
