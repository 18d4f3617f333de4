/**
 * The single gate every number passes before it may become history: the parser's output, messages from the
 * content script, and every CSV row. A wrong day is worse than a missing one, so anything out of range or
 * inconsistent is refused with a problem code whose data names what failed.
 */

import { isDayKey, utcNoon } from './day.ts'
import { parseInstant } from './instant.ts'
import { checkNote, NOTE_MAX_CHARS, type NoteProblem } from './note.ts'
import { ok, type Result, fail as refused } from './result.ts'
import type { CaptureKind, DayRecord, PageSnapshot, PillarId, Pillars } from './snapshot.ts'
import { isCaptureKind, isSnapshotSource, PILLAR_IDS } from './snapshot.ts'

/**
 * What is wrong with a value, as a code with its data. Core holds no user-facing words: pages turn a problem
 * into a sentence through the catalogue (`issueWords` in `src/shared/csv-words.ts`). `field` names a `DayRecord` field;
 * peer pillars are `industryPillars.brand` and so on.
 */
export type ValueProblem =
  | { code: 'not-an-object' }
  | { code: 'out-of-range'; field: ValueField; value: string; min: number; max: number; integer: boolean }
  | { code: 'sum-mismatch'; sum: number; overall: number; tolerance: number }
  | { code: 'exact-total-mismatch'; exact: number; overall: number }
  | { code: 'industry-name-not-text' }
  | { code: 'industry-name-too-long'; max: number }
  | { code: 'replacement-character'; field: 'industryName' }
  | { code: 'unknown-source'; value: string }
  | { code: 'bad-day'; value: string }
  | { code: 'bad-captured-at'; value: string }
  | { code: 'captured-at-future'; value: string }
  | { code: 'captured-at-off-day'; value: string; day: string; hours: number }
  | { code: 'unknown-url-kind'; value: string }
  | { code: 'bad-note'; problem: NoteProblem; max: number }

type PillarGroup = 'pillars' | 'industryPillars' | 'networkPillars'
export type ValueField =
  | 'overall'
  | PillarId
  | `${'industryPillars' | 'networkPillars'}.${PillarId}`
  | 'industryRank'
  | 'networkRank'
  | 'industryAverage'
  | 'networkAverage'
  | 'overallExact'
  | 'industryAverageExact'
  | 'networkAverageExact'

/** A value that passed the gate, or the first thing wrong with it; people see the problem's words (`csv-words.ts`). */
export type Checked<T> = Result<T, ValueProblem>

/** The page rounds the pillar sum for its total; LinkedIn's own rounding rule is unsettled (round or ceil). */
export const TOTAL_TOLERANCE = 1
/**
 * How far a capture time may lie from its day: at most this many hours from noon UTC of the day's date. Every
 * real time zone (UTC−12 to UTC+14) has its whole local day inside that window, so the rule needs no zone.
 */
export const CAPTURE_WINDOW_HOURS = 36
/** U+FFFD: what a decoder leaves where it could not read the bytes. Never stored. */
const REPLACEMENT = '\uFFFD'

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const inRange = (v: unknown, min: number, max: number): v is number => isNumber(v) && v >= min && v <= max
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const shown = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 80) : String(v))

function checkPillars(value: unknown, group: PillarGroup): ValueProblem | null {
  const record = isRecord(value) ? value : {}
  for (const id of PILLAR_IDS) {
    const v = record[id]
    if (!inRange(v, 0, 25)) {
      const field: ValueField = group === 'pillars' ? id : `${group}.${id}`
      return { code: 'out-of-range', field, value: shown(v), min: 0, max: 25, integer: false }
    }
  }
  return null
}

function checkNullable(
  value: unknown,
  field: ValueField,
  min: number,
  max: number,
  integer = false,
): ValueProblem | null {
  if (value === null) return null
  if (!inRange(value, min, max) || (integer && !Number.isInteger(value)))
    return { code: 'out-of-range', field, value: shown(value), min, max, integer }
  return null
}

