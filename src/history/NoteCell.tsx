/**
 * A day's note, edited in its row: the note (or nothing), and "Edit note" / "Add note", which turns the cell into
 * a text field with Save and Cancel. Enter saves, Escape cancels; a note over 280 characters is refused here with
 * the count, before anything is sent (the background checks it again).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { checkNote, NOTE_MAX_CHARS, noteLength } from '../core/note.ts'
import { errorMessage } from './history-api.ts'
import { t } from './i18n.ts'

interface Props {
  day: string
  /** The day as people read it, for the field's label ("Note for Sun, 22 Nov 2026"). */
  dayText: string
  note: string | null
  save: (note: string | null) => Promise<void>
}

export function NoteCell({ day, dayText, note, save }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const editing = draft !== null

  useLayoutEffect(() => {
    if (editing) input.current?.focus()
  }, [editing])

  const close = () => {
    setDraft(null)
    setError(null)
    queueMicrotask(() => opener.current?.focus())
  }

  const submit = async () => {
    if (draft === null) return
    const checked = checkNote(draft)
    if (!checked.ok) {
      const { code } = checked.error
      setError(
        code === 'too-long'
          ? t('historyNoteTooLong', NOTE_MAX_CHARS, noteLength(draft.trim()))
          : t(code === 'replacement-character' ? 'historyNoteReplacement' : 'historyNoteNotText'),
      )
      return
    }
    setBusy(true)
    try {
      await save(checked.value)
      close()
    } catch (e) {
      setError(t('historyNoteFailed', errorMessage(e)))
    } finally {
      setBusy(false)
    }
  }

  if (!editing)
    return (
      <td class="note">
        {note !== null && <span class="note-text">{note}</span>}
        <button
          ref={opener}
          type="button"
          class="link-button"
          aria-describedby={`date-${day}`}
          onClick={() => setDraft(note ?? '')}
        >
          {note === null ? t('historyNoteAdd') : t('historyNoteEdit')}
        </button>
      </td>
    )

  const id = `note-${day}`
  const length = noteLength(draft.trim())
  return (
    <td class="note editing">
      <label for={id} class="sr-only">
        {t('historyNoteLabel', dayText)}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        value={draft}
        disabled={busy}
        aria-invalid={error !== null}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        onInput={(e) => {
          setDraft(e.currentTarget.value)
          setError(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            void submit()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            close()
          }
        }}
      />
      <span id={`${id}-count`} class={`count${length > NOTE_MAX_CHARS ? ' over' : ''}`}>
        {t('historyNoteCount', length, NOTE_MAX_CHARS)}
      </span>
      {error && (
        <span id={`${id}-error`} class="field-error" role="alert">
          {error}
        </span>
      )}
      <span class="buttons">
        <button type="button" disabled={busy} onClick={() => void submit()}>
          {t('historyNoteSave')}
        </button>
        <button type="button" disabled={busy} onClick={close}>
          {t('historyCancel')}
        </button>
      </span>
    </td>
  )
}
