/**
 * CSV → history. Reads SSI Lens's own export and the same file after a spreadsheet re-saved it: `;` or tab
 * separators, decimal commas, no BOM, CRLF or LF, columns after the first 11 missing or reordered, dates with a
 * midnight time appended. Every row passes `checkDayRecord`; any problem is reported with its line number and
 * the whole file is refused, because a half-imported history is a history nobody can trust.
 */
import {
  BOM,
  CONTRACT_COLUMNS,
  CSV_COLUMNS,
  type CsvColumn,
  restoreText,
  TEXT_COLUMNS,
} from './csv-columns.ts'
import { type CsvRow, scanCsv } from './csv-parse.ts'
import { isDayKey } from './day.ts'
import type { DayRecord, Pillars } from './snapshot.ts'
import { PILLAR_IDS } from './snapshot.ts'
import { checkDayRecord } from './validate.ts'

export interface CsvLineError {
  /** 1-based line in the file; the header is line 1. */
  line: number
  message: string
}

export interface ImportedDay {
  line: number
  record: DayRecord
  /**
   * False when the file had no `captured_at` for this day. Such a row may add a missing day but never
   * replaces a stored one: without a time, nobody can say which reading is newer.
   */
  capturedAtGiven: boolean
}

export interface ReadOptions {
  /**
   * The latest day a row may have (`YYYY-MM-DD`). A day in the future would become the "latest" score and stay
   * on the badge for years; the caller allows a day or two of slack for files written in another time zone.
   */
  lastDay?: string
}

export type CsvReadResult = { ok: true; days: ImportedDay[] } | { ok: false; errors: CsvLineError[] }

/** More errors than this are summarised in one last line: nobody reads 10,000 of them. */
export const MAX_REPORTED_ERRORS = 50
/** A file with this many bad rows is plainly not a history: stop reading it rather than list them all. */
export const STOP_AFTER_ERRORS = 1000

const SEPARATORS = [',', ';', '\t']

/**
 * Reads a history CSV. Rows without `captured_at` get noon of their own day, local time, as their capture time
 * (a time inside the day they describe, whatever the time zone); rows without `source`/`url_kind` are marked
 * as imported (`csv` / `import`).
 */
export function readHistoryCsv(text: string, options: ReadOptions = {}): CsvReadResult {
  let body = text.startsWith(BOM) ? text.slice(BOM.length) : text
  if (body.trim() === '') return fail([{ line: 1, message: 'the file is empty' }])
  // Excel honours (and may write) a first line `sep=;` naming the separator.
  let lineOffset = 0
  const sepLine = /^sep=(.)\r?\n/.exec(body)
  if (sepLine) {
    body = body.slice(sepLine[0].length)
    lineOffset = 1
  }
  const separator = sepLine?.[1] ?? detectSeparator(body)
  if (!separator) return fail([{ line: 1 + lineOffset, message: headerMessage(firstLine(body)) }])
  let columns: Layout | null = null
  const errors: CsvLineError[] = []
  const days: ImportedDay[] = []
  const firstLineOfDay = new Map<string, number>()
  let lastLine = 1
  const scan = scanCsv(body, separator, (raw) => {
    const row = lineOffset === 0 ? raw : { ...raw, line: raw.line + lineOffset }
    lastLine = row.line
    if (columns === null) {
      const header = readHeader(row)
      if (!header.ok) errors.push({ line: row.line, message: header.message })
      else columns = header.layout
      return header.ok
    }
    if (row.cells.every((c) => c.trim() === '')) return true // blank lines, or a spreadsheet's empty row
    const read = readRow(row, columns, options.lastDay)
    if (!read.ok) errors.push({ line: row.line, message: read.message })
    else {
      const earlier = firstLineOfDay.get(read.value.record.day)
      if (earlier === undefined) {
        firstLineOfDay.set(read.value.record.day, row.line)
        days.push(read.value)
      } else
        errors.push({
          line: row.line,
          message: `the date ${read.value.record.day} is already on line ${earlier}`,
        })
    }
    return errors.length < STOP_AFTER_ERRORS
  })
  if (!scan.ok) errors.push({ line: scan.line + lineOffset, message: scan.message })
  if (columns === null && errors.length === 0) errors.push({ line: 1, message: 'the file is empty' })
  if (errors.length === 0) return { ok: true, days }
  return {
    ok: false,
    errors: capErrors(
      errors,
      MAX_REPORTED_ERRORS,
      scan.ok && scan.stopped && columns !== null ? lastLine : null,
    ),
  }
}

