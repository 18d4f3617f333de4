/**
 * The words of the import preview (other tools' files): the issue codes only assembling a day from another
 * tool's rows or a spreadsheet's columns can meet, the mapping's field names, and the preview's own lines. Every
 * code SSI Lens's own CSV reader shares is worded by `csv-words.ts`, so the same problem reads the same wherever
 * it is found. Keys carry the `importPreview` prefix; `tests/shared/import-words.test.ts` checks they exist.
 */

import { type CsvIssue, causeOf, type LineIssue } from '../core/csv-issues.ts'
import type { ImportField, ImportIssue } from '../core/import-issues.ts'
import type { SheetField } from '../core/import-sheet-mapping.ts'
import type { PillarId } from '../core/snapshot.ts'
import type { ValueField } from '../core/validate.ts'
import { csvWord, dayWords, fieldWords, hintWords, issueWords, linesWords } from './csv-words.ts'
import { listOf, pageWords } from './i18n.ts'
import { type WordsByCode, wordsByCode } from './words-by-code.ts'

export type ImportMessageKey = `importPreview${string}`

/** The import preview's words, typed to its keys: a message, and one with plural forms (`$1` the count). */
export const { t: importWord, plural: importPlural } = pageWords<ImportMessageKey>()
const w = importWord

/** An issue only other tools' files have; every other is one of `CsvIssue`'s, worded by `csv-words.ts`. */
type OwnIssue = Exclude<ImportIssue, CsvIssue>

const isCsvIssue = (issue: ImportIssue): issue is CsvIssue => !Object.hasOwn(OWN_WORDS, issue.code)

/** An assembled field's name, in the validator's field names where it has one. */
function importFieldWords(field: ImportField): string {
  const [group, id] = field.split('.') as [string, PillarId | undefined]
  if (id !== undefined) return fieldWords(`${group}Pillars.${id}` as ValueField)
  return fieldWords(field as ValueField | 'industryName')
}

/** What each choice of the mapping menu says. */
const SHEET_FIELD_KEYS: Record<SheetField, ImportMessageKey> = {
  date: 'importPreviewFieldDate',
  overall: 'importPreviewFieldOverall',
  brand: 'importPreviewFieldBrand',
  people: 'importPreviewFieldPeople',
  insights: 'importPreviewFieldInsights',
  relationships: 'importPreviewFieldRelationships',
  industryRank: 'importPreviewFieldIndustryRank',
  networkRank: 'importPreviewFieldNetworkRank',
  industryAverage: 'importPreviewFieldIndustryAverage',
  networkAverage: 'importPreviewFieldNetworkAverage',
  industryName: 'importPreviewFieldIndustryName',
  ignore: 'importPreviewFieldIgnore',
}

export function sheetFieldWords(field: SheetField): string {
  return w(SHEET_FIELD_KEYS[field])
}

const OWN_WORDS: WordsByCode<OwnIssue> = {
  'conflicting-values': (i) =>
    w('importPreviewIssueConflictingValues', importFieldWords(i.field), i.first, i.second),
  'missing-total': () => w('importPreviewIssueMissingTotal'),
  'no-date-column': () => w('importPreviewIssueNoDateColumn'),
  'no-score-columns': () => w('importPreviewIssueNoScoreColumns'),
  'duplicate-mapping': (i) =>
    w(
      'importPreviewIssueDuplicateMapping',
      sheetFieldWords(i.field as SheetField),
      listOf(i.columns.map((c) => `“${c}”`)),
    ),
  'conflicting-files': (i) => w('importPreviewIssueConflictingFiles', dayWords(i.day), i.otherFile),
}

/** One issue as a sentence, without its line. */
export function importIssueWords(issue: ImportIssue): string {
  return isCsvIssue(issue) ? issueWords(issue) : wordsByCode(OWN_WORDS, issue)
}

export interface ImportIssueGroup {
  issue: ImportIssue
  lines: number[]
}

/** Issues with the same cause as one group each, in the order their first line appears. */
export function groupImportIssues(issues: readonly LineIssue<ImportIssue>[]): ImportIssueGroup[] {
  const groups = new Map<string, ImportIssueGroup>()
  for (const { line, issue } of issues) {
    const cause = isCsvIssue(issue)
      ? causeOf(issue)
      : issue.code === 'conflicting-values' || issue.code === 'duplicate-mapping'
        ? `${issue.code}:${issue.field}`
        : issue.code === 'conflicting-files'
          ? `${issue.code}:${issue.otherFile}`
          : issue.code
    const group = groups.get(cause)
    if (group) group.lines.push(line)
    else groups.set(cause, { issue, lines: [line] })
  }
  return [...groups.values()]
}

/** A group as one line: "Lines 2–4: A total without its four pillars: …"; a problem of the whole file has no line. */
export function importGroupWords(group: ImportIssueGroup): string {
  const text = importIssueWords(group.issue)
  const lines = group.lines.filter((l) => l > 0)
  const head =
    lines.length === 0
      ? text
      : lines.length === 1
        ? csvWord('csvLine', lines[0] as number, text)
        : csvWord('csvLines', linesWords(lines), text)
  const hint = isCsvIssue(group.issue) ? hintWords(group.issue) : null
  return hint === null ? head : `${head} ${hint}`
}

/** One line of the per-line detail. */
export function importLineWords({ line, issue }: LineIssue<ImportIssue>): string {
  const text = importIssueWords(issue)
  return line > 0 ? csvWord('csvLine', line, text) : text
}
