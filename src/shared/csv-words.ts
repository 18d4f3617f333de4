/**
 * The words for CSV import results: every issue code of `core/csv-issues.ts` (and the validator's problems), the
 * grouped lines, the summary notes and the date-order question. Core hands over codes with data; this module
 * is the only place they become sentences, through the catalogue's `csv…` keys.
 */
import type { DateOrder, DayRange } from '../core/csv-dates.ts'
import type { CsvEncoding } from '../core/csv-decode.ts'
import { type CsvIssue, type IssueGroup, lineRuns, misreadThousands } from '../core/csv-issues.ts'
import { utcNoon } from '../core/day.ts'
import type { PillarId } from '../core/snapshot.ts'
import type { ValueField } from '../core/validate.ts'
import { listOf, message, plural, uiLocale } from './i18n.ts'
import { type WordsByCode, wordsByCode } from './words-by-code.ts'

/** CSV keys carry the `csv` prefix; `tests/shared/csv-words.test.ts` checks every key used here exists. */
export type CsvMessageKey = `csv${string}`

const w = (key: CsvMessageKey, ...subs: Array<string | number>): string => message(key, subs)

/** A field of a day by its own name (a peer pillar is worded from its pillar's name). */
type NamedField = Exclude<ValueField, `${string}.${string}`> | 'industryName'

const FIELD_KEYS: Record<NamedField, CsvMessageKey> = {
  overall: 'csvFieldOverall',
  brand: 'csvFieldBrand',
  people: 'csvFieldPeople',
  insights: 'csvFieldInsights',
  relationships: 'csvFieldRelationships',
  industryRank: 'csvFieldIndustryRank',
  networkRank: 'csvFieldNetworkRank',
  industryAverage: 'csvFieldIndustryAverage',
  networkAverage: 'csvFieldNetworkAverage',
  overallExact: 'csvFieldOverallExact',
  industryAverageExact: 'csvFieldIndustryAverageExact',
  networkAverageExact: 'csvFieldNetworkAverageExact',
  industryName: 'csvFieldIndustryName',
}

/** A field's name for people: "Establish your professional brand", "your industry's Find the right people". */
export function fieldWords(field: ValueField | 'industryName'): string {
  const [group, id] = field.split('.') as [string, PillarId | undefined]
  if (id !== undefined)
    return w(
      group === 'industryPillars' ? 'csvFieldIndustryPillar' : 'csvFieldNetworkPillar',
      w(FIELD_KEYS[id]),
    )
  return w(FIELD_KEYS[field as NamedField])
}

// Not `formatNumber`'s one decimal: an issue quotes the value a file holds (16.4382, not 16.4), so the person
// finds it in the file.
const number = (n: number): string =>
  new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 4 }).format(n)

/**
 * A calendar day as the UI language writes it ("13 Oct 2026"), always with its year: an issue names a file's row,
 * which may be from any year (the pages' `formatDate` leaves the current year out).
 */
export function dayWords(day: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(utcNoon(day))
}

