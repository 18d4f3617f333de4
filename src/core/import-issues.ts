/**
 * What can be wrong with another tool's file (linkedin-ssi-data, a spreadsheet kept by hand), as codes with
 * data; the words come from the catalogue. A day's validation problem is passed through as the validator's own
 * reason (`invalid-day`), so every file meets the one gate in `validate.ts`.
 */

/** A field a day is assembled from, in SSI Lens's own names. */
export type ImportField =
  | 'date'
  | 'time'
  | 'overall'
  | 'brand'
  | 'people'
  | 'insights'
  | 'relationships'
  | 'industryRank'
  | 'networkRank'
  | 'industryAverage'
  | 'networkAverage'
  | 'industryName'
  | `industry.${'brand' | 'people' | 'insights' | 'relationships'}`
  | `network.${'brand' | 'people' | 'insights' | 'relationships'}`

export type ImportIssue =
  | { code: 'empty-file' }
  /** The tokenizer's own answer: a quote never closed, or text after a closing quote. */
  | { code: 'csv-syntax'; detail: string }
  | { code: 'bad-date'; value: string }
  | { code: 'future-date'; day: string }
  | { code: 'duplicate-date'; day: string; firstLine: number }
  | { code: 'not-a-number'; field: ImportField; value: string }
  /** The same field twice for one day with different values. */
  | { code: 'conflicting-values'; field: ImportField; first: string; second: string }
  | { code: 'missing-total' }
  /** Some of the four pillars are there, some are not. */
  | { code: 'missing-pillars'; missing: ImportField[] }
  /** A total without any pillar: SSI Lens stores a day only with its four pillars. */
  | { code: 'total-without-pillars' }
  | { code: 'half-pillar-group'; group: 'industry' | 'network' }
  /** The validator refused the assembled day; `reason` is its technical sentence (shown as detail). */
  | { code: 'invalid-day'; reason: string }
  /** No column could be taken for the date (spreadsheets). */
  | { code: 'no-date-column' }
  /** Neither a total nor the four pillars could be mapped (spreadsheets). */
  | { code: 'no-score-columns' }
  /** Two columns mapped to the same field (spreadsheets). */
  | { code: 'duplicate-mapping'; field: ImportField; columns: string[] }
  /** The same day in two files, with different numbers. */
  | { code: 'conflicting-files'; day: string; otherFile: string }

export type ImportIssueCode = ImportIssue['code']

export interface ImportLineIssue {
  /** 1-based line in the file (the header is line 1); 0 for a problem of the file as a whole. */
  line: number
  issue: ImportIssue
}
