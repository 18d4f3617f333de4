/**
 * A small RFC 4180 reader that remembers on which line each row starts, so import errors can point at the line
 * the user sees in a text editor. Libraries such as d3-dsv silently accept a quote that is never closed and
 * report no line numbers; both matter here. Accepts CRLF, LF or a lone CR, and any one-character separator.
 * Linear in the size of the text (it slices rather than appending character by character).
 */
import { fail, ok, type Result } from './result.ts'

export interface CsvRow {
  /** 1-based line on which the row starts (a quoted cell may span lines). */
  line: number
  cells: string[]
}

/** Why the text is not CSV: a quote never closed, or text after a closing quote. */
export type CsvSyntaxCode = 'unclosed-quote' | 'text-after-quote'

/** Where the text stops being CSV: the code, and the line the problem is on. */
export interface CsvSyntaxError {
  code: CsvSyntaxCode
  line: number
}

export type CsvTable = Result<CsvRow[], CsvSyntaxError>

const QUOTE = 34 // "
const CR = 13
const LF = 10

/** Line breaks inside `text`, counting CRLF once. */
function countLineBreaks(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++
  }
  return n
}

/** Splits `text` into rows of cells. A quote that is never closed, or text after a closing quote, is an error. */
export function parseCsv(text: string, separator: string): CsvTable {
  const rows: CsvRow[] = []
  const scan = scanCsv(text, separator, (row) => {
    rows.push(row)
    return true
  })
  return scan.ok ? ok(rows) : scan
}

/** `stopped`: the visitor asked to stop before the end of the text. */
export type CsvScan = Result<{ stopped: boolean }, CsvSyntaxError>

/**
 * Calls `visit` with each row as soon as it is read; `visit` returns false to stop reading (a file that is
 * plainly wrong need not be read to its end). The text is never split into more rows than were visited.
 */
export function scanCsv(text: string, separator: string, visit: (row: CsvRow) => boolean): CsvScan {
  const sep = separator.charCodeAt(0)
  const end = text.length
  let i = 0
  let line = 1
  while (i < end) {
    const row: CsvRow = { line, cells: [] }
    // One row: cells until a line break or the end of the text.
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line
        let cell = ''
        let from = i + 1
        for (;;) {
          const close = text.indexOf('"', from)
          if (close < 0) return fail({ code: 'unclosed-quote', line: opened })
          cell += text.slice(from, close)
          if (text.charCodeAt(close + 1) === QUOTE) {
            cell += '"'
            from = close + 2
            continue
          }
          i = close + 1
          break
        }
        line += countLineBreaks(cell)
        row.cells.push(cell)
        const next = text.charCodeAt(i)
        if (i < end && next !== sep && next !== CR && next !== LF)
          return fail({ code: 'text-after-quote', line })
      } else {
        const start = i
        for (; i < end; i++) {
          const c = text.charCodeAt(i)
          if (c === sep || c === CR || c === LF) break
        }
        row.cells.push(text.slice(start, i))
      }
      if (i >= end) break
      const c = text.charCodeAt(i)
      if (c === sep) {
        // Another cell follows, even at the very end of the text (then an empty one).
        i++
        continue
      }
      // A line break ends the row.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      line++
      break
    }
    if (!visit(row)) return ok({ stopped: true })
  }
  return ok({ stopped: false })
}
