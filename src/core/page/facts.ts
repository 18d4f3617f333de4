/**
 * What the page reader takes from the SSI page before it reads any number: the raw facts. The content script
 * collects them (collect-facts.ts: the strings the selectors find, the embedded JSON blocks as text, the page's
 * text lines, the sign-in marker) and sends them to the background, which turns them into a `PageSnapshot` or a
 * refusal (parse-facts.ts). Splitting there keeps the page's share small: every number rule, every language's
 * words and every cross-check run in the background. The facts are plain strings and lists, structured-clone
 * safe, and bounded (`FACT_LIMITS`): the page is untrusted input and crosses a message.
 */
import type { PillarId } from '../snapshot.ts'

/** A `<progress>` pillar bar as the page has it. */
export interface BarFacts {
  /** Its `value` attribute, or null without one. */
  value: string | null
  /** The text of the number drawn inside it (`.ssi-score__value`), else the bar's whole text. */
  shown: string
  /** True when `shown` is the drawn number's own element, false when it is the bar's whole text. */
  drawn: boolean
}

/** One row of a donut's hidden data table: its `<th>` and `<td>` texts (rows without both are left out). */
export interface TableRow {
  label: string
  value: string
}

export interface PageFacts {
  /** The page's address when the facts were collected. */
  url: string
  /** The first sign-in marker (a selector of `LOGIN_MARKERS`) the page shows, or null. */
  loginMarker: string | null
  /**
   * The embedded `<code>` blocks that mention `memberScore` (the others are other APIs), as text, each with the
   * text of its datalet (`#datalet-<id>`), or null when it has none.
   */
  codes: { text: string; datalet: string | null }[]
  /** Each pillar's bar (the first one its fallbacks find), or null. */
  bars: Record<PillarId, BarFacts | null>
  /** The rows of the user's own donut table, or null when the user's section or its table is missing. */
  userTable: TableRow[] | null
  /** The text of the element that holds the user's total, or null when there is none. */
  total: string | null
  /** Each "Top N %" block: its label's text (the block's text without one) and its number's text, or null. */
  ranks: { label: string; number: string | null }[]
  /** Each peer section: its heading, its description (the section's text without one), its average, its table. */
  groups: { heading: string; description: string; average: string | null; table: TableRow[] | null }[]
  /** The visible text of the main content, one entry per text node, white space collapsed. */
  lines: string[]
  /** For the cross-checks: every user score block's total text and bars, every bar of each pillar, every caption. */
  scoreBlocks: { total: string | null; bars: Record<PillarId, BarFacts | null> }[]
  allBars: Record<PillarId, BarFacts[]>
  captions: string[]
  /** True when the page held more than `FACT_LIMITS` allow and something was left out: the reading is refused. */
  cut: boolean
}

/**
 * How much of a page the reader takes. Far beyond any SSI page (a few hundred lines, one JSON block of a few
 * kilobytes), and small enough for a message. A page beyond them is refused, never read in part.
 */
export const FACT_LIMITS = {
  /** Characters of one text: a label, a number's text, a description (a peer section's whole text at most). */
  text: 20_000,
  /** Characters of one text line. */
  line: 2_000,
  /** Characters of one embedded JSON block. */
  code: 200_000,
  /** Embedded blocks that mention `memberScore`. */
  codes: 10,
  /** Text lines of the main content. */
  lines: 5_000,
  /** Items of any other list: rank blocks, peer sections, table rows, score blocks, bars of one pillar, captions. */
  items: 50,
} as const