/** The sum of four pillars, as the page would total them. */
export function pillarSum(p: Pillars): number {
  return p.brand + p.people + p.insights + p.relationships
}

/** Checks a snapshot's ranges and its one internal invariant: the total matches the pillars (±1). */
export function checkSnapshot(value: unknown): Checked<PageSnapshot> {
  const problem = snapshotProblem(value)
  return problem === null ? ok(pickSnapshot(value as PageSnapshot)) : refused(problem)
}

/**
 * The first thing wrong with a snapshot, or null. Checks run in a fixed order with early returns and build an
 * object only on failure: import runs this for every row of a ten-year file. The page reader calls it directly
 * (with `problemDetail`), so the content script carries no sentence per problem.
 */
export function snapshotProblem(value: unknown): ValueProblem | null {
  return fieldsProblem(value, false)
}

/**
 * `snapshotProblem`, except that with `pillarsMayBeUnknown` a `null` for the pillars is a day known only by its
 * total (a totals-only import): the total is then checked alone, 0–100 and whole, as every total is. Known
 * pillars are checked as in every reading, their sum against the total included.
 */
function fieldsProblem(value: unknown, pillarsMayBeUnknown: boolean): ValueProblem | null {
  if (!isRecord(value)) return { code: 'not-an-object' }
  const s = value
  const overall = s.overall
  if (!inRange(overall, 0, 100) || !Number.isInteger(overall))
    return { code: 'out-of-range', field: 'overall', value: shown(overall), min: 0, max: 100, integer: true }
  const pillarsUnknown = pillarsMayBeUnknown && s.pillars === null
  const problem =
    (pillarsUnknown
      ? null
      : (checkPillars(s.pillars, 'pillars') ?? sumProblem(s.pillars as Pillars, overall))) ??
    checkNullable(s.industryRank, 'industryRank', 1, 100, true) ??
    checkNullable(s.networkRank, 'networkRank', 1, 100, true) ??
    checkNullable(s.industryAverage, 'industryAverage', 0, 100) ??
    checkNullable(s.networkAverage, 'networkAverage', 0, 100) ??
    checkNullable(s.overallExact, 'overallExact', 0, 100) ??
    checkNullable(s.industryAverageExact, 'industryAverageExact', 0, 100) ??
    checkNullable(s.networkAverageExact, 'networkAverageExact', 0, 100) ??
    (s.industryPillars === null ? null : checkPillars(s.industryPillars, 'industryPillars')) ??
    (s.networkPillars === null ? null : checkPillars(s.networkPillars, 'networkPillars'))
  if (problem !== null) return problem
  if (isNumber(s.overallExact) && Math.abs(s.overallExact - overall) >= 1)
    return { code: 'exact-total-mismatch', exact: s.overallExact, overall }
  if (s.industryName !== null && (typeof s.industryName !== 'string' || !s.industryName.trim()))
    return { code: 'industry-name-not-text' }
  if (typeof s.industryName === 'string' && s.industryName.length > 200)
    return { code: 'industry-name-too-long', max: 200 }
  if (typeof s.industryName === 'string' && s.industryName.includes(REPLACEMENT))
    return { code: 'replacement-character', field: 'industryName' }
  if (!isSnapshotSource(s.source)) return { code: 'unknown-source', value: shown(s.source) }
  return null
}

function sumProblem(pillars: Pillars, overall: number): ValueProblem | null {
  const sum = pillarSum(pillars)
  if (Math.abs(Math.round(sum) - overall) <= TOTAL_TOLERANCE) return null
  return { code: 'sum-mismatch', sum: round3(sum), overall, tolerance: TOTAL_TOLERANCE }
}

/**
 * The capture-time rule shared by captures, imports and stored days: a strict ISO instant, not after `now`
 * (when given), and within `CAPTURE_WINDOW_HOURS` of noon UTC on the day's date.
 */
