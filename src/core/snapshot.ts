/**
 * The domain's words and plain data. A reading of the SSI page gives a `PageSnapshot` or a `ReadFailure`; the
 * background stores the first as a `DayRecord` (one day of history) and the second as a `FailureRecord` (the
 * latest failure, kept apart from the history). Each closed set of words (pillars, peer groups, sources, URL
 * and capture kinds, failure codes) is one `as const` list here, its type derived from it, so the list, the
 * type and the runtime check cannot drift apart. Structured-clone safe everywhere: numbers, strings, `null`.
 */
import type { Result } from './result.ts'

/**
 * A guard for one of the lists below: true when `value` is one of its words. Marked free of side effects so a
 * bundle that uses no guard (the content script uses few) keeps neither the guard nor its list.
 */
/* @__NO_SIDE_EFFECTS__ */
function oneOf<T extends string>(list: readonly T[]): (value: unknown) => value is T {
  return (value): value is T => (list as readonly unknown[]).includes(value)
}

/** Pillar ids in LinkedIn's own order; also the CSV column order and the order ties are broken in. */
export const PILLAR_IDS = ['brand', 'people', 'insights', 'relationships'] as const
export type PillarId = (typeof PILLAR_IDS)[number]
export type Pillars = Record<PillarId, number>

/** The two peer groups LinkedIn compares a person with: people in their industry and in their network. */
export const PEER_GROUPS = ['industry', 'network'] as const
export type PeerGroup = (typeof PEER_GROUPS)[number]

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
export const SNAPSHOT_SOURCES = ['embedded-json', 'dom', 'text', 'csv', 'manual'] as const
export type SnapshotSource = (typeof SNAPSHOT_SOURCES)[number]
export const isSnapshotSource = oneOf(SNAPSHOT_SOURCES)

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

/** How the SSI page was reached when it was read: loaded, or shown by the app's own (pushState) navigation. */
export const URL_KINDS = ['page-load', 'in-app-navigation'] as const
export type UrlKind = (typeof URL_KINDS)[number]
export const isUrlKind = oneOf(URL_KINDS)

/**
 * How a day came into the history (a `DayRecord`'s `urlKind`, the CSV's `url_kind`): read from the page by one
 * of the URL kinds, or — no page read at all — `import`ed from a file or entered by hand (`manual`).
 */
export const CAPTURE_KINDS = [...URL_KINDS, 'import', 'manual'] as const
export type CaptureKind = (typeof CAPTURE_KINDS)[number]
export const isCaptureKind = oneOf(CAPTURE_KINDS)

/**
 * One day of history, keyed by the local calendar day. A reading of the page always has its four pillars; a day
 * brought in from a sheet that kept only the total has `pillars: null` — unknown, shown as "—", never invented.
 */
export interface DayRecord extends Omit<PageSnapshot, 'pillars'> {
  /** The four pillars, or `null` when the day is known only by its total (a totals-only import). */
  pillars: Pillars | null
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string
  /** ISO 8601 UTC time of the capture, e.g. `2026-11-22T08:15:00.000Z`. */
  capturedAt: string
  urlKind: CaptureKind
  /**
   * The person's own short note on the day (≤ 280 characters, see core/note.ts), or null. Records stored before
   * notes existed have no such field; the database reads them as null (no schema version was needed).
   */
  note: string | null
}

/** A day whose four pillars are known: every capture, every hand-entered day, most imports. */
export type DayWithPillars = DayRecord & { pillars: Pillars }

/** True when the day's pillars are known (not a totals-only import). */
export function hasPillars(record: DayRecord): record is DayWithPillars {
  return record.pillars !== null
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

/** True for a failure code this version knows (a stored or received code may come from another version). */
export const isReadFailureCode = oneOf(READ_FAILURE_CODES)

/** One number that two readings of the same page give differently (the facts behind a `conflict`). */
export interface Disagreement {
  /** `overall`, a pillar id, `industryRank`, `networkRank`, `industryAverage`, `networkAverage`. */
  field: string
  /** What each reading says, in page order: `embedded-json`, `page`, `score block 1`, `bar 2`, `caption 1`, … */
  readings: { from: string; value: number }[]
}

/** Why a reading produced no snapshot: the code, with the data behind it. */
export interface ReadFailure {
  code: ReadFailureCode
  /** The technical account for a bug report: what was missing or what failed, with the numbers. */
  reason: string
  /** `conflict` only: each number the readings disagree on. Not sent to the background (the reason says it). */
  disagreements?: Disagreement[]
}

/** One reading of the page: the snapshot, or why there is none (core/result.ts's one result shape). */
export type ParseResult = Result<PageSnapshot, ReadFailure>

/**
 * A `ReadFailure` as the background keeps it: its code and reason, when, and how the page was reached (never a
 * `DayRecord`). The code's field is `error` here: the stored failure log has been written so since its first
 * schema version, and the popup reads it straight from IndexedDB.
 */
export interface FailureRecord {
  error: ReadFailureCode
  reason: string
  at: string
  urlKind: UrlKind
}
