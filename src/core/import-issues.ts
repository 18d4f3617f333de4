/**
 * What can be wrong with another tool's file (linkedin-ssi-data, a spreadsheet kept by hand): every code of SSI
 * Lens's own CSV reader (`csv-issues.ts`, the validator's problems included), plus the few that only assembling
 * a day from rows or mapped columns can meet. Codes with data; the words come from the catalogue.
 */
import type { CsvIssue } from './csv-issues.ts'
import type { DayField } from './day-fields.ts'
import type { PeerGroup, PillarId } from './snapshot.ts'

/** A field a day is assembled from, in SSI Lens's own names: a number of the day, its industry, a peer pillar. */
export type ImportField = DayField | 'industryName' | `${PeerGroup}.${PillarId}`

export type ImportIssue =
  | CsvIssue
  /** The same field twice for one day with different values. */
  | { code: 'conflicting-values'; field: ImportField; first: string; second: string }
  | { code: 'missing-total' }
  /** No column is the date (spreadsheets). */
  | { code: 'no-date-column' }
  /** Neither the total nor a pillar has a column (spreadsheets). */
  | { code: 'no-score-columns' }
  /** Two columns chosen for the same field (spreadsheets). */
  | { code: 'duplicate-mapping'; field: ImportField; columns: string[] }
  /** The same day in two files, with different numbers. */
  | { code: 'conflicting-files'; day: string; otherFile: string }

export type ImportIssueCode = ImportIssue['code']
