/**
 * The inline badge as tests, the demo and the store pictures see it in Chromium: the one DevTools-protocol
 * shadow-root reader. The DOM tree CDP gives pierces closed shadow roots (`DOM.getDocument({ depth: -1, pierce:
 * true })`), the one door a page script does not have. The test contract: inside the closed root, the badge's root element has `data-testid="inline-badge"`
 * and `data-state="recorded|<failure code>"`. Its words are CSS generated content, so they are read from the
 * accessible names SSI Lens gives them (`aria-label` inside the root), the same words a screen reader hears.
 */
import type { CDPSession, Page } from 'playwright-core'

interface CdpNode {
  nodeType: number
  nodeName: string
  backendNodeId: number
  nodeValue?: string
  attributes?: string[]
  children?: CdpNode[]
  shadowRoots?: CdpNode[]
  shadowRootType?: string
}

export interface BadgeReading {
  /** `data-state`: `recorded` or the failure code. */
  state: string
  /** The badge's words, as its accessible name gives them: "▲ 3 in 7 days · Next: Engage with insights · Recorded". */
  text: string
  /** The shadow root's type; `closed` is the promise. */
  rootType: string | undefined
  /** The host element on the page, and the close button inside, as DevTools backend node ids. */
  hostId: number
  closeId: number
}

const attribute = (node: CdpNode, name: string): string | undefined => {
  const list = node.attributes ?? []
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1]
  return undefined
}

const childrenOf = (node: CdpNode): CdpNode[] => [...(node.shadowRoots ?? []), ...(node.children ?? [])]

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node
  for (const child of childrenOf(node)) {
    const hit = findNode(child, test)
    if (hit) return hit
  }
  return null
}

/** Every inline badge on the page (there should be one at most), with its host. */
function findBadges(root: CdpNode): Array<{ host: CdpNode; shadow: CdpNode; badge: CdpNode }> {
  const found: Array<{ host: CdpNode; shadow: CdpNode; badge: CdpNode }> = []
  const walk = (node: CdpNode) => {
    for (const shadow of node.shadowRoots ?? []) {
      const badge = findNode(shadow, (n) => attribute(n, 'data-testid') === 'inline-badge')
      if (badge) found.push({ host: node, shadow, badge })
    }
    for (const child of childrenOf(node)) walk(child)
  }
  walk(root)
  return found
}

async function withCdp<T>(page: Page, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page)
  try {
    return await use(cdp)
  } finally {
    await cdp.detach()
  }
}

async function documentTree(cdp: CDPSession): Promise<CdpNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode }
  return root
}

/** How many inline badges are on the page now. */
export function countBadges(page: Page): Promise<number> {
  return withCdp(page, async (cdp) => findBadges(await documentTree(cdp)).length)
}

/** The inline badge's state and words; null while there is none. */
export function readBadge(page: Page): Promise<BadgeReading | null> {
  return withCdp(page, async (cdp) => {
    const [hit] = findBadges(await documentTree(cdp))
    if (!hit) return null
    const words = findNode(hit.badge, (n) => attribute(n, 'role') === 'img')
    const close = findNode(hit.badge, (n) => n.nodeName === 'BUTTON')
    return {
      state: attribute(hit.badge, 'data-state') ?? '',
      text: (words && attribute(words, 'aria-label')) ?? '',
      rootType: hit.shadow.shadowRootType,
      hostId: hit.host.backendNodeId,
      closeId: close?.backendNodeId ?? 0,
    }
  })
}

/** Waits until the badge is on the page and its state passes `ok` (any state by default). */
export async function waitForBadge(
  page: Page,
  ok: (state: string) => boolean = () => true,
  timeout = 15_000,
): Promise<BadgeReading> {
  const end = Date.now() + timeout
  for (;;) {
    const reading = await readBadge(page)
    if (reading && ok(reading.state)) return reading
    if (Date.now() > end)
      throw new Error(`no inline badge${reading ? ` in the expected state (it is "${reading.state}")` : ''}`)
    await page.waitForTimeout(100)
  }
}

/** The badge's computed background colour (`rgb(…)`), which says whether it is drawn light or dark. */
export function badgeBackground(page: Page): Promise<string | null> {
  return withCdp(page, async (cdp) => {
    const [hit] = findBadges(await documentTree(cdp))
    if (!hit) return null
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: hit.badge.backendNodeId })) as {
      object: { objectId: string }
    }
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return getComputedStyle(this).backgroundColor }',
      returnByValue: true,
    })) as { result: { value: string } }
    return result.value
  })
}

/**
 * Runs `fn` in the page's main world with the badge's host as `this` — how a test asks "is this element the badge?"
 * of something a page script found, without any marker on the host.
 */
export function onBadgeHost<T>(page: Page, hostId: number, fn: string): Promise<T> {
  return withCdp(page, async (cdp) => {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: hostId })) as {
      object: { objectId: string }
    }
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    })) as { result: { value: T } }
    return result.value
  })
}

/** Where an element of the badge (host or close button) is drawn, in CSS pixels of the viewport. */
export function boxOf(
  page: Page,
  backendNodeId: number,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return withCdp(page, async (cdp) => {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { border: number[]; width: number; height: number }
    }
    const [x = 0, y = 0] = model.border
    return { x, y, width: model.width, height: model.height }
  })
}

/** How the badge's words fit their box: the widest and tallest they would be against the room they have (px). */
export interface BadgeFit {
  width: number
  room: number
  height: number
  roomHeight: number
}

/**
 * Whether the badge's words fit inside it, measured on its words' box inside the closed root (`.live`): a line
 * cut off by the badge's edge (or an ellipsis) is wider than the room it has.
 */
export function badgeFit(page: Page): Promise<BadgeFit | null> {
  return withCdp(page, async (cdp) => {
    const [hit] = findBadges(await documentTree(cdp))
    const live = hit && findNode(hit.badge, (n) => (attribute(n, 'class') ?? '').split(' ').includes('live'))
    if (!live) return null
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: live.backendNodeId })) as {
      object: { objectId: string }
    }
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const lines = this.firstElementChild
        const widest = Math.max(this.scrollWidth, lines.scrollWidth, ...[...lines.children].map((c) => c.scrollWidth))
        return { width: widest, room: this.clientWidth, height: Math.max(this.scrollHeight, lines.scrollHeight), roomHeight: this.clientHeight }
      }`,
      returnByValue: true,
    })) as { result: { value: BadgeFit } }
    return result.value
  })
}
