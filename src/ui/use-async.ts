/** The pages' one way to ask for something when they render: a promise whose answer may come too late. */
import { type Inputs, useEffect } from 'preact/hooks'

/**
 * Calls `start` after each render in which `inputs` changed, and hands its outcome to `done` or `failed` only while
 * that call is current: an answer that arrives after the component unmounted, or after the inputs changed again,
 * is dropped rather than set on a component that has moved on. `start` may return null when there is nothing to
 * wait for this time.
 */
export function useAsync<T>(
  start: () => Promise<T> | null,
  done: (value: T) => void,
  failed: (error: unknown) => void,
  inputs: Inputs,
): void {
  // The caller names what `start` depends on, as with useEffect itself.
  useEffect(() => {
    let current = true
    start()?.then(
      (value) => current && done(value),
      (error: unknown) => current && failed(error),
    )
    return () => {
      current = false
    }
  }, inputs)
}
