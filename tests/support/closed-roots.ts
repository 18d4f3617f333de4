/**
 * Unit tests' door into closed shadow roots (happy-dom): `attachShadow` is wrapped so each root it makes is kept,
 * a handle a page script would never get. Call in `beforeEach`, after which `vi.restoreAllMocks()` undoes it.
 */
import { vi } from 'vitest'

export function recordClosedRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = []
  const attach = Element.prototype.attachShadow
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init)
    roots.push(root)
    return root
  })
  return roots
}

/** The hosts of `roots` that are on the page now. */
export function connectedHosts(roots: ShadowRoot[]): Element[] {
  return roots.map((r) => r.host).filter((h) => h.isConnected)
}
