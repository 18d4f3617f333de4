/**
 * The domain's plain data: one reading of the SSI page (`PageSnapshot`), one day of history (`DayRecord`),
 * and a reading that failed (`ReadFailure`). Structured-clone safe everywhere: numbers, strings, `null`.
 */

/** Pillar ids in LinkedIn's own order; also the CSV column order and the order ties are broken in. */
export const PILLAR_IDS = ['brand', 'people', 'insights', 'relationships'] as const
export type PillarId = (typeof PILLAR_IDS)[number]
export type Pillars = Record<PillarId, number>

/** English labels as LinkedIn prints them; the test contract names pillars by these. */
export const PILLAR_LABELS: Record<PillarId, string> = {
  brand: 'Establish your professional brand',
  people: 'Find the right people',
  insights: 'Engage with insights',
  relationships: 'Build relationships',
}

/**
 * Where the numbers of a reading came from, most trusted first. `csv` marks days that arrived by import,
 * `manual` days a person typed in on the history page (from a screenshot, say).
 */
export type SnapshotSource = 'embedded-json' | 'dom' | 'text' | 'csv' | 'manual'

/** One reading of the SSI page. A field the page does not carry is `null`, never `0`. */
export interface PageSnapshot {
  /** The integer total the page shows ("47 out of 100"). */
  overall: number
  /** The most precise pillar values the page carries (e.g. `<progress value>`), 0–25 each. */
  pillars: Pillars
  /** The N of "Top N %": smaller is better. */
  industryRank: number | null
  networkRank: number | null
  /** Group averages as shown (integers). */
  industryAverage: number | null
  networkAverage: number | null
  /** Unrounded values, only where the page carries them (embedded JSON). */
  overallExact: number | null
  industryAverageExact: number | null
  networkAverageExact: number | null
  industryName: string | null
  industryPillars: Pillars | null
  networkPillars: Pillars | null
  source: SnapshotSource
}

/**
 * How the page was reached when it was read. `import` marks days that came from a CSV file, `manual` days
 * entered by hand (no page was read at all).
 */
export type UrlKind = 'page-load' | 'in-app-navigation' | 'import' | 'manual'

/** One day of history, keyed by the local calendar day. */
export interface DayRecord extends PageSnapshot {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string
  /** ISO 8601 UTC time of the capture, e.g. `2026-11-22T08:15:00.000Z`. */
  capturedAt: string
  urlKind: UrlKind
  /**
   * The person's own short note on the day (≤ 280 characters, see core/note.ts), or null. Records stored before
   * notes existed have no such field; the database reads them as null (no schema version was needed).
   */
  note: string | null
}

/**
 * Why a reading produced no snapshot. Each is an answer, not a crash. The one list of codes: the type, the
 * background's check of incoming failures and the words for each code (shared/failure-words) all derive from it.
 */
export const READ_FAILURE_CODES = [
  'not-logged-in', // a sign-in page or wall
  'loading', // the SSI page shell without numbers (yet)
  'not-ssi-page', // some other page
  'unrecognized', // the SSI page, but its numbers could not be found
  'inconsistent', // numbers found but they fail validation: refuse rather than record a wrong day
  'conflict', // two readings of the same page disagree (embedded JSON vs page, two score blocks): refuse
  'timeout', // the numbers never arrived while the content script waited
  'not-saved', // the page was read, but the background could not store the day (e.g. storage full)
] as const
export type ReadFailureCode = (typeof READ_FAILURE_CODES)[number]

const FAILURE_CODE_SET: ReadonlySet<string> = new Set(READ_FAILURE_CODES)

/** True for a failure code this version knows (a stored or received code may come from another version). */
export function isReadFailureCode(code: unknown): code is ReadFailureCode {
  return typeof code === 'string' && FAILURE_CODE_SET.has(code)
}

/** One number that two readings of the same page give differently (the facts behind a `conflict`). */
export interface Disagreement {
  /** `overall`, a pillar id, `industryRank`, `networkRank`, `industryAverage`, `networkAverage`. */
  field: string
  /** What each reading says, in page order: `embedded-json`, `page`, `score block 1`, `bar 2`, `caption 1`, … */
  readings: { from: string; value: number }[]
}

export interface ReadFailure {
  error: ReadFailureCode
  /** The technical account for a bug report: what was missing or what failed, with the numbers. */
  reason: string
  /** `conflict` only: each number the readings disagree on. Not sent to the background (the reason says it). */
  disagreements?: Disagreement[]
}

export type ParseResult = PageSnapshot | ReadFailure

export function isReadFailure(result: ParseResult): result is ReadFailure {
  return 'error' in result
}

/** The latest reading that failed, kept apart from the history (never a DayRecord). */
export interface FailedReading extends ReadFailure {
  at: string
  urlKind: UrlKind
}
