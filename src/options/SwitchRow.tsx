/** One on/off setting: a native checkbox announced as a switch, its label, and a sentence saying what it does. */
import type { TargetedEvent } from 'preact'

interface Props {
  id: string
  label: string
  help: string
  checked: boolean
  disabled?: boolean
  onChange: (event: TargetedEvent<HTMLInputElement, Event>) => void
}

export function SwitchRow({ id, label, help, checked, disabled = false, onChange }: Props) {
  return (
    <div class="switch-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-help`}
        onChange={onChange}
      />
      <div>
        <label for={id}>{label}</label>
        <p id={`${id}-help`} class="help">
          {help}
        </p>
      </div>
    </div>
  )
}
