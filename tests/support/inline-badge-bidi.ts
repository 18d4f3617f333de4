/**
 * The inline badge as the Firefox test sees it, over WebDriver BiDi: `script.evaluate` with
 * `serializationOptions.includeShadowTree: 'all'` serialises closed shadow roots too (a page script has no such
 * option), so the badge root's `data-testid="inline-badge"` and `data-state` are read the same way as over CDP.
 */

/** A node as BiDi serialises it (`NodeRemoteValue`). */
interface BidiNode {
  type: string
  value?: {
    nodeType?: number
    localName?: string
    attributes?: Record<string, string>
    children?: BidiNode[]
    shadowRoot?: BidiNode | null
  }
}

/**
 * The page's candidate hosts: attribute-less, childless `<div>`s (what the badge's host is). Serialised deep enough
 * to reach the badge root inside the shadow root.
 */
export const BADGE_HOST_CANDIDATES = `[...document.querySelectorAll('div')].filter((e) => e.attributes.length === 0 && e.childNodes.length === 0)`
export const BADGE_SERIALIZATION = { maxDomDepth: 4, includeShadowTree: 'all' }

/** The `data-state` of the first inline badge among serialised nodes; '' when there is none. */
export function badgeStateIn(result: unknown): string {
  const walk = (node: BidiNode | null | undefined): string => {
    if (node?.type !== 'node' || !node.value) return ''
    const attrs = node.value.attributes ?? {}
    if (attrs['data-testid'] === 'inline-badge') return attrs['data-state'] ?? ''
    for (const child of [node.value.shadowRoot, ...(node.value.children ?? [])]) {
      const state = walk(child)
      if (state) return state
    }
    return ''
  }
  const list = (result as { type?: string; value?: BidiNode[] } | undefined)?.value ?? []
  for (const node of list) {
    const state = walk(node)
    if (state) return state
  }
  return ''
}
