/**
 * Several files at once, before anything is written: what each one is (SSI Lens's own CSV, a linkedin-ssi-data
 * day file, or a spreadsheet kept by hand), the days it gives, the range they cover, how a spreadsheet's columns
 * were understood, and every problem. Then the files together: a day in two files with different numbers is a
 * problem too, because picking one would silently drop the other. The import is all or nothing, so it can go
 * ahead only when no file has a problem.
 */

import type { DateOrder, DayRange } from './csv-dates.ts'
import type { LineIssue } from './csv-issues.ts'
import type { ImportedDay } from './csv-read.ts'
import { readHistoryCsv } from './csv-read.ts'
import type { ImportIssue } from './import-issues.ts'
import { guessTableMapping, readSheet, sheetTable } from './import-sheet.ts'
import type { SheetField } from './import-sheet-mapping.ts'
import { isSsiDataHeader, readSsiData } from './import-ssi-data.ts'
import type { DayRecord } from './snapshot.ts'

export type ImportFormat = 'ssi-lens' | 'linkedin-ssi-data' | 'sheet'

/** How a spreadsheet was understood: its headers, the mapping in use and the one guessed. */
export interface SheetUnderstanding {
  headers: string[]
  /** The first data rows' cells, for the preview to show under each column. */
  sample: string[][]
  guessed: SheetField[]
  mapping: SheetField[]
}

export interface FileUnderstanding {
  name: string
  format: ImportFormat
  days: ImportedDay[]
  issues: LineIssue<ImportIssue>[]
  range: DayRange | null
  /** How `A/B/YYYY` dates were read, when the file had any. */
  dateOrder: DateOrder | null
  /** Every date could be either order: the user must choose (each reading's range is shown). */
  needsDateOrder: { dayFirst: DayRange; monthFirst: DayRange } | null
  /** linkedin-ssi-data rows, or SSI Lens columns, that SSI Lens does not use. */
  ignoredRows: number
  ignoredColumns: string[]
  sheet: SheetUnderstanding | null
}

export interface UnderstandOptions {
  /** The latest day a file may have. */
  lastDay?: string
  /** The current time (ms): a reading after it is refused. */
  now?: number
  /** The user's mapping for a spreadsheet (otherwise the guess). */
  mapping?: readonly SheetField[]
  /** The user's answer for a spreadsheet whose dates could be either order. */
  dateOrder?: DateOrder
}

/** Rows of a spreadsheet the preview shows under its headers. */
export const PREVIEW_ROWS = 3

/** Which reader a file needs, from its first line. */
export function formatOf(text: string): ImportFormat {
  const body = text.replace(/^\uFEFF+/, '').replace(/^sep=.\r?\n/, '')
  const first = /^[^\r\n]*/.exec(body)?.[0] ?? ''
  if (isSsiDataHeader(first)) return 'linkedin-ssi-data'
  // SSI Lens's own header starts with the contract's first columns, with any of the separators it accepts.
  if (/^\s*"?date"?\s*[,;\t]\s*"?overall"?\s*[,;\t]\s*"?brand"?/i.test(first)) return 'ssi-lens'
  return 'sheet'
}

function rangeOf(days: readonly ImportedDay[]): DayRange | null {
  let range: DayRange | null = null
  for (const { record } of days) {
    if (range === null) range = { from: record.day, to: record.day }
    else {
      if (record.day < range.from) range.from = record.day
      if (record.day > range.to) range.to = record.day
    }
  }
  return range
}

/** The options without the ones left unset (the readers take optional fields, not `undefined`). */
function given<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as T
}

/** Reads one file with the reader its first line calls for. */
export function understandFile(
  name: string,
  text: string,
  options: UnderstandOptions = {},
): FileUnderstanding {
  const format = formatOf(text)
  const base: FileUnderstanding = {
    name,
    format,
    days: [],
    issues: [],
    range: null,
    dateOrder: null,
    needsDateOrder: null,
    ignoredRows: 0,
    ignoredColumns: [],
    sheet: null,
  }
  const { lastDay, now, dateOrder } = options
  if (format === 'linkedin-ssi-data') {
    const read = readSsiData(text, given({ lastDay, now }))
    return {
      ...base,
      days: read.days,
      issues: read.issues,
      range: rangeOf(read.days),
      ignoredRows: read.ignoredRows,
    }
  }
  if (format === 'ssi-lens') {
    const read = readHistoryCsv(text, given({ lastDay, now, dateOrder }))
    if (read.ok)
      return {
        ...base,
        days: read.value.days,
        range: rangeOf(read.value.days),
        dateOrder: read.value.dateOrder,
        ignoredColumns: read.value.ignoredColumns,
      }
    const { error } = read
    if (error.code === 'ambiguous-dates')
      return { ...base, needsDateOrder: { dayFirst: error.dayFirst, monthFirst: error.monthFirst } }
    return { ...base, issues: error.issues }
  }
  const table = sheetTable(text)
  if (!table.ok) return { ...base, issues: table.error.issues }
  const guessed = guessTableMapping(table.value)
  const mapping =
    options.mapping && options.mapping.length === table.value.headers.length ? [...options.mapping] : guessed
  const read = readSheet(table.value, mapping, given({ lastDay, now, dateOrder }))
  return {
    ...base,
    days: read.days,
    issues: read.issues,
    range: rangeOf(read.days),
    dateOrder: read.dateOrder,
    needsDateOrder: read.needsDateOrder,
    sheet: {
      headers: table.value.headers,
      sample: table.value.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
      guessed,
      mapping,
    },
  }
}

/** The numbers of a day, without how or when it was recorded: two files agree when these are equal. */
function numbersOf(r: DayRecord): string {
  const { capturedAt: _c, source: _s, urlKind: _u, ...numbers } = r
  return JSON.stringify(numbers, Object.keys(numbers).sort())
}

export interface CombinedImport {
  /** Every day once, ascending: what the import would send. */
  days: ImportedDay[]
  /** The files, each with the problems it has together with the others added. */
  files: FileUnderstanding[]
  /** True when no file has a problem or an open question and there is at least one day. */
  ready: boolean
}

/**
 * The files together. A day in several files with the same numbers is taken once (the first file's reading,
 * or a later one that gives its own time when the first does not); with other numbers it is a problem of the
 * later file, naming the earlier one.
 */
export function combineFiles(files: readonly FileUnderstanding[]): CombinedImport {
  const byDay = new Map<string, { file: string; day: ImportedDay }>()
  const combined = files.map((file) => {
    const extra: LineIssue<ImportIssue>[] = []
    for (const day of file.days) {
      const key = day.record.day
      const earlier = byDay.get(key)
      if (earlier === undefined) byDay.set(key, { file: file.name, day })
      else if (numbersOf(earlier.day.record) !== numbersOf(day.record))
        extra.push({
          line: day.line,
          issue: { code: 'conflicting-files', day: key, otherFile: earlier.file },
        })
      else if (!earlier.day.capturedAtGiven && day.capturedAtGiven) byDay.set(key, { file: file.name, day })
    }
    return extra.length === 0 ? file : { ...file, issues: [...file.issues, ...extra] }
  })
  const days = [...byDay.values()].map((v) => v.day).sort((a, b) => (a.record.day < b.record.day ? -1 : 1))
  const ready = days.length > 0 && combined.every((f) => f.issues.length === 0 && f.needsDateOrder === null)
  return { days, files: combined, ready }
}
