/**
 * The CSV format of the history, defined once for writing and reading: which column holds which `DayRecord`
 * field. The first 11 columns are a public contract (the README's CSV section) and never move; the rest make an
 * export → import round trip restore every field exactly.
 */
import type { DayRecord, PeerGroup, PillarId } from './snapshot.ts'
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

/**
 * A day being read from a row: every field still open (`null` = empty cell). The reader fills it column by
 * column, then checks it as a whole with `checkDayRecord`.
 */
export interface DraftDay {
  day: string | null
  overall: number | null
  pillars: Record<PillarId, number | null>
  industryRank: number | null
  networkRank: number | null
  industryAverage: number | null
  networkAverage: number | null
  industryName: string | null
  capturedAt: string | null
  overallExact: number | null
  industryAverageExact: number | null
  networkAverageExact: number | null
  industryPillars: Record<PillarId, number | null>
  networkPillars: Record<PillarId, number | null>
  source: string | null
  urlKind: string | null
  note: string | null
}

type Cell = string | number | null

/** A column holding one value of the day, read as `kind` says; empty cells are `null`. */
interface ValueColumn<K extends 'number' | 'text', T> {
  name: string
  kind: K
  required?: boolean
  get: (r: DayRecord) => T | null
  set: (d: DraftDay, v: T | null) => void
}

/**
 * One column: its header name, how its cell is read, where its value comes from and goes to. Adding a column
 * is one entry here (plus its `DayRecord` / `DraftDay` field). `required` columns must be in every file. The
 * date is read apart (`csv-dates.ts`), so it has no setter.
 */
export type ColumnSpec =
  | { name: string; kind: 'day'; required: true; get: (r: DayRecord) => string }
  | ValueColumn<'number', number>
  | ValueColumn<'text', string>

const group = (name: PeerGroup): ColumnSpec[] =>
  PILLAR_IDS.map((id) => ({
    name: `${name}_${id}`,
    kind: 'number',
    get: (r) => r[`${name}Pillars`]?.[id] ?? null,
    set: (d, v) => {
      d[`${name}Pillars`][id] = v
    },
  }))

/**
 * Every column SSI Lens writes, in order. The first 11 are the contract; import needs only date, overall and the
 * pillars' columns (whose four cells may all be empty on a day known only by its total).
 */
export const COLUMNS: readonly ColumnSpec[] = [
  { name: 'date', kind: 'day', required: true, get: (r) => r.day },
  {
    name: 'overall',
    kind: 'number',
    required: true,
    get: (r) => r.overall,
    set: (d, v) => {
      d.overall = v
    },
  },
  ...PILLAR_IDS.map(
    (id): ColumnSpec => ({
      name: id,
      kind: 'number',
      required: true,
      // A day known only by its total has four empty pillar cells (and reads back as unknown pillars).
      get: (r) => r.pillars?.[id] ?? null,
      set: (d, v) => {
        d.pillars[id] = v
      },
    }),
  ),
  {
    name: 'industry_rank',
    kind: 'number',
    get: (r) => r.industryRank,
    set: (d, v) => {
      d.industryRank = v
    },
  },
  {
    name: 'network_rank',
    kind: 'number',
    get: (r) => r.networkRank,
    set: (d, v) => {
      d.networkRank = v
    },
  },
  {
    name: 'industry_average',
    kind: 'number',
    get: (r) => r.industryAverage,
    set: (d, v) => {
      d.industryAverage = v
    },
  },
  {
    name: 'network_average',
    kind: 'number',
    get: (r) => r.networkAverage,
    set: (d, v) => {
      d.networkAverage = v
    },
  },
  {
    name: 'industry_name',
    kind: 'text',
    get: (r) => r.industryName,
    set: (d, v) => {
      d.industryName = v
    },
  },
  {
    name: 'captured_at',
    kind: 'text',
    get: (r) => r.capturedAt,
    set: (d, v) => {
      d.capturedAt = v
    },
  },
  {
    name: 'overall_exact',
    kind: 'number',
    get: (r) => r.overallExact,
    set: (d, v) => {
      d.overallExact = v
    },
  },
  {
    name: 'industry_average_exact',
    kind: 'number',
    get: (r) => r.industryAverageExact,
    set: (d, v) => {
      d.industryAverageExact = v
    },
  },
  {
    name: 'network_average_exact',
    kind: 'number',
    get: (r) => r.networkAverageExact,
    set: (d, v) => {
      d.networkAverageExact = v
    },
  },
  ...group('industry'),
  ...group('network'),
  {
    name: 'source',
    kind: 'text',
    get: (r) => r.source,
    set: (d, v) => {
      d.source = v
    },
  },
  {
    name: 'url_kind',
    kind: 'text',
    get: (r) => r.urlKind,
    set: (d, v) => {
      d.urlKind = v
    },
  },
  // The person's own note on the day (core/note.ts). Records stored before notes existed may lack the field.
  {
    name: 'note',
    kind: 'text',
    get: (r) => r.note ?? null,
    set: (d, v) => {
      d.note = v
    },
  },
]

/** The header names, in order. */
export const CSV_COLUMNS: readonly string[] = COLUMNS.map((c) => c.name)

/** A record's cells in `COLUMNS` order; `null` is an unknown value (an empty cell). */
export function recordCells(r: DayRecord): Cell[] {
  return COLUMNS.map((c) => c.get(r))
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
