/**
 * Why a refused team file was refused, in one word the page can put in plain words: a file whose header is not
 * SSI Lens's is no SSI Lens export at all (a photo, another tool's sheet); one whose header is right but whose
 * rows fail the checks is a broken export. The reader's lines go behind the page's disclosure either way.
 */
import type { CsvIssueCode, LineIssue } from '../core/csv-issues.ts'
import type { TeamFileProblem } from '../shared/protocol.ts'

/** Issues about the header itself: the file is no SSI Lens history at all. */
const HEADER_CODES: ReadonlySet<CsvIssueCode> = new Set<CsvIssueCode>([
  'not-a-history',
  'missing-columns',
  'duplicate-column',
])

export function teamFileProblem(text: string, issues: readonly LineIssue[]): TeamFileProblem {
  const body = text.replace(/^\uFEFF+/, '')
  if (body.trim() === '' || issues.some((i) => i.issue.code === 'empty-file')) return 'empty'
  return issues.length > 0 && issues.every((i) => HEADER_CODES.has(i.issue.code)) ? 'not-export' : 'rows'
}
