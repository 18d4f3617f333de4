import type { ComponentChildren } from 'preact'

/**
 * A section's heading for screen readers only (heading navigation, and the name its `aria-labelledby` reads),
 * where the page shows the section's purpose by its controls and a visible heading would only repeat them.
 */
export function HiddenHeading({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <h2 id={id} class="sr-only">
      {children}
    </h2>
  )
}
