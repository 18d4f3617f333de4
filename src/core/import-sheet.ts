/**
 * A spreadsheet kept by hand, read with a column mapping (guessed by `import-sheet-mapping.ts`, corrected by the
 * user): one row per day, a date column, and the total and/or the four pillars under any headers. Separators
 * `,` `;` or tab; decimal commas; dates as the spreadsheet writes them (`csv-dates.ts`, the same rules as SSI
 * Lens's own import, including asking for the order when every date could be day-first or month-first). Every
 * day goes through `assembleDay`, so through `checkDayRecord`.
 */
import {
  classifyDate,
  type DateCell,
  type DateOrder,
  type DayRange,
  dayIn,
  fileDateOrder,
} from './csv-dates.ts'
import type { LineIssue } from './csv-issues.ts'
import { type CsvRow, parseCsv } from './csv-parse.ts'
import type { ImportedDay } from './csv-read.ts'
import { assembleDay, type DayFields, readPlainNumber } from './import-day.ts'
import type { ImportField, ImportIssue } from './import-issues.ts'
import { guessMapping, type SheetField } from './import-sheet-mapping.ts'
import { fail, ok, type Result } from './result.ts'
import { PILLAR_IDS } from './snapshot.ts'

/** Rows looked at to guess the mapping. */
export const SAMPLE_ROWS = 20

export interface SheetTable {
  separator: string
  headers: string[]
  /** The data rows (the header excluded), blank rows left out. */
  rows: CsvRow[]
}

export type SheetTableResult = Result<SheetTable, { code: 'bad-lines'; issues: LineIssue<ImportIssue>[] }>

const badLine = (line: number, issue: ImportIssue): SheetTableResult =>
  fail({ code: 'bad-lines', issues: [{ line, issue }] })

/** The separator of a header line: a tab or `;` wherever a spreadsheet wrote one, else `,`. */
function separatorOf(firstLine: string): string {
  if (firstLine.includes('\t')) return '\t'
  const semicolons = firstLine.split(';').length
  const commas = firstLine.split(',').length
  return semicolons > commas ? ';' : ','
}

/** Splits a sheet into its header and data rows. */
export function sheetTable(text: string): SheetTableResult {
  const body = text.replace(/^\uFEFF+/, '')
  if (body.trim() === '') return badLine(1, { code: 'empty-file' })
  const separator = separatorOf(/^[^\r\n]*/.exec(body)?.[0] ?? '')
  const parsed = parseCsv(body, separator)
  if (!parsed.ok) return badLine(parsed.error.line, { code: parsed.error.code })
  const [header, ...rest] = parsed.value
  const rows = rest.filter((r) => r.cells.some((c) => c.trim() !== ''))
  if (header === undefined || rows.length === 0) return badLine(1, { code: 'empty-file' })
  return ok({ separator, headers: header.cells.map((c) => c.trim()), rows })
}

/** The mapping guessed for a table, from its headers and its first rows. */
export function guessTableMapping(table: SheetTable): SheetField[] {
  return guessMapping(
    table.headers,
    table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
  )
}

/** Problems of a mapping as a whole (line 0): no date, no score, a field chosen twice. */
export function mappingIssues(
  headers: readonly string[],
  mapping: readonly SheetField[],
): LineIssue<ImportIssue>[] {
  const issues: LineIssue<ImportIssue>[] = []
  if (!mapping.includes('date')) issues.push({ line: 0, issue: { code: 'no-date-column' } })
  if (!mapping.includes('overall') && !PILLAR_IDS.some((id) => mapping.includes(id)))
    issues.push({ line: 0, issue: { code: 'no-score-columns' } })
  const seen = new Map<SheetField, string[]>()
  mapping.forEach((field, i) => {
    if (field === 'ignore') return
    seen.set(field, [...(seen.get(field) ?? []), headers[i] ?? `#${i + 1}`])
  })
  for (const [field, columns] of seen)
    if (columns.length > 1)
      issues.push({ line: 0, issue: { code: 'duplicate-mapping', field: field as ImportField, columns } })
  return issues
}

export interface SheetReading {
  days: ImportedDay[]
  issues: LineIssue<ImportIssue>[]
  /** How `A/B/YYYY` dates were read, when there were any. */
  dateOrder: DateOrder | null
  /** Set when every date could be either order: the user picks one (showing both ranges), then read again. */
  needsDateOrder: { dayFirst: DayRange; monthFirst: DayRange } | null
}

export interface SheetOptions {
  /** The latest day a row may have. */
  lastDay?: string
  /** The current time (ms), for the validator's capture-time rule. */
  now?: number
  /** The user's answer to `needsDateOrder`. */
  dateOrder?: DateOrder
}

/** Ranks may be written "12 %" or "Top 12%": the number without the percent sign or the word. */
function rankNumber(cell: string): number | null {
  return readPlainNumber(cell.replace(/%/g, '').replace(/^\s*top\s*/i, ''))
}

/** Reads every row of `table` with `mapping` (one field per column). */
export function readSheet(
  table: SheetTable,
  mapping: readonly SheetField[],
  options: SheetOptions = {},
): SheetReading {
  const none: SheetReading = { days: [], issues: [], dateOrder: null, needsDateOrder: null }
  const structural = mappingIssues(table.headers, mapping)
  if (structural.length > 0) return { ...none, issues: structural }
  const dateAt = mapping.indexOf('date')
  const dates = table.rows.map((r) => classifyDate(r.cells[dateAt] ?? ''))
  const order = fileDateOrder(dates, options.dateOrder)
  if (!order.ok) {
    const { dayFirst, monthFirst } = order.error
    return { ...none, needsDateOrder: { dayFirst, monthFirst } }
  }

  const issues: LineIssue<ImportIssue>[] = []
  const days: ImportedDay[] = []
  const firstLineOf = new Map<string, number>()
  table.rows.forEach((row, r) => {
    const read = dayIn(dates[r] as DateCell, order.value, (row.cells[dateAt] ?? '').trim())
    if (!read.ok) {
      issues.push({ line: row.line, issue: read.error })
      return
    }
    const day = read.value
    if (options.lastDay !== undefined && day > options.lastDay) {
      issues.push({ line: row.line, issue: { code: 'future-date', day, lastDay: options.lastDay } })
      return
    }
    const fields: DayFields = {}
    let broken = false
    mapping.forEach((field, i) => {
      if (broken || field === 'ignore' || field === 'date') return
      const cell = (row.cells[i] ?? '').trim()
      if (cell === '') return
      if (field === 'industryName') {
        fields.industryName = cell
        return
      }
      const n = field === 'industryRank' || field === 'networkRank' ? rankNumber(cell) : readPlainNumber(cell)
      if (n === null) return
      if (Number.isNaN(n)) {
        issues.push({
          line: row.line,
          issue: { code: 'not-a-number', column: table.headers[i] ?? '', value: cell },
        })
        broken = true
        return
      }
      fields[field] = n
    })
    if (broken) return
    const earlier = firstLineOf.get(day)
    if (earlier !== undefined) {
      issues.push({ line: row.line, issue: { code: 'duplicate-date', day, firstLine: earlier } })
      return
    }
    firstLineOf.set(day, row.line)
    const assembled = assembleDay(day, fields, null, row.line, options.now)
    if (assembled.ok) days.push(assembled.value)
    else issues.push({ line: row.line, issue: assembled.error })
  })
  return { days, issues, dateOrder: order.value.order, needsDateOrder: null }
}
