/**
 * The single gate every number passes before it may become history: the parser's output, messages from the
 * content script, and every CSV row. A wrong day is worse than a missing one, so anything out of range or
 * inconsistent is refused with a reason that names what failed.
 */

import { isDayKey } from './day.ts'
import type { DayRecord, PageSnapshot, Pillars, SnapshotSource, UrlKind } from './snapshot.ts'
import { PILLAR_IDS, PILLAR_LABELS } from './snapshot.ts'

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string }

const SOURCES: readonly SnapshotSource[] = ['embedded-json', 'dom', 'text', 'csv']
const URL_KINDS: readonly UrlKind[] = ['page-load', 'in-app-navigation', 'import']

/** The page rounds the pillar sum for its total; LinkedIn's own rounding rule is unsettled (round or ceil). */
export const TOTAL_TOLERANCE = 1

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const inRange = (v: unknown, min: number, max: number): v is number => isNumber(v) && v >= min && v <= max
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function checkPillars(value: unknown, what: string): string | null {
  if (!isRecord(value)) return `${what} are missing`
  for (const id of PILLAR_IDS) {
    const v = value[id]
    if (!inRange(v, 0, 25)) return `${what}: ${PILLAR_LABELS[id]} is ${String(v)}, not a number from 0 to 25`
  }
  return null
}

function checkNullable(
  value: unknown,
  name: string,
  min: number,
  max: number,
  integer = false,
): string | null {
  if (value === null) return null
  if (!inRange(value, min, max) || (integer && !Number.isInteger(value)))
    return `${name} is ${String(value)}, not ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`
  return null
}

/** The sum of four pillars, as the page would total them. */
export function pillarSum(p: Pillars): number {
  return p.brand + p.people + p.insights + p.relationships
}

/** Checks a snapshot's ranges and its one internal invariant: the total matches the pillars (±1). */
export function checkSnapshot(value: unknown): Checked<PageSnapshot> {
  const problem = snapshotProblem(value)
  return problem === null
    ? { ok: true, value: pickSnapshot(value as PageSnapshot) }
    : { ok: false, reason: problem }
}

/**
 * The first thing wrong with a snapshot, or null. Checks run in a fixed order with early returns and build a
 * string only on failure: import runs this for every row of a ten-year file.
 */
function snapshotProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not a snapshot object'
  const s = value
  const overall = s.overall
  if (!inRange(overall, 0, 100) || !Number.isInteger(overall))
    return `the total is ${String(overall)}, not a whole number from 0 to 100`
  const problem =
    checkPillars(s.pillars, 'pillars') ??
    sumProblem(s.pillars as Pillars, overall) ??
    checkNullable(s.industryRank, 'the industry rank', 1, 100, true) ??
    checkNullable(s.networkRank, 'the network rank', 1, 100, true) ??
    checkNullable(s.industryAverage, 'the industry average', 0, 100) ??
    checkNullable(s.networkAverage, 'the network average', 0, 100) ??
    checkNullable(s.overallExact, 'the exact total', 0, 100) ??
    checkNullable(s.industryAverageExact, 'the exact industry average', 0, 100) ??
    checkNullable(s.networkAverageExact, 'the exact network average', 0, 100) ??
    (s.industryPillars === null ? null : checkPillars(s.industryPillars, 'industry pillars')) ??
    (s.networkPillars === null ? null : checkPillars(s.networkPillars, 'network pillars'))
  if (problem !== null) return problem
  if (isNumber(s.overallExact) && Math.abs(s.overallExact - overall) >= 1)
    return `the exact total ${s.overallExact} does not round to the total ${overall}`
  if (s.industryName !== null && (typeof s.industryName !== 'string' || !s.industryName.trim()))
    return 'the industry name is not text'
  if (typeof s.industryName === 'string' && s.industryName.length > 200)
    return 'the industry name is longer than 200 characters'
  if (!SOURCES.includes(s.source as SnapshotSource)) return `unknown source ${JSON.stringify(s.source)}`
  return null
}

function sumProblem(pillars: Pillars, overall: number): string | null {
  const sum = pillarSum(pillars)
  if (Math.abs(Math.round(sum) - overall) <= TOTAL_TOLERANCE) return null
  return `the pillars add up to ${round3(sum)}, which does not match the total ${overall} (±${TOTAL_TOLERANCE})`
}

/** Checks a stored or imported day: a valid snapshot plus its day key, capture time and URL kind. */
export function checkDayRecord(value: unknown): Checked<DayRecord> {
  const problem = snapshotProblem(value)
  if (problem !== null) return { ok: false, reason: problem }
  const r = value as Record<string, unknown>
  if (!isDayKey(r.day))
    return { ok: false, reason: `the date ${JSON.stringify(r.day)} is not a YYYY-MM-DD day` }
  if (typeof r.capturedAt !== 'string' || Number.isNaN(Date.parse(r.capturedAt)))
    return { ok: false, reason: `the capture time ${JSON.stringify(r.capturedAt)} is not an ISO time` }
  if (!URL_KINDS.includes(r.urlKind as UrlKind))
    return { ok: false, reason: `unknown URL kind ${JSON.stringify(r.urlKind)}` }
  const record = pickSnapshot(value as PageSnapshot) as DayRecord
  record.day = r.day
  record.capturedAt = r.capturedAt
  record.urlKind = r.urlKind as UrlKind
  return { ok: true, value: record }
}

/** Copies exactly the snapshot fields, so nothing foreign (or page HTML) ever rides along into storage. */
export function pickSnapshot(s: PageSnapshot): PageSnapshot {
  return {
    overall: s.overall,
    pillars: copyPillars(s.pillars) as Pillars,
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
