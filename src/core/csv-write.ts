/**
 * History → CSV (RFC 4180): UTF-8 with a BOM, CRLF line ends, one row per day in date order. The standard
 * format uses `,` and dot decimals; the regional one `;` and decimal commas, which is what a spreadsheet set
 * to a European language reads as numbers. Numbers are written shortest-exact, so reading a cell back gives
 * the very same float.
 */
import { BOM, CSV_COLUMNS, neutralizeText, recordCells } from './csv-columns.ts'
import type { CsvFormat } from './csv-format.ts'
import { byDay } from './day.ts'
import type { DayRecord } from './snapshot.ts'

/**
 * `String(n)` (the shortest text that reads back as exactly `n`) without exponent notation, which some
 * spreadsheets read as text: `1e-7` becomes `0.0000001`.
 */
export function formatCsvNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot write ${n} to CSV`)
  const text = String(n)
  const e = text.indexOf('e')
  if (e < 0) return text
  const sign = text.startsWith('-') ? '-' : ''
  const mantissa = text.slice(sign.length, e)
  const exponent = Number(text.slice(e + 1))
  const point = mantissa.indexOf('.')
  const digits = mantissa.replace('.', '')
  // Where the decimal point lands once the exponent is applied, counted in digits from the left.
  const at = (point < 0 ? mantissa.length : point) + exponent
  if (at <= 0) return `${sign}0.${'0'.repeat(-at)}${digits}`
  if (at >= digits.length) return `${sign}${digits}${'0'.repeat(at - digits.length)}`
  return `${sign}${digits.slice(0, at)}.${digits.slice(at)}`
}

const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/

/**
 * One cell: empty for unknown, numbers shortest-exact, text neutralised against formulas and quoted if needed.
 * Every CSV SSI Lens writes (the history, the team) goes through it.
 */
export function formatCell(value: string | number | null, format: CsvFormat = 'standard'): string {
  if (value === null) return ''
  if (typeof value === 'number')
    return format === 'regional' ? formatCsvNumber(value).replace('.', ',') : formatCsvNumber(value)
  const text = neutralizeText(value)
  // `;` is quoted too, so a spreadsheet that guesses `;` as the separator still sees one cell.
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The whole history as one CSV file (BOM, header, one CRLF-terminated row per day, ascending by day) in `format`. */
export function historyToCsv(records: readonly DayRecord[], format: CsvFormat = 'standard'): string {
  const sorted = isAscending(records) ? records : [...records].sort(byDay)
  const separator = format === 'regional' ? ';' : ','
  const lines: string[] = [CSV_COLUMNS.join(separator)]
  for (const record of sorted)
    lines.push(
      recordCells(record)
        .map((cell) => formatCell(cell, format))
        .join(separator),
    )
  return `${BOM}${lines.join('\r\n')}\r\n`
}

function isAscending(records: readonly DayRecord[]): boolean {
  for (let i = 1; i < records.length; i++)
    if ((records[i - 1] as DayRecord).day >= (records[i] as DayRecord).day) return false
  return true
}

/** The download name for an export made on `today` (`YYYY-MM-DD`). */
export function csvFileName(today: string): string {
  return `ssi-history-${today}.csv`
}
