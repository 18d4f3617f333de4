/**
 * What can be wrong with a CSV file, as codes with data (line, column, value, limit); the words come from the
 * catalogue. Identical causes are grouped so a file a spreadsheet damaged on every row gives one line, not 43.
 * Shared by every reader that turns a file into `DayRecord`s (SSI Lens's own CSV and other tools' files).
 */
import type { DateOrder } from './csv-dates.ts'
import type { PeerGroup, PillarId } from './snapshot.ts'
import type { ValueProblem } from './validate.ts'

export type CsvIssue =
  | ValueProblem
  | { code: 'empty-file' }
  /** The first line is no SSI Lens header; `found` is that line (clipped, invisible characters shown). */
  | { code: 'not-a-history'; found: string }
  | { code: 'missing-columns'; columns: string[] }
  | { code: 'duplicate-column'; column: string }
  | { code: 'unclosed-quote' }
  | { code: 'text-after-quote' }
  | { code: 'cell-count'; expected: number; found: number }
  | { code: 'bad-date'; value: string }
  /** A date that contradicts the order the rest of the file proves. */
  | { code: 'date-order-mixed'; value: string; order: DateOrder }
  | { code: 'future-date'; day: string; lastDay: string }
  | { code: 'duplicate-date'; day: string; firstLine: number }
  | { code: 'not-a-number'; column: string; value: string }
  /**
   * Some of the day's four pillars are there, some are not (an SSI Lens row with some pillar cells empty, a
   * spreadsheet row, a linkedin-ssi-data day). All four empty is a day known only by its total, not this.
   */
  | { code: 'missing-pillars'; missing: PillarId[] }
  | { code: 'half-pillar-group'; group: PeerGroup }
  | { code: 'bad-encoding'; encoding: string }

export type CsvIssueCode = CsvIssue['code']

/** One problem on one line of a file: SSI Lens's own CSV (`CsvIssue`) or another tool's file (`ImportIssue`). */
export interface LineIssue<I extends { code: string } = CsvIssue> {
  /** 1-based line in the file as a text editor shows it; the header is line 1; 0 for the file as a whole. */
  line: number
  issue: I
}

export interface IssueGroup {
  /** The first line's issue: the example the grouped sentence shows. */
  issue: CsvIssue
  /** Every line with the same cause, ascending. */
  lines: number[]
}

/** What makes two issues "the same cause": the code and the column or field it concerns, not the value. */
export function causeOf(issue: CsvIssue): string {
  switch (issue.code) {
    case 'out-of-range':
    case 'replacement-character':
      return `${issue.code}:${issue.field}`
    case 'not-a-number':
      return `${issue.code}:${issue.column}`
    case 'half-pillar-group':
      return `${issue.code}:${issue.group}`
    case 'cell-count':
      return `${issue.code}:${issue.expected}:${issue.found}`
    default:
      return issue.code
  }
}

/** Issues with the same cause as one group each, in the order their first line appears. */
export function groupIssues(issues: readonly LineIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>()
  for (const { line, issue } of issues) {
    const cause = causeOf(issue)
    const group = groups.get(cause)
    if (group) group.lines.push(line)
    else groups.set(cause, { issue, lines: [line] })
  }
  return [...groups.values()]
}

/** Ascending lines as runs of consecutive numbers: [2, 3, 4, 9] → [[2, 4], [9, 9]]. */
export function lineRuns(lines: readonly number[]): [number, number][] {
  const runs: [number, number][] = []
  for (const line of lines) {
    const last = runs.at(-1)
    if (last && line === last[1] + 1) last[1] = line
    else if (!last || line > last[1]) runs.push([line, line])
  }
  return runs
}

/**
 * The number a spreadsheet probably meant when it read a decimal point as a thousands separator (German
 * LibreOffice reads `12.402` as 12402): a whole number of 1,000 or more above the limit whose thousandth fits.
 */
export function misreadThousands(issue: CsvIssue): number | null {
  if (issue.code !== 'out-of-range') return null
  const value = Number(issue.value)
  if (!Number.isInteger(value) || value < 1000 || value <= issue.max) return null
  const meant = value / 1000
  return meant >= issue.min && meant <= issue.max ? meant : null
}
