import type { ComponentChildren, Ref } from 'preact'

/**
 * A button that shows and hides the element `controls` names (its `aria-expanded` says which), for a disclosure
 * that cannot be a `<details>`: one whose button stands in a line of text or away from what it opens.
 */
export function DisclosureButton(props: {
  open: boolean
  onToggle: (open: boolean) => void
  controls: string
  class: string
  buttonRef?: Ref<HTMLButtonElement>
  children: ComponentChildren
}) {
  return (
    <button
      ref={props.buttonRef}
      type="button"
      class={props.class}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={() => props.onToggle(!props.open)}
    >
      {props.children}
    </button>
  )
}
