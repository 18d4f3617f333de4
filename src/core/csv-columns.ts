/**
 * The CSV format of the history, defined once for writing and reading: which column holds which `DayRecord`
 * field. The first 11 columns are the public test contract (PRODUCT.md) and never move; the rest make an
 * export → import round trip restore every field exactly.
 */
import type { DayRecord, PillarId } from './snapshot.ts'
import { PILLAR_IDS } from './snapshot.ts'

/** The columns every tool may rely on, in this order. */
export const CONTRACT_COLUMNS = [
  'date',
  'overall',
  'brand',
  'people',
  'insights',
  'relationships',
  'industry_rank',
  'network_rank',
  'industry_average',
  'network_average',
  'industry_name',
] as const

/** Every column SSI Lens writes, in order. Import needs only the first 11; the others may be missing. */
export const CSV_COLUMNS = [
  ...CONTRACT_COLUMNS,
  'captured_at',
  'overall_exact',
  'industry_average_exact',
  'network_average_exact',
  ...PILLAR_IDS.map((id) => `industry_${id}` as const),
  ...PILLAR_IDS.map((id) => `network_${id}` as const),
  'source',
  'url_kind',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** Columns that hold text (everything else is a number or the date). */
export const TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>([
  'industry_name',
  'captured_at',
  'source',
  'url_kind',
])

/** A record's cells in `CSV_COLUMNS` order; `null` is an unknown value (an empty cell). */
export function recordCells(r: DayRecord): (string | number | null)[] {
  const group = (p: DayRecord['industryPillars']) => PILLAR_IDS.map((id: PillarId) => (p ? p[id] : null))
  return [
    r.day,
    r.overall,
    ...PILLAR_IDS.map((id) => r.pillars[id]),
    r.industryRank,
    r.networkRank,
    r.industryAverage,
    r.networkAverage,
    r.industryName,
    r.capturedAt,
    r.overallExact,
    r.industryAverageExact,
    r.networkAverageExact,
    ...group(r.industryPillars),
    ...group(r.networkPillars),
    r.source,
    r.urlKind,
  ]
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"); tab and CR
 * count too. The apostrophe is in the set so that the escape stays reversible: see `neutralizeText`.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"])

/** Prefixes a text cell that a spreadsheet would run as a formula with `'` (which spreadsheets hide). */
export function neutralizeText(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text
}

/**
 * Undoes `neutralizeText` exactly. An unescaped text never starts with `'` followed by a trigger, because
 * `'` is itself a trigger, so stripping one apostrophe there is always the inverse.
 */
export function restoreText(cell: string): string {
  return cell.charAt(0) === "'" && FORMULA_TRIGGERS.has(cell.charAt(1)) ? cell.slice(1) : cell
}

/** The byte order mark that makes Excel open the file as UTF-8. */
export const BOM = '\uFEFF'