export function capturedAtProblem(day: string, capturedAt: unknown, now?: number): ValueProblem | null {
  const at = typeof capturedAt === 'string' ? parseInstant(capturedAt) : null
  if (at === null) return { code: 'bad-captured-at', value: shown(capturedAt) }
  const text = capturedAt as string
  if (now !== undefined && at > now) return { code: 'captured-at-future', value: text }
  if (Math.abs(at - utcNoon(day)) > CAPTURE_WINDOW_HOURS * 3_600_000)
    return { code: 'captured-at-off-day', value: text, day, hours: CAPTURE_WINDOW_HOURS }
  return null
}

export interface DayCheckOptions {
  /** The current time (ms): a capture time after it is refused. Omit only where no clock applies. */
  now?: number
}

/**
 * Checks a stored or imported day: a valid snapshot plus its day key, capture time and URL kind. Unlike a
 * reading of the page, a day may have `pillars: null` (known only by its total); a capture never does, because
 * the reader's gate is `checkSnapshot`.
 */
export function checkDayRecord(value: unknown, options: DayCheckOptions = {}): Checked<DayRecord> {
  const problem = fieldsProblem(value, true)
  if (problem !== null) return refused(problem)
  const r = value as Record<string, unknown>
  if (!isDayKey(r.day)) return refused({ code: 'bad-day', value: shown(r.day) })
  const timeProblem = capturedAtProblem(r.day, r.capturedAt, options.now)
  if (timeProblem !== null) return refused(timeProblem)
  if (!isCaptureKind(r.urlKind)) return refused({ code: 'unknown-url-kind', value: shown(r.urlKind) })
  // A record without the field (stored before notes existed, or a file without the column) has no note.
  const note = checkNote(r.note)
  if (!note.ok) return refused({ code: 'bad-note', problem: note.error.code, max: NOTE_MAX_CHARS })
  const record = pickFields(value as DayRecord) as DayRecord
  record.day = r.day
  record.capturedAt = r.capturedAt as string
  record.urlKind = r.urlKind as CaptureKind
  record.note = note.value
  return ok(record)
}

/**
 * A problem as compact technical detail ("sum-mismatch: sum 56.734, overall 47, tolerance 1"): the page reader's
 * failure detail, read by developers behind the popup's "Details". Wherever else people see a problem, its words
 * come from the catalogue (`issueWords` in `src/shared/csv-words.ts`).
 */
export function problemDetail(p: { code: string }): string {
  const data = Object.entries(p).filter(([key]) => key !== 'code')
  return data.length === 0 ? p.code : `${p.code}: ${data.map(([key, v]) => `${key} ${v}`).join(', ')}`
}

/** Copies exactly the snapshot fields, so nothing foreign (or page HTML) ever rides along into storage. */
export function pickSnapshot(s: PageSnapshot): PageSnapshot {
  return pickFields(s) as PageSnapshot
}

/** The snapshot fields of a reading or a day; a day's unknown pillars stay `null`. */
function pickFields(
  s: PageSnapshot | DayRecord,
): Omit<PageSnapshot, 'pillars'> & { pillars: Pillars | null } {
  return {
    overall: s.overall,
    pillars: copyPillars(s.pillars),
    industryRank: s.industryRank,
    networkRank: s.networkRank,
    industryAverage: s.industryAverage,
    networkAverage: s.networkAverage,
    overallExact: s.overallExact,
    industryAverageExact: s.industryAverageExact,
    networkAverageExact: s.networkAverageExact,
    industryName: s.industryName,
    industryPillars: copyPillars(s.industryPillars),
    networkPillars: copyPillars(s.networkPillars),
    source: s.source,
  }
}

const copyPillars = (p: Pillars | null): Pillars | null =>
  p && { brand: p.brand, people: p.people, insights: p.insights, relationships: p.relationships }

const round3 = (n: number): number => Math.round(n * 1000) / 1000
