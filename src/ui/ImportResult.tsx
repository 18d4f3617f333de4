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
    const imported = result.value
    const notes = [
      encodingWords(imported.encoding),
      dateOrderWords(imported.dateOrder),
      ignoredColumnsWords(imported.ignoredColumns),
    ].filter((n): n is string => n !== null)
    return (
      <div class="import-result" data-outcome="imported">
        <p class="ok">{summaryWords(imported)}</p>
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
  const refused = result.error
  if (refused.code === 'ambiguous-dates') {
    return (
      <div class="import-result" data-outcome="date-order">
        <p>{csvWord('csvDateOrderQuestion', fileName)}</p>
        <div class="date-order-choices">
          <button type="button" class="button" disabled={disabled} onClick={() => onDateOrder('day-first')}>
            {csvWord('csvDateOrderDayFirst', rangeWords(refused.dayFirst))}
          </button>
          <button type="button" class="button" disabled={disabled} onClick={() => onDateOrder('month-first')}>
            {csvWord('csvDateOrderMonthFirst', rangeWords(refused.monthFirst))}
          </button>
        </div>
      </div>
    )
  }
  const { issues, stoppedAt } = refused
  const groups = groupIssues(issues)
  const more = issues.length - DETAIL_LINES
  return (
    <div class="import-result" data-outcome="refused">
      <p class="error">{csvWord('csvRejected', fileName)}</p>
      <ul class="issue-groups">
        {groups.map((group) => (
          <li key={`${group.lines[0]}:${group.issue.code}`}>{groupWords(group)}</li>
        ))}
      </ul>
      {stoppedAt !== null && <p class="error">{csvWord('csvStopped', stoppedAt)}</p>}
      {issues.length > 1 && (
        <details class="issue-lines">
          <summary>{csvWord('csvDetails', issues.length)}</summary>
          <ul>
            {issues.slice(0, DETAIL_LINES).map(({ line, issue }) => (
              <li key={`${line}:${issue.code}`}>{lineWords(line, issue)}</li>
            ))}
            {more > 0 && <li>{csvWord('csvMoreLines', more)}</li>}
          </ul>
        </details>
      )}
    </div>
  )
}
