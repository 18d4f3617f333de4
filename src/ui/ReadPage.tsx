/**
 * A full-tab page around its one read (History, Team): the title and intro, an alert when the read failed, and
 * the content once the answer is in. `data-ready` on `<main>` tells end-to-end tests a real state is on screen.
 */
import type { ComponentChildren } from 'preact'
import type { PageRead } from './use-page-read.ts'

interface Props<T> {
  /** The page's class on `<main>`: its stylesheet sets the width. */
  name: string
  title: string
  intro: string
  state: PageRead<T>
  /** The alert's words when the read failed. */
  failed: (error: unknown) => string
  children: (value: T) => ComponentChildren
}

export function ReadPage<T>({ name, title, intro, state, failed, children }: Props<T>) {
  return (
    <main class={name} data-ready={state.kind === 'loading' ? undefined : ''}>
      <header>
        <h1>{title}</h1>
        <p class="intro">{intro}</p>
      </header>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {failed(state.error)}
        </p>
      )}
      {state.kind === 'ready' && children(state.value)}
    </main>
  )
}