/**
 * At most `max` errors, then one line saying how many more there are (or, when reading stopped early at
 * `stoppedAt`, how many more were found before that line).
 */
export function capErrors(
  errors: readonly CsvLineError[],
  max = MAX_REPORTED_ERRORS,
  stoppedAt: number | null = null,
): CsvLineError[] {
  if (errors.length <= max && stoppedAt === null) return [...errors]
  const kept = errors.slice(0, max)
  const rest = errors.length - kept.length
  const more = `${rest} more ${rest === 1 ? 'error' : 'errors'}`
  const line = (errors[max] ?? errors[errors.length - 1] ?? { line: 1 }).line
  return [
    ...kept,
    stoppedAt === null
      ? { line, message: `…and ${more}` }
      : { line: stoppedAt, message: `…and ${more} up to line ${stoppedAt}, where reading stopped` },
  ]
}

const fail = (errors: CsvLineError[]): CsvReadResult => ({ ok: false, errors: capErrors(errors) })

function firstLine(body: string): string {
  return /^[^\r\n]*/.exec(body)?.[0] ?? ''
}

/** The header starts with `date`, so the character after it is the separator the file uses. */
function detectSeparator(body: string): string | null {
  const m = /^ *"?date"? *(.)/i.exec(body)
  return m?.[1] && SEPARATORS.includes(m[1]) ? m[1] : null
}

function headerMessage(found: string): string {
  const shown = found.length > 60 ? `${found.slice(0, 60)}…` : found
  return `this is not an SSI Lens history: the first line must be the header "${CONTRACT_COLUMNS.join(',')}", found "${shown}"`
}

type Header = { ok: true; layout: Layout } | { ok: false; message: string }

/** The first 11 columns must be the contract's, in order; later columns may be any known ones, or missing. */
function readHeader(header: CsvRow): Header {
  const names = header.cells.map((c) => c.trim().toLowerCase())
  while (names.length > 0 && names[names.length - 1] === '') names.pop() // a spreadsheet's trailing separator
  for (let i = 0; i < CONTRACT_COLUMNS.length; i++) {
    if (names[i] !== CONTRACT_COLUMNS[i]) return { ok: false, message: headerMessage(header.cells.join(',')) }
  }
  const cellOf = CSV_COLUMNS.map(() => -1)
  for (const [i, name] of names.entries()) {
    const column = Object.hasOwn(COLUMN, name) ? COLUMN[name as CsvColumn] : undefined
    if (column === undefined) return { ok: false, message: `unknown column "${name}" in the header` }
    if (cellOf[column] !== -1)
      return { ok: false, message: `the column "${name}" appears twice in the header` }
    cellOf[column] = i
  }
  return { ok: true, layout: { width: names.length, cellOf } }
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string }

// A decimal comma is what a spreadsheet in most European locales writes; values never need a thousands separator.
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/

/** A number cell: `null` when empty, `NaN` when it is not a number (no allocation: it runs for every cell). */
function readNumber(cell: string): number | null {
  const text = cell.trim()
  if (text === '') return null
  if (!NUMBER.test(text)) return Number.NaN
  return Number(text.replace(',', '.'))
}

// ISO day, or the same with `/` or `.`, optionally followed by a midnight time (what spreadsheets append).
const DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/

function readDay(cell: string): Read<string> {
  const m = DATE.exec(cell.trim())
  const day = m ? `${m[1]}-${(m[3] as string).padStart(2, '0')}-${(m[4] as string).padStart(2, '0')}` : ''
  if (!isDayKey(day)) return { ok: false, message: `the date "${clip(cell)}" is not a YYYY-MM-DD day` }
  return { ok: true, value: day }
}

// The export's `2026-11-22T08:15:00.000Z`; a spreadsheet may drop the `T`, the seconds or the zone.
const TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/

