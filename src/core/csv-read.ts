/**
 * CSV → history. Reads SSI Lens's own export and the same file after a spreadsheet re-saved it: `,` `;` or tab
 * separators (also a `sep=` first line), decimal commas, one BOM, several or none, any line ends, the optional
 * columns missing or reordered, unknown columns (ignored and named), and dates in the spreadsheet's own format
 * (see `csv-dates.ts`). Every row passes `checkDayRecord`; any problem is an issue code on its line and the
 * whole file is refused, because a half-imported history is a history nobody can trust.
 */
import { BOM, COLUMNS, type ColumnSpec, type DraftDay, restoreText } from './csv-columns.ts'
import {
  type AmbiguousDates,
  classifyDate,
  type DateCell,
  type DateOrder,
  dayIn,
  type FileDateOrder,
  fileDateOrder,
} from './csv-dates.ts'
import type { CsvIssue, LineIssue } from './csv-issues.ts'
import { type CsvRow, scanCsv } from './csv-parse.ts'
import { dayParts } from './day.ts'
import { parseInstant } from './instant.ts'
import { fail, ok, type Result } from './result.ts'
import type { DayRecord, PeerGroup, PillarId, Pillars } from './snapshot.ts'
import { PILLAR_IDS } from './snapshot.ts'
import { checkDayRecord } from './validate.ts'

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
   * The latest day a row may have (`YYYY-MM-DD`). A day in the future would become the "latest" score; the
   * caller allows a day of slack for files written in another time zone.
   */
  lastDay?: string
  /** The current time (ms): a `captured_at` after it is refused. */
  now?: number
  /** The user's answer when every date in the file could be day-first or month-first. */
  dateOrder?: DateOrder
}

/** A file read in full: every day, ready to store. */
export interface CsvRead {
  days: ImportedDay[]
  /** Header names SSI Lens does not know; their cells were not read. */
  ignoredColumns: string[]
  /** How `A/B/YYYY` dates were read, when the file had any that depend on it. */
  dateOrder: DateOrder | null
}

/** Why a file was not read: a question for the user, or the problems of its lines. */
export type CsvReadError =
  | AmbiguousDates
  | {
      code: 'bad-lines'
      issues: LineIssue[]
      /** Set when reading stopped early at this line (a file that is plainly not a history). */
      stoppedAt: number | null
    }

export type CsvReadResult = Result<CsvRead, CsvReadError>

/** A file with this many bad rows is plainly not a history: stop reading it rather than list them all. */
export const STOP_AFTER_ERRORS = 1000

const SEPARATORS = [',', ';', '\t'] as const
const REQUIRED = COLUMNS.filter((c) => c.required).map((c) => c.name)
const BY_NAME = new Map(COLUMNS.map((c) => [c.name, c]))

const badLines = (issues: LineIssue[], stoppedAt: number | null = null): CsvReadResult =>
  fail({ code: 'bad-lines', issues, stoppedAt })

const failure = (line: number, issue: CsvIssue): CsvReadResult => badLines([{ line, issue }])

/**
 * Reads a history CSV. Rows without `captured_at` get noon of their own day, local time, as their capture time
 * (a time inside the day they describe, whatever the time zone); rows without `source`/`url_kind` are marked
 * as imported (`csv` / `import`).
 */
export function readHistoryCsv(text: string, options: ReadOptions = {}): CsvReadResult {
  // Each re-save through a tool that adds a BOM without looking adds another one.
  let start = 0
  while (text.startsWith(BOM, start)) start += BOM.length
  let body = text.slice(start)
  if (body.trim() === '') return failure(1, { code: 'empty-file' })
  // Excel honours (and may write) a first line `sep=;` naming the separator, with whatever line end.
  let lineOffset = 0
  const sepLine = /^sep=(.)(\r\n|\r|\n|$)/i.exec(body)
  if (sepLine) {
    body = body.slice(sepLine[0].length)
    lineOffset = 1
    if (body.trim() === '') return failure(2, { code: 'empty-file' })
  }
  const separator = sepLine?.[1] ?? detectSeparator(body)
  if (!separator) return failure(1 + lineOffset, { code: 'not-a-history', found: shownLine(body) })

  // Most files have ISO dates only: read them in one pass, and look at every date only when one depends on the order.
  const first = readRows(body, separator, lineOffset, options, null)
  if (first.kind === 'done') return first.result
  const order = fileDateOrder(first.dates(), options.dateOrder)
  if (!order.ok) return order
  const second = readRows(body, separator, lineOffset, options, order.value)
  if (second.kind !== 'done') throw new Error('the date order was decided')
  return second.result
}

/** The separator that makes the first line hold `date` and `overall`. */
function detectSeparator(body: string): string | null {
  const line = firstLine(body).toLowerCase()
  for (const sep of SEPARATORS) {
    const names = line.split(sep).map((n) => n.trim().replace(/^"|"$/g, '').trim())
    if (names.includes('date') && names.includes('overall')) return sep
  }
  return null
}

function firstLine(body: string): string {
  return /^[^\r\n]*/.exec(body)?.[0] ?? ''
}