const ISSUE_WORDS: WordsByCode<CsvIssue> = {
  'empty-file': () => w('csvIssueEmptyFile'),
  'not-a-history': (i) => w('csvIssueNotAHistory', i.found),
  'missing-columns': (i) => w('csvIssueMissingColumns', listOf(i.columns)),
  'duplicate-column': (i) => w('csvIssueDuplicateColumn', i.column),
  'unclosed-quote': () => w('csvIssueUnclosedQuote'),
  'text-after-quote': () => w('csvIssueTextAfterQuote'),
  'cell-count': (i) => w('csvIssueCellCount', i.expected, i.found),
  'bad-date': (i) => w('csvIssueBadDate', i.value),
  'date-order-mixed': (i) =>
    w(i.order === 'day-first' ? 'csvIssueDateMixedDayFirst' : 'csvIssueDateMixedMonthFirst', i.value),
  'future-date': (i) => w('csvIssueFutureDate', dayWords(i.day), dayWords(i.lastDay)),
  'duplicate-date': (i) => w('csvIssueDuplicateDate', dayWords(i.day), i.firstLine),
  'not-a-number': (i) => w('csvIssueNotANumber', i.column, i.value),
  'missing-pillars': (i) => w('csvIssueMissingPillars', listOf(i.missing.map((id) => fieldWords(id)))),
  'half-pillar-group': (i) =>
    w(i.group === 'industry' ? 'csvIssueHalfIndustryPillars' : 'csvIssueHalfNetworkPillars'),
  'bad-encoding': (i) => w('csvIssueBadEncoding', i.encoding.toUpperCase()),
  'not-an-object': () => w('csvIssueNotAnObject'),
  'out-of-range': (i) =>
    i.value === 'null' || i.value === 'undefined'
      ? w('csvIssueMissingValue', fieldWords(i.field))
      : w(
          i.integer ? 'csvIssueOutOfRangeWhole' : 'csvIssueOutOfRange',
          fieldWords(i.field),
          i.value,
          number(i.min),
          number(i.max),
        ),
  'sum-mismatch': (i) => w('csvIssueSumMismatch', number(i.sum), i.overall, i.tolerance),
  'exact-total-mismatch': (i) => w('csvIssueExactTotal', number(i.exact), i.overall),
  'industry-name-not-text': () => w('csvIssueIndustryNameNotText'),
  'industry-name-too-long': (i) => w('csvIssueIndustryNameTooLong', i.max),
  'replacement-character': (i) => w('csvIssueReplacementCharacter', fieldWords(i.field)),
  'unknown-source': (i) => w('csvIssueUnknownSource', i.value),
  'bad-day': (i) => w('csvIssueBadDate', i.value),
  'bad-captured-at': (i) => w('csvIssueBadCapturedAt', i.value),
  'captured-at-future': (i) => w('csvIssueCapturedAtFuture', i.value),
  'captured-at-off-day': (i) => w('csvIssueCapturedAtOffDay', i.value, dayWords(i.day), i.hours),
  'unknown-url-kind': (i) => w('csvIssueUnknownUrlKind', i.value),
  'bad-note': (i) =>
    i.problem === 'too-long' ? w('csvIssueNoteTooLong', i.max) : w(NOTE_PROBLEM_KEYS[i.problem]),
}

/** One issue as a sentence (without its line). */
export function issueWords(issue: CsvIssue): string {
  return wordsByCode(ISSUE_WORDS, issue)
}

const NOTE_PROBLEM_KEYS = {
  'not-text': 'csvIssueNoteNotText',
  'control-character': 'csvIssueNoteControl',
  'replacement-character': 'csvIssueNoteReplacement',
} as const

/** What to do about a cause, when there is more to say than the issue itself. */
export function hintWords(issue: CsvIssue): string | null {
  const meant = misreadThousands(issue)
  if (meant !== null && issue.code === 'out-of-range')
    return w('csvHintThousands', meant.toFixed(3), issue.value)
  if (issue.code === 'future-date') return w('csvHintFutureDate')
  if (issue.code === 'captured-at-future') return w('csvHintCapturedAtFuture')
  if (issue.code === 'date-order-mixed') return w('csvHintDateMixed')
  return null
}

/** "2–44, 50, 52–60" */
export function linesWords(lines: readonly number[]): string {
  return listOf(lineRuns(lines).map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)))
}

/** A group as one line: "Lines 2–44: Establish your professional brand is 12402, not 0–25. <hint>" */
export function groupWords(group: IssueGroup): string {
  const head =
    group.lines.length === 1
      ? w('csvLine', group.lines[0] as number, issueWords(group.issue))
      : w('csvLines', linesWords(group.lines), issueWords(group.issue))
  const hint = hintWords(group.issue)
  return hint === null ? head : `${head} ${hint}`
}

/** One line of the per-line detail. */
export function lineWords(line: number, issue: CsvIssue): string {
  return w('csvLine', line, issueWords(issue))
}

export function daysWords(count: number): string {
  return plural('csvDays', count)
}

export function summaryWords(counts: { added: number; replaced: number; kept: number }): string {
  return w('csvSummary', daysWords(counts.added), counts.replaced, counts.kept)
}

export function encodingWords(encoding: CsvEncoding): string | null {
  if (encoding === 'windows-1252') return w('csvNoteWindows1252')
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return w('csvNoteUtf16')
  return null
}

export function ignoredColumnsWords(columns: readonly string[]): string | null {
  return columns.length === 0 ? null : w('csvNoteIgnoredColumns', listOf(columns.map((c) => `“${c}”`)))
}

export function dateOrderWords(order: DateOrder | null): string | null {
  if (order === null) return null
  return w(order === 'day-first' ? 'csvNoteDayFirst' : 'csvNoteMonthFirst')
}

export function rangeWords(range: DayRange): string {
  return w('csvRange', dayWords(range.from), dayWords(range.to))
}

export { w as csvWord }
