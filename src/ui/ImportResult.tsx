import './import-result.css'
import type { DateOrder } from '../core/csv-dates.ts'
import { groupIssues } from '../core/csv-issues.ts'
import {
  csvWord,
  dateOrderWords,
  encodingWords,
  groupWords,
  ignoredColumnsWords,
  lineWords,
  rangeWords,
  summaryWords,
} from '../shared/csv-words.ts'
import type { ImportCsvResult as Result } from '../shared/protocol.ts'

/** Lines listed one by one inside the disclosure; the rest are counted. */
const DETAIL_LINES = 50

interface Props {
  fileName: string
  result: Result
  /** The user's answer to the date-order question; the page re-sends the same file with it. */
  onDateOrder: (order: DateOrder) => void
  disabled?: boolean
}

/**
 * What an import did, for any page that imports a history file: the summary (added / replaced / kept, how the
 * file was decoded and read, the columns left out), the date-order question with one button per reading, or
 * the refusal as one line per cause with every line's detail behind a disclosure.
 */
export function ImportResult({ fileName, result, onDateOrder, disabled = false }: Props) {
  if (result.ok) {
    const notes = [
      encodingWords(result.encoding),
      dateOrderWords(result.dateOrder),
      ignoredColumnsWords(result.ignoredColumns),
    ].filter((n): n is string => n !== null)
    return (
      <div class="import-result" data-outcome="imported">
        <p class="ok">{summaryWords(result)}</p>
        {notes.length > 0 && (
          <ul class="import-notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  if ('needs' in result) {
    return (
      <div class="import-result" data-outcome="date-order">
        <p>{csvWord('csvDateOrderQuestion', fileName)}</p>
        <div class="date-order-choices">
          <button type="button" class="button" disabled={disabled} onClick={() => onDateOrder('day-first')}>
            {csvWord('csvDateOrderDayFirst', rangeWords(result.dayFirst))}
          </button>
          <button type="button" class="button" disabled={disabled} onClick={() => onDateOrder('month-first')}>
            {csvWord('csvDateOrderMonthFirst', rangeWords(result.monthFirst))}
          </button>
        </div>
      </div>
    )
  }
  const groups = groupIssues(result.errors)
  const more = result.errors.length - DETAIL_LINES
  return (
    <div class="import-result" data-outcome="refused">
      <p class="error">{csvWord('csvRejected', fileName)}</p>
      <ul class="issue-groups">
        {groups.map((group) => (
          <li key={`${group.lines[0]}:${group.issue.code}`}>{groupWords(group)}</li>
        ))}
      </ul>
      {result.stoppedAt !== null && <p class="error">{csvWord('csvStopped', result.stoppedAt)}</p>}
      {result.errors.length > 1 && (
        <details class="issue-lines">
          <summary>{csvWord('csvDetails', result.errors.length)}</summary>
          <ul>
            {result.errors.slice(0, DETAIL_LINES).map(({ line, issue }) => (
              <li key={`${line}:${issue.code}`}>{lineWords(line, issue)}</li>
            ))}
            {more > 0 && <li>{csvWord('csvMoreLines', more)}</li>}
          </ul>
        </details>
      )}
    </div>
  )
}