/** The first line as an error may show it: clipped, and with invisible characters (BOM, NUL…) made visible. */
function shownLine(body: string): string {
  const line = firstLine(body)
  const clipped = line.length > 80 ? `${line.slice(0, 80)}…` : line
  return clipped.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: making exactly these invisible characters visible is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\uFEFF]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  )
}

/** Where each known column sits in this file's rows, and which header names were not known. */
interface Layout {
  width: number
  /** The known columns present, with their cell index. */
  columns: { spec: ColumnSpec; at: number }[]
  dateAt: number
  capturedAtGiven: boolean
  ignored: string[]
}

type Header = Result<Layout, CsvIssue>

function readHeader(header: CsvRow): Header {
  const names = header.cells.map((c) => c.trim().toLowerCase())
  while (names.length > 0 && names[names.length - 1] === '') names.pop() // a spreadsheet's trailing separator
  const missing = REQUIRED.filter((name) => !names.includes(name))
  if (missing.length > 0) return fail({ code: 'missing-columns', columns: missing })
  const seen = new Set<string>()
  const layout: Layout = { width: names.length, columns: [], dateAt: -1, capturedAtGiven: false, ignored: [] }
  for (const [at, name] of names.entries()) {
    if (name === '') continue
    if (seen.has(name)) return fail({ code: 'duplicate-column', column: name })
    seen.add(name)
    const spec = BY_NAME.get(name)
    if (spec === undefined) layout.ignored.push(clip((header.cells[at] as string).trim()))
    else if (spec.kind === 'day') layout.dateAt = at
    else layout.columns.push({ spec, at })
    if (name === 'captured_at') layout.capturedAtGiven = true
  }
  return ok(layout)
}

type Pass =
  | { kind: 'done'; result: CsvReadResult }
  /** Reading needs the file's date order; `dates` reads every date cell to decide it. */
  | { kind: 'needs-order'; dates: () => DateCell[] }

/** One pass over the rows. `order` null: not decided yet, so stop at the first date that depends on it. */
function readRows(
  body: string,
  separator: string,
  lineOffset: number,
  options: ReadOptions,
  order: FileDateOrder | null,
): Pass {
  let layout: Layout | null = null
  let headerIssue: LineIssue | null = null
  let needsOrder = false
  const issues: LineIssue[] = []
  const days: ImportedDay[] = []
  const firstLineOfDay = new Map<string, number>()
  let lastLine = 1
  const scan = scanCsv(body, separator, (raw) => {
    const line = raw.line + lineOffset
    lastLine = line
    if (layout === null) {
      const header = readHeader(raw)
      if (!header.ok) headerIssue = { line, issue: header.error }
      else layout = header.value
      return header.ok
    }
    if (raw.cells.every((c) => c.trim() === '')) return true // blank lines, or a spreadsheet's empty row
    const width = rowWidth(raw.cells, layout.width)
    if (width !== layout.width) {
      issues.push({ line, issue: { code: 'cell-count', expected: layout.width, found: width } })
      return issues.length < STOP_AFTER_ERRORS
    }
    const dateCell = raw.cells[layout.dateAt] ?? ''
    const date = classifyDate(dateCell)
    if (date.kind === 'pair' && order === null) {
      needsOrder = true
      return false
    }
    const day = dayIn(date, order ?? NO_ORDER, clip(dateCell.trim()))
    const read = day.ok ? readRow(raw, layout, day.value, options) : day
    if (!read.ok) issues.push({ line, issue: read.error })
    else {
      const { record, capturedAtGiven } = read.value
      const earlier = firstLineOfDay.get(record.day)
      if (earlier === undefined) {
        firstLineOfDay.set(record.day, line)
        days.push({ line, record, capturedAtGiven })
      } else issues.push({ line, issue: { code: 'duplicate-date', day: record.day, firstLine: earlier } })
    }
    return issues.length < STOP_AFTER_ERRORS
  })
  if (needsOrder) return { kind: 'needs-order', dates: () => allDates(body, separator, layout as Layout) }
  if (headerIssue !== null) return done(badLines([headerIssue]))
  if (!scan.ok) issues.push({ line: scan.error.line + lineOffset, issue: { code: scan.error.code } })
  if (layout === null) return done(failure(1 + lineOffset, { code: 'empty-file' }))
  const found = layout as Layout
  if (issues.length === 0)
    return done(ok({ days, ignoredColumns: found.ignored, dateOrder: order?.order ?? null }))
  return done(badLines(issues, scan.ok && scan.value.stopped ? lastLine : null))
}

const done = (result: CsvReadResult): Pass => ({ kind: 'done', result })

/** The first pass meets no date that depends on the order (it stops at the first one). */
const NO_ORDER: FileDateOrder = { order: null, proven: false }

function allDates(body: string, separator: string, layout: Layout): DateCell[] {
  const dates: DateCell[] = []
  let header = true
  scanCsv(body, separator, (row) => {
    if (header) header = false
    else if (!row.cells.every((c) => c.trim() === ''))
      dates.push(classifyDate(row.cells[layout.dateAt] ?? ''))
    return true
  })
  return dates
}

