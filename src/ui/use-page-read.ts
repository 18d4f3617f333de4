/** The History and Team pages' one read of their data, and the state it leaves the page in. */
import { type Inputs, useCallback, useLayoutEffect, useState } from 'preact/hooks'

/** Nothing yet, the read's error (for the page to word), or its answer. */
export type PageRead<T> =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; value: T }

/**
 * Reads right after the first commit — a layout effect, not a frame later: the time to the first rows is what
 * the performance suite measures — and again whenever the page calls `load` (after a change, or with another
 * argument, such as a month; the first read has none). `read` depends on `inputs`, as with `useCallback`.
 */
export function usePageRead<T, P = never>(
  read: (arg?: P) => Promise<T>,
  inputs: Inputs,
): { state: PageRead<T>; load: (arg?: P) => Promise<void> } {
  const [state, setState] = useState<PageRead<T>>({ kind: 'loading' })
  const load = useCallback(async (arg?: P) => {
    try {
      setState({ kind: 'ready', value: await read(arg) })
    } catch (error) {
      setState({ kind: 'failed', error })
    }
  }, inputs)
  useLayoutEffect(() => {
    void load()
  }, [load])
  return { state, load }
}
