/**
 * The page's share of the reader, and all of it the content script runs: find the elements (selectors.ts) and
 * take their strings, the embedded JSON blocks as text and the main content's text lines — no number parsed, no
 * word recognised, no rule applied. parse-facts.ts does that in the background. One pass, no change to the page.
 */
import type { PillarId } from '../snapshot.ts'
import { PILLAR_IDS } from '../snapshot.ts'
import { type BarFacts, FACT_LIMITS, type PageFacts, type TableRow } from './facts.ts'
import { all, first, firstWhere } from './findings.ts'
import {
  BAR_SHOWN_VALUE,
  DATALET_ID_PREFIX,
  DONUT_TABLE,
  EMBEDDED_JSON_TAG,
  GROUP_AVERAGE,
  GROUP_DESCRIPTION,
  GROUP_HEADING,
  GROUP_SECTIONS,
  LOGIN_MARKERS,
  PILLAR_BARS,
  RANK_BLOCKS,
  RANK_LABEL,
  RANK_NUMBER,
  TEXT_ROOTS,
  TEXT_SKIP,
  TEXT_SKIP_TAGS,
  TOTAL_VALUE,
  USER_SCORE,
  USER_SCORE_ANY_VALUE,
} from './selectors.ts'

const SKIP = TEXT_SKIP.join(',')

/** Not in a pillar bar and not in a peer section: where the user's total may be. */
const outsidePillarsAndPeers = (el: Element): boolean =>
  !el.closest('progress') && !el.closest(GROUP_SECTIONS.join(','))

/** Every element any of `selectors` matches, once each, in document order. */
const allOf = (root: ParentNode, selectors: readonly string[]): Element[] =>
  Array.from(root.querySelectorAll(selectors.join(',')))

/** A node's own text, comment children included (an embedded block may sit in `<!-- -->`, still escaped). */
function codeText(el: Element): string {
  let text = ''
  for (const node of Array.from(el.childNodes)) {
    // 3 = text, 8 = comment, 4 = CDATA; compared as numbers because core code sees no DOM globals (`Node`).
    if (node.nodeType === 3 || node.nodeType === 8 || node.nodeType === 4)
      text += (node as CharacterData).data
  }
  return text
}

/** Collects the facts of one page view; `cut` says the page was beyond `FACT_LIMITS` somewhere. */
export function collectFacts(doc: Document, url: string): PageFacts {
  let cut = false
  const clip = (text: string, max: number = FACT_LIMITS.text): string => {
    if (text.length <= max) return text
    cut = true
    return text.slice(0, max)
  }
  const some = <T>(list: T[], max: number = FACT_LIMITS.items): T[] => {
    if (list.length <= max) return list
    cut = true
    return list.slice(0, max)
  }
  const textOf = (el: Element | null | undefined): string | null => (el ? clip(el.textContent ?? '') : null)

  const bar = (el: Element | null): BarFacts | null => {
    if (!el) return null
    const shownEl = first(el, BAR_SHOWN_VALUE)
    const value = el.getAttribute('value')
    return {
      value: value === null ? null : clip(value),
      shown: textOf(shownEl ?? el) ?? '',
      drawn: !!shownEl,
    }
  }
  const barsIn = (root: ParentNode) => {
    const out = {} as Record<PillarId, BarFacts | null>
    for (const id of PILLAR_IDS) out[id] = bar(first(root, PILLAR_BARS[id]))
    return out
  }
  const table = (el: Element | null): TableRow[] | null => {
    if (!el) return null
    const rows: TableRow[] = []
    for (const row of Array.from(el.querySelectorAll('tr'))) {
      const th = row.querySelector('th')
      const td = row.querySelector('td')
      if (th && td) rows.push({ label: textOf(th) ?? '', value: textOf(td) ?? '' })
    }
    return some(rows)
  }

  const codes: PageFacts['codes'] = []
  for (const el of Array.from(doc.getElementsByTagName(EMBEDDED_JSON_TAG))) {
    const text = codeText(el)
    if (!text.includes('memberScore')) continue // cheap skip: most `<code>` blocks are other APIs
    const datalet = el.id ? doc.getElementById(DATALET_ID_PREFIX + el.id) : null
    codes.push({
      text: clip(text, FACT_LIMITS.code),
      datalet: datalet ? clip(codeText(datalet), FACT_LIMITS.code) : null,
    })
  }

  const userSection = first(doc, USER_SCORE)
  const totalEl =
    firstWhere(doc, TOTAL_VALUE, outsidePillarsAndPeers) ??
    (userSection && firstWhere(userSection, USER_SCORE_ANY_VALUE, outsidePillarsAndPeers))

  const allBars = {} as Record<PillarId, BarFacts[]>
  for (const id of PILLAR_IDS)
    allBars[id] = some(allOf(doc, PILLAR_BARS[id])).map((el) => bar(el) as BarFacts)

  const facts: Omit<PageFacts, 'cut'> = {
    url: clip(url),
    loginMarker: LOGIN_MARKERS.find((selector) => first(doc, [selector]) !== null) ?? null,
    codes: some(codes, FACT_LIMITS.codes),
    bars: barsIn(doc),
    userTable: userSection && table(first(userSection, DONUT_TABLE)),
    total: textOf(totalEl),
    ranks: some(all(doc, RANK_BLOCKS)).map((block) => ({
      label: textOf(first(block, RANK_LABEL) ?? block) ?? '',
      number: textOf(first(block, RANK_NUMBER)),
    })),
    groups: some(all(doc, GROUP_SECTIONS)).map((section) => ({
      heading: textOf(first(section, GROUP_HEADING)) ?? '',
      description: textOf(first(section, GROUP_DESCRIPTION) ?? section) ?? '',
      average: textOf(first(section, GROUP_AVERAGE)),
      table: table(first(section, DONUT_TABLE)),
    })),
    lines: some(textLines(doc), FACT_LIMITS.lines).map((line) => clip(line, FACT_LIMITS.line)),
    scoreBlocks: some(allOf(doc, USER_SCORE)).map((block) => ({
      total: textOf(
        allOf(block, TOTAL_VALUE).find(outsidePillarsAndPeers) ??
          allOf(block, USER_SCORE_ANY_VALUE).find(outsidePillarsAndPeers),
      ),
      bars: barsIn(block),
    })),
    allBars,
    captions: some(allOf(doc, TOTAL_VALUE).filter(outsidePillarsAndPeers)).map((el) => textOf(el) ?? ''),
  }
  return { ...facts, cut }
}

/** The visible text of the main content, one entry per text node, white space collapsed. */
function textLines(doc: Document): string[] {
  const root = first(doc, TEXT_ROOTS) ?? doc.body
  const lines: string[] = []
  if (!root) return lines
  const walk = (el: Element): void => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        const line = (node as Text).data.replace(/\s+/g, ' ').trim()
        if (line) lines.push(line)
      } else if (node.nodeType === 1) {
        const child = node as Element
        if (TEXT_SKIP_TAGS.has(child.tagName) || child.matches(SKIP)) continue
        walk(child)
      }
    }
  }
  walk(root)
  return lines
}
