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
import { message, plural, uiLocale } from './i18n.ts'

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

const number = (n: number): string =>
  new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 4 }).format(n)

/** A calendar day as the UI language writes it ("13 Oct 2026"). */
export function dayWords(day: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(utcNoon(day))
}

/** One issue as a sentence (without its line). */
export function issueWords(issue: CsvIssue): string {
  switch (issue.code) {
    case 'empty-file':
      return w('csvIssueEmptyFile')
    case 'not-a-history':
      return w('csvIssueNotAHistory', issue.found)
    case 'missing-columns':
      return w('csvIssueMissingColumns', issue.columns.join(', '))
    case 'duplicate-column':
      return w('csvIssueDuplicateColumn', issue.column)
    case 'unclosed-quote':
      return w('csvIssueUnclosedQuote')
    case 'text-after-quote':
      return w('csvIssueTextAfterQuote')
    case 'cell-count':
      return w('csvIssueCellCount', issue.expected, issue.found)
    case 'bad-date':
      return w('csvIssueBadDate', issue.value)
    case 'date-order-mixed':
      return w(
        issue.order === 'day-first' ? 'csvIssueDateMixedDayFirst' : 'csvIssueDateMixedMonthFirst',
        issue.value,
      )
    case 'future-date':
      return w('csvIssueFutureDate', dayWords(issue.day), dayWords(issue.lastDay))
    case 'duplicate-date':
      return w('csvIssueDuplicateDate', dayWords(issue.day), issue.firstLine)
    case 'not-a-number':
      return w('csvIssueNotANumber', issue.column, issue.value)
    case 'missing-pillars':
      return w('csvIssueMissingPillars', issue.missing.map((id) => fieldWords(id)).join(', '))
    case 'half-pillar-group':
      return w(issue.group === 'industry' ? 'csvIssueHalfIndustryPillars' : 'csvIssueHalfNetworkPillars')
    case 'bad-encoding':
      return w('csvIssueBadEncoding', issue.encoding.toUpperCase())
    case 'not-an-object':
      return w('csvIssueNotAnObject')
    case 'out-of-range':
      if (issue.value === 'null' || issue.value === 'undefined')
        return w('csvIssueMissingValue', fieldWords(issue.field))
      return w(
        issue.integer ? 'csvIssueOutOfRangeWhole' : 'csvIssueOutOfRange',
        fieldWords(issue.field),
        issue.value,
        number(issue.min),
        number(issue.max),
      )
    case 'sum-mismatch':
      return w('csvIssueSumMismatch', number(issue.sum), issue.overall, issue.tolerance)
    case 'exact-total-mismatch':
      return w('csvIssueExactTotal', number(issue.exact), issue.overall)
    case 'industry-name-not-text':
      return w('csvIssueIndustryNameNotText')
    case 'industry-name-too-long':
      return w('csvIssueIndustryNameTooLong', issue.max)
    case 'replacement-character':
      return w('csvIssueReplacementCharacter', fieldWords(issue.field))
    case 'unknown-source':
      return w('csvIssueUnknownSource', issue.value)
    case 'bad-day':
      return w('csvIssueBadDate', issue.value)
    case 'bad-captured-at':
      return w('csvIssueBadCapturedAt', issue.value)
    case 'captured-at-future':
      return w('csvIssueCapturedAtFuture', issue.value)
    case 'captured-at-off-day':
      return w('csvIssueCapturedAtOffDay', issue.value, dayWords(issue.day), issue.hours)
    case 'unknown-url-kind':
      return w('csvIssueUnknownUrlKind', issue.value)
    case 'bad-note':
      return issue.problem === 'too-long'
        ? w('csvIssueNoteTooLong', issue.max)
        : w(NOTE_PROBLEM_KEYS[issue.problem])
  }
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
  return lineRuns(lines)
    .map(([from, to]) => (from === to ? String(from) : `${from}–${to}`))
    .join(', ')
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
  return columns.length === 0 ? null : w('csvNoteIgnoredColumns', columns.map((c) => `“${c}”`).join(', '))
}

export function dateOrderWords(order: DateOrder | null): string | null {
  if (order === null) return null
  return w(order === 'day-first' ? 'csvNoteDayFirst' : 'csvNoteMonthFirst')
}

export function rangeWords(range: DayRange): string {
  return w('csvRange', dayWords(range.from), dayWords(range.to))
}

export { w as csvWord }
