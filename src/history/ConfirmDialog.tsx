/**
 * A question that must be answered before something is deleted or replaced: a modal `<dialog>`, so the rest of
 * the page is inert while it is open, Escape means "no", focus starts on the safe choice and goes back to where
 * it was when the dialog closes.
 */
import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'

interface Props {
  /** The question, naming what will be deleted or replaced. */
  question: string
  children?: ComponentChildren
  confirmLabel: string
  cancelLabel: string
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog({
  question,
  children,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)

  useLayoutEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    cancel.current?.focus()
    // Closing (not just removing) the dialog is what returns focus to the button that opened it.
    return () => d?.close()
  }, [])

  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-question"
      onCancel={(e) => {
        e.preventDefault()
        if (!busy) onCancel()
      }}
    >
      <p id="confirm-question" class="confirm-question">
        {question}
      </p>
      {children}
      <div class="buttons">
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  )
}
