/**
 * How the navigation watcher (index.ts, on every Sales Navigator page) and the page reader (reader.ts, only on the
 * SSI page) meet. Both run in SSI Lens's isolated world of the same document, which page scripts cannot see, so a
 * property of that world's global object is a private meeting point: the watcher leaves how the SSI page was
 * reached before it asks for the reader, and the reader leaves the function the watcher calls on each later
 * navigation. Types and names only: neither script carries the other's code.
 */
import type { UrlKind } from '../core/snapshot.ts'

export interface ReaderSlot {
  /** Set by the reader once it runs: the watcher hands it every later change of address. */
  ssiLensArrive?: (href: string, urlKind: UrlKind) => void
  /** Set by the watcher before it asks the background for the reader: how the SSI page was reached. */
  ssiLensReached?: UrlKind
}

export const slot = globalThis as ReaderSlot
