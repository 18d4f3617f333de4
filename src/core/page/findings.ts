/**
 * What one reader (rendered DOM or page text) found, field by field, before the fields are joined into a
 * snapshot and validated. Also the small query helpers the fact collector (and the badge) use: try each fallback
 * selector in order.
 */
import type { PillarId, Pillars } from '../snapshot.ts'

export interface PageFindings {
  overall: number | null
  pillars: Partial<Pillars>
  industryRank: number | null
  networkRank: number | null
  industryAverage: number | null
  networkAverage: number | null
  industryName: string | null
  industryPillars: Pillars | null
  networkPillars: Pillars | null
  /** Text reader only: every "N out of 100" caption, for `parsePage` to match against the pillars. */
  captions: number[]
  /** How many numbers the reader found at all; none means the page has not shown its numbers yet. */
  found: number
  /** Contradictions inside the page ("the bar says 7.815 but shows 7.9"); any one refuses the reading. */
  conflicts: string[]
  /** Why a required field is missing, by field, in words for a bug report. */
  missing: Partial<Record<'overall' | PillarId, string>>
}

export function emptyFindings(): PageFindings {
  return {
    overall: null,
    pillars: {},
    industryRank: null,
    networkRank: null,
    industryAverage: null,
    networkAverage: null,
    industryName: null,
    industryPillars: null,
    networkPillars: null,
    captions: [],
    found: 0,
    conflicts: [],
    missing: {},
  }
}

const ID_ONLY = /^#[\w-]+$/

/** The first element the fallbacks find, trying each selector in order. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    // getElementById is far cheaper than a selector walk, and ids are the most common hook.
    const el =
      ID_ONLY.test(selector) && 'getElementById' in root
        ? (root as Document).getElementById(selector.slice(1))
        : root.querySelector(selector)
    if (el) return el
  }
  return null
}

/** All elements the first productive fallback finds. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector)
    if (found.length > 0) return Array.from(found)
  }
  return []
}

/** The first element the fallbacks find that `accept` agrees to. */
export function firstWhere(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: Element) => boolean,
): Element | null {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) if (accept(el)) return el
  }
  return null
}

/** Text with runs of white space collapsed, as people read it. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()
