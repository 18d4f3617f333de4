/** One card of the options page: a section named by its heading (the heading's id is `<id>-title`). */
import type { ComponentChildren } from 'preact'

export function Card({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  )
}