function readCapturedAt(cell: string): Read<string | null> {
  const text = cell.trim()
  if (text === '') return { ok: true, value: null }
  const m = TIME.exec(text)
  // Without a zone the time is taken as UTC, which is what the export writes.
  const ms = m ? Date.parse(m[1] ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`) : Number.NaN
  if (Number.isNaN(ms)) return { ok: false, message: `captured_at "${clip(text)}" is not an ISO time` }
  return { ok: true, value: new Date(ms).toISOString() }
}

/** Noon of `day` in local time, as an ISO instant: the capture time given to rows that have none. */
export function localNoon(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, 12).toISOString()
}

/** Where each column sits in this file's rows (columns after the first 11 may be missing or reordered). */
interface Layout {
  width: number
  /** For each column of `CSV_COLUMNS` (by position), its cell index in this file, or −1 when missing. */
  cellOf: number[]
}

/** A column's position in `CSV_COLUMNS`; rows are read by position, which keeps the per-cell work small. */
const COLUMN = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, i])) as Record<CsvColumn, number>
const NUMBER_COLUMNS = CSV_COLUMNS.flatMap((c, i) => (c === 'date' || TEXT_COLUMNS.has(c) ? [] : [i]))

function readRow(row: CsvRow, layout: Layout, lastDay: string | undefined): Read<ImportedDay> {
  const cells = row.cells
  let width = cells.length
  // A spreadsheet may pad rows with empty cells beyond the header.
  while (width > layout.width && (cells[width - 1] as string).trim() === '') width--
  if (width !== layout.width) return { ok: false, message: `expected ${layout.width} cells, found ${width}` }
  const cell = (column: number): string => {
    const i = layout.cellOf[column] as number
    return i < 0 ? '' : (cells[i] as string)
  }

  const day = readDay(cell(COLUMN.date))
  if (!day.ok) return day
  if (lastDay !== undefined && day.value > lastDay)
    return { ok: false, message: `the date ${day.value} is in the future` }
  const numbers: (number | null)[] = []
  for (const column of NUMBER_COLUMNS) {
    const n = readNumber(cell(column))
    if (Number.isNaN(n))
      return { ok: false, message: `${CSV_COLUMNS[column]} is "${clip(cell(column).trim())}", not a number` }
    numbers[column] = n
  }
  const num = (column: CsvColumn): number | null => numbers[COLUMN[column]] ?? null
  const capturedAt = readCapturedAt(cell(COLUMN.captured_at))
  if (!capturedAt.ok) return capturedAt
  const industryPillars = readPillarGroup(numbers, 'industry')
  if (!industryPillars.ok) return industryPillars
  const networkPillars = readPillarGroup(numbers, 'network')
  if (!networkPillars.ok) return networkPillars
  const text = (column: CsvColumn): string | null => {
    const value = cell(COLUMN[column])
    return value === '' ? null : restoreText(value)
  }
  const candidate = {
    overall: num('overall'),
    pillars: {
      brand: num('brand'),
      people: num('people'),
      insights: num('insights'),
      relationships: num('relationships'),
    },
    industryRank: num('industry_rank'),
    networkRank: num('network_rank'),
    industryAverage: num('industry_average'),
    networkAverage: num('network_average'),
    overallExact: num('overall_exact'),
    industryAverageExact: num('industry_average_exact'),
    networkAverageExact: num('network_average_exact'),
    industryName: text('industry_name'),
    industryPillars: industryPillars.value,
    networkPillars: networkPillars.value,
    source: text('source') ?? 'csv',
    day: day.value,
    capturedAt: capturedAt.value ?? localNoon(day.value),
    urlKind: text('url_kind') ?? 'import',
  }
  const checked = checkDayRecord(candidate)
  if (!checked.ok) return { ok: false, message: checked.reason }
  return {
    ok: true,
    value: { line: row.line, record: checked.value, capturedAtGiven: capturedAt.value !== null },
  }
}

const GROUP_COLUMNS = {
  industry: PILLAR_IDS.map((id) => COLUMN[`industry_${id}`]),
  network: PILLAR_IDS.map((id) => COLUMN[`network_${id}`]),
}

/** A peer group's four pillars: all four, or none (null); anything in between is an error. */
function readPillarGroup(
  numbers: readonly (number | null)[],
  group: 'industry' | 'network',
): Read<Pillars | null> {
  const [brand, people, insights, relationships] = GROUP_COLUMNS[group].map((k) => numbers[k] ?? null)
  const known = [brand, people, insights, relationships].filter((v) => v !== null).length
  if (known === 0) return { ok: true, value: null }
  if (known < 4)
    return { ok: false, message: `${group}_brand … ${group}_relationships must be all filled or all empty` }
  return { ok: true, value: { brand, people, insights, relationships } as Pillars }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
