/**
 * Why a refused team file was refused, in one word the page can put in plain words: a file whose header is not
 * SSI Lens's is no SSI Lens export at all (a photo, another tool's sheet); one whose header is right but whose
 * rows fail the checks is a broken export. The reader's lines go behind the page's disclosure either way.
 */
import type { CsvLineError } from '../core/csv-read.ts'
import type { TeamFileProblem } from '../shared/protocol.ts'

export function teamFileProblem(text: string, errors: readonly CsvLineError[]): TeamFileProblem {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return 'empty'
  // The header is line 1, or line 2 after an Excel `sep=;` line; the reader stops at a header it cannot use.
  const headerLine = /^sep=.\r?\n/.test(body) ? 2 : 1
  return errors.length > 0 && errors.every((e) => e.line === headerLine) ? 'not-export' : 'rows'
}