// A decimal comma is what a spreadsheet in most European locales writes; values never need a thousands separator.
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/

/** A number cell: `null` when empty, `NaN` when it is not a number (no allocation: it runs for every cell). */
function readNumber(cell: string): number | null {
  const text = cell.trim()
  if (text === '') return null
  if (!NUMBER.test(text)) return Number.NaN
  return Number(text.replace(',', '.'))
}

/** Noon of `day` in local time, as an ISO instant: the capture time given to rows that have none. */
export function localNoon(day: string): string {
  const [y, m, d] = dayParts(day)
  return new Date(y, m - 1, d, 12).toISOString()
}

const emptyPillars = (): Record<PillarId, number | null> => ({
  brand: null,
  people: null,
  insights: null,
  relationships: null,
})

/** The cells a row really has: a spreadsheet may pad rows with empty cells beyond the header. */
function rowWidth(cells: readonly string[], headerWidth: number): number {
  let width = cells.length
  while (width > headerWidth && (cells[width - 1] as string).trim() === '') width--
  return width
}

type RowRead = Result<{ record: DayRecord; capturedAtGiven: boolean }, CsvIssue>

function readRow(row: CsvRow, layout: Layout, day: string, options: ReadOptions): RowRead {
  const cells = row.cells
  if (options.lastDay !== undefined && day > options.lastDay)
    return fail({ code: 'future-date', day, lastDay: options.lastDay })
  const draft: DraftDay = {
    day,
    overall: null,
    pillars: emptyPillars(),
    industryRank: null,
    networkRank: null,
    industryAverage: null,
    networkAverage: null,
    industryName: null,
    capturedAt: null,
    overallExact: null,
    industryAverageExact: null,
    networkAverageExact: null,
    industryPillars: emptyPillars(),
    networkPillars: emptyPillars(),
    source: null,
    urlKind: null,
    note: null,
  }
  for (const { spec, at } of layout.columns) {
    const cell = cells[at] as string
    if (spec.kind === 'number') {
      const n = readNumber(cell)
      if (Number.isNaN(n)) return fail({ code: 'not-a-number', column: spec.name, value: clip(cell.trim()) })
      spec.set(draft, n)
    } else if (spec.kind === 'text') spec.set(draft, cell === '' ? null : restoreText(cell))
  }
  const pillars = ownPillars(draft.pillars)
  if (!pillars.ok) return pillars
  const industryPillars = pillarGroup(draft.industryPillars, 'industry')
  if (!industryPillars.ok) return industryPillars
  const networkPillars = pillarGroup(draft.networkPillars, 'network')
  if (!networkPillars.ok) return networkPillars
  const candidate = {
    ...draft,
    pillars: pillars.value,
    industryPillars: industryPillars.value,
    networkPillars: networkPillars.value,
    source: draft.source ?? 'csv',
    capturedAt: draft.capturedAt === null ? localNoon(day) : normalInstant(draft.capturedAt),
    urlKind: draft.urlKind ?? 'import',
  }
  // A row without captured_at gets noon of its day as a stand-in, never a claim about when it was read: on
  // tomorrow's row (allowed as time-zone slack) that noon is still ahead, and it must not refuse the row.
  const now = draft.capturedAt === null ? undefined : options.now
  const checked = checkDayRecord(candidate, now === undefined ? {} : { now })
  if (!checked.ok) {
    const problem = checked.error
    // Name the capture time as the file wrote it, not in the form it was normalised to.
    if ((problem.code === 'captured-at-future' || problem.code === 'captured-at-off-day') && draft.capturedAt)
      return fail({ ...problem, value: clip(draft.capturedAt.trim()) })
    return fail(problem)
  }
  return ok({ record: checked.value, capturedAtGiven: draft.capturedAt !== null })
}

/**
 * The day's own four pillars: all four, or none — a day known only by its total (null, shown as "—"). Some
 * filled and some empty is an error: a lost cell, never a day to store with pillars made up or dropped.
 */
function ownPillars(pillars: Record<PillarId, number | null>): Result<Pillars | null, CsvIssue> {
  const empty = PILLAR_IDS.filter((id) => pillars[id] === null)
  if (empty.length === PILLAR_IDS.length) return ok(null)
  if (empty.length > 0) return fail({ code: 'missing-pillars', missing: empty })
  return ok(pillars as Pillars)
}

/** A peer group's four pillars: all four, or none (null); anything in between is an error. */
function pillarGroup(
  group: Record<PillarId, number | null>,
  name: PeerGroup,
): Result<Pillars | null, CsvIssue> {
  const known = PILLAR_IDS.filter((id) => group[id] !== null).length
  if (known === 0) return ok(null)
  if (known < 4) return fail({ code: 'half-pillar-group', group: name })
  return ok(group as Pillars)
}

/** The export's own form of a capture time (`2026-11-22T08:15:00.000Z`); text that is no instant stays as it is for the validator to name. */
function normalInstant(text: string): string {
  const ms = parseInstant(text.trim())
  return ms === null ? text.trim() : new Date(ms).toISOString()
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
