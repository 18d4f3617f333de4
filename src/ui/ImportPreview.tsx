import { useMemo, useState } from 'preact/hooks'
import type { DateOrder } from '../core/csv-dates.ts'
import { type CsvEncoding, decodeCsvBytes } from '../core/csv-decode.ts'
import { addDays, dayKey, isDayKey } from '../core/day.ts'
import {
  type CombinedImport,
  combineFiles,
  type FileUnderstanding,
  understandFile,
} from '../core/import-files.ts'

import { SHEET_FIELDS, type SheetField } from '../core/import-sheet-mapping.ts'
import {
  csvWord,
  dateOrderWords,
  daysWords,
  dayWords,
  encodingWords,
  ignoredColumnsWords,
  issueWords,
  rangeWords,
  summaryWords,
} from '../shared/csv-words.ts'
import { comma, listOf } from '../shared/i18n.ts'
import {
  groupImportIssues,
  importGroupWords,
  importLineWords,
  importPlural,
  sheetFieldWords,
  importWord as w,
} from '../shared/import-words.ts'
import type {
  Answer,
  DaysRefused,
  ImportDaysResult,
  ImportedDays,
  MessageName,
  Payload,
} from '../shared/protocol.ts'
import { errorWords as errorText } from '../shared/reply-words.ts'
import { useAsync } from './use-async.ts'
import './import-preview.css'

/** The shape of `send()` in `src/shared/messaging.ts` (tests hand in a stand-in). */
export type Send = <K extends MessageName>(type: K, payload: Payload<K>) => Promise<Answer<K>>

interface Props {
  /** The files the user chose (an `<input type="file" multiple>`'s files). */
  files: readonly File[]
  send: Send
  /** Called once the days were written. */
  onImported?: (result: ImportedDays) => void
  /** The clock, for tests: the latest day a file may have is tomorrow (time-zone slack), as for every import. */
  now?: () => Date
}

type Loaded = { name: string; text: string; encoding: CsvEncoding } | { name: string; failed: CsvEncoding }

/** The user's corrections for one file: a spreadsheet's mapping, the date order. */
interface Choice {
  mapping?: SheetField[]
  dateOrder?: DateOrder
}

type Plan =
  | { kind: 'none' }
  | { kind: 'asking' }
  | { kind: 'ready'; result: ImportDaysResult }
  | { kind: 'failed'; message: string }

type Outcome =
  | { kind: 'importing' }
  | { kind: 'done'; result: ImportedDays }
  | { kind: 'refused'; result: DaysRefused }
  | { kind: 'failed'; message: string }

async function load(file: File): Promise<Loaded> {
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()))
  return decoded.ok
    ? { name: file.name, ...decoded.value }
    : { name: file.name, failed: decoded.error.encoding }
}

/**
 * The preview of several files before anything is written: for each file, what kind it is, the days it gives,
 * how a spreadsheet's columns were understood (a menu under each column to correct it), the date-order question
 * where the dates could be read two ways, and every problem, grouped, with the lines behind a disclosure. Then
 * one Import for all of them: the background writes every day in one transaction, or none. Before the button,
 * a dry run says what it will do and names the stored days newer readings will replace.
 */
export function ImportPreview({ files, send, onImported, now = () => new Date() }: Props) {
  const [clock] = useState(() => {
    const at = now()
    return { lastDay: addDays(dayKey(at), 1), now: at.getTime() }
  })
  const [loaded, setLoaded] = useState<Loaded[] | null>(null)
  const [choices, setChoices] = useState<Choice[]>([])
  const [plan, setPlan] = useState<Plan>({ kind: 'none' })
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useAsync(
    () => {
      setLoaded(null)
      setOutcome(null)
      return Promise.all(files.map(load))
    },
    (all) => {
      setLoaded(all)
      setChoices(all.map(() => ({})))
    },
    // Reading a chosen file does not fail (an unreadable one is a `failed` entry); nothing to show otherwise.
    () => undefined,
    [files],
  )

  const combined = useMemo<CombinedImport | null>(() => {
    if (loaded === null) return null
    const understood = loaded.map((file, i): FileUnderstanding => {
      if ('failed' in file)
        return {
          ...understandFile(file.name, ''),
          format: 'sheet',
          issues: [{ line: 0, issue: { code: 'bad-encoding', encoding: file.failed } }],
        }
      return understandFile(file.name, file.text, { ...clock, ...choices[i] })
    })
    return combineFiles(understood)
  }, [loaded, choices, clock])

  // The dry run: what the import would do with the history as it is now.
  useAsync(
    () => {
      if (combined === null || !combined.ready || outcome !== null) {
        setPlan({ kind: 'none' })
        return null
      }
      setPlan({ kind: 'asking' })
      return send('importDays', { days: inputs(combined), dryRun: true })
    },
    (result) => setPlan({ kind: 'ready', result }),
    (error) => setPlan({ kind: 'failed', message: errorText(error) }),
    [combined, send, outcome],
  )

  const choose = (index: number, change: Choice) =>
    setChoices((all) => all.map((c, i) => (i === index ? { ...c, ...change } : c)))

  async function importAll() {
    if (combined === null || !combined.ready) return
    setOutcome({ kind: 'importing' })
    try {
      const result = await send('importDays', { days: inputs(combined), dryRun: false })
      if (result.ok) {
        setOutcome({ kind: 'done', result: result.value })
        onImported?.(result.value)
      } else setOutcome({ kind: 'refused', result: result.error })
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorText(error) })
    }
  }

  const encodings = new Map(loaded?.flatMap((f) => ('encoding' in f ? [[f.name, f.encoding] as const] : [])))
  const planned = plan.kind === 'ready' && plan.result.ok ? plan.result.value : null
  const canImport = combined?.ready === true && planned !== null && outcome === null
  return (
    <section class="import-preview" data-testid="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">{w('importPreviewTitle')}</h2>
      {combined === null ? (
        <p aria-live="polite">{w('importPreviewReading')}</p>
      ) : (
        combined.files.map((file, i) => (
          <FilePreview
            // Files may share a name (two folders); their order is stable.
            key={`${i}:${file.name}`}
            file={file}
            encoding={encodings.get(file.name) ?? null}
            onMapping={(mapping) => choose(i, { mapping })}
            onDateOrder={(dateOrder) => choose(i, { dateOrder })}
            disabled={outcome !== null}
          />
        ))
      )}
      {combined !== null && (
        <div class="import-preview-actions">
          {!combined.ready && outcome === null && (
            <p class="error">
              {w(
                combined.days.length === 0 && allClean(combined)
                  ? 'importPreviewNothing'
                  : 'importPreviewBlocked',
              )}
            </p>
          )}
          {planned && outcome === null && (
            <>
              <p>{w('importPreviewPlan', summaryWords(planned))}</p>
              {planned.replacedDays.length > 0 && (
                <p class="import-preview-replaced">
                  {w('importPreviewReplaces', listOf(planned.replacedDays.map(dayWords)))}
                </p>
              )}
            </>
          )}
          {plan.kind === 'ready' && !plan.result.ok && <Refused result={plan.result.error} />}
          {plan.kind === 'failed' && <p class="error">{w('importPreviewFailed', plan.message)}</p>}
          {outcome === null && (
            <button type="button" class="button primary" disabled={!canImport} onClick={importAll}>
              {w('importPreviewImport', daysWords(combined.days.length))}
            </button>
          )}
          {outcome?.kind === 'importing' && <p aria-live="polite">{w('importPreviewImporting')}</p>}
          {outcome?.kind === 'done' && (
            <p class="ok" role="status">
              {w('importPreviewDone', summaryWords(outcome.result))}
            </p>
          )}
          {outcome?.kind === 'refused' && <Refused result={outcome.result} />}
          {outcome?.kind === 'failed' && (
            <p class="error" role="alert">
              {w('importPreviewFailed', outcome.message)}
            </p>
          )}
        </div>
      )}
    </section>
  )
}

const allClean = (combined: CombinedImport): boolean =>
  combined.files.every((f) => f.issues.length === 0 && f.needsDateOrder === null)

const inputs = (combined: CombinedImport) =>
  combined.days.map((d) => ({ record: d.record, capturedAtGiven: d.capturedAtGiven }))

/** How many of a file's days come with a total only: they are kept with unknown pillars, which the preview says. */
function pillarsUnknownWords(file: FileUnderstanding): string | null {
  const count = file.days.filter((d) => d.record.pillars === null).length
  return count === 0 ? null : w('importPreviewPillarsUnknown', daysWords(count))
}

const FORMAT_KEYS = {
  'ssi-lens': 'importPreviewFormatSsiLens',
  'linkedin-ssi-data': 'importPreviewFormatSsiData',
  sheet: 'importPreviewFormatSheet',
} as const

/** Lines listed one by one inside the disclosure; the rest are counted. */
const DETAIL_LINES = 50

interface FileProps {
  file: FileUnderstanding
  encoding: CsvEncoding | null
  onMapping: (mapping: SheetField[]) => void
  onDateOrder: (order: DateOrder) => void
  disabled: boolean
}

function FilePreview({ file, encoding, onMapping, onDateOrder, disabled }: FileProps) {
  const notes = [
    encoding && encodingWords(encoding),
    dateOrderWords(file.dateOrder),
    ignoredColumnsWords(file.ignoredColumns),
    file.ignoredRows > 0 ? importPlural('importPreviewIgnoredRows', file.ignoredRows) : null,
    pillarsUnknownWords(file),
  ].filter((n): n is string => typeof n === 'string')
  const groups = groupImportIssues(file.issues)
  const more = file.issues.length - DETAIL_LINES
  return (
    <article class="import-file" data-format={file.format} data-days={file.days.length}>
      <h3>{file.name}</h3>
      <p class="import-file-summary">
        {w(FORMAT_KEYS[file.format])}
        {' · '}
        {file.range === null
          ? w('importPreviewNoDays')
          : `${daysWords(file.days.length)}${comma()}${file.range.from === file.range.to ? dayWords(file.range.from) : rangeWords(file.range)}`}
      </p>
      {notes.length > 0 && (
        <ul class="import-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {file.sheet && <MappingTable sheet={file.sheet} onMapping={onMapping} disabled={disabled} />}
      {file.needsDateOrder && (
        <div class="import-date-order">
          <p>{csvWord('csvDateOrderQuestion', file.name)}</p>
          <button type="button" class="button" disabled={disabled} onClick={() => onDateOrder('day-first')}>
            {csvWord('csvDateOrderDayFirst', rangeWords(file.needsDateOrder.dayFirst))}
          </button>
          <button type="button" class="button" disabled={disabled} onClick={() => onDateOrder('month-first')}>
            {csvWord('csvDateOrderMonthFirst', rangeWords(file.needsDateOrder.monthFirst))}
          </button>
        </div>
      )}
      {groups.length > 0 && (
        <div class="import-problems" data-testid="import-problems">
          <p class="error">{w('importPreviewProblems')}</p>
          <ul>
            {groups.map((group) => (
              <li key={`${group.lines[0]}:${group.issue.code}`}>{importGroupWords(group)}</li>
            ))}
          </ul>
          {file.issues.length > 1 && (
            <details>
              <summary>{csvWord('csvDetails', file.issues.length)}</summary>
              <ul>
                {file.issues.slice(0, DETAIL_LINES).map((issue) => (
                  <li key={`${issue.line}:${issue.issue.code}`}>{importLineWords(issue)}</li>
                ))}
                {more > 0 && <li>{csvWord('csvMoreLines', more)}</li>}
              </ul>
            </details>
          )}
        </div>
      )}
    </article>
  )
}

interface MappingProps {
  sheet: NonNullable<FileUnderstanding['sheet']>
  onMapping: (mapping: SheetField[]) => void
  disabled: boolean
}

/** The spreadsheet's header, a menu under each column (the guess preselected), and its first rows. */
function MappingTable({ sheet, onMapping, disabled }: MappingProps) {
  const set = (index: number, field: SheetField) =>
    onMapping(sheet.mapping.map((f, i) => (i === index ? field : f)))
  return (
    <div class="import-mapping-scroll">
      <table class="import-mapping">
        <caption>{w('importPreviewColumns')}</caption>
        <thead>
          <tr>
            {sheet.headers.map((header, i) => (
              <th key={i} scope="col">
                {header || `#${i + 1}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr class="import-mapping-choice">
            {sheet.headers.map((header, i) => (
              <td key={i}>
                <select
                  aria-label={w('importPreviewColumnLabel', header || `#${i + 1}`)}
                  value={sheet.mapping[i]}
                  disabled={disabled}
                  onChange={(event) => set(i, (event.currentTarget as HTMLSelectElement).value as SheetField)}
                >
                  {SHEET_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {sheetFieldWords(field)}
                    </option>
                  ))}
                </select>
              </td>
            ))}
          </tr>
          {sheet.sample.map((row, r) => (
            <tr key={r} class="import-mapping-sample">
              {sheet.headers.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The background refused days the page had checked: shown as technical detail, never expected. */
function Refused({ result }: { result: DaysRefused }) {
  return (
    <div class="error" role="alert">
      <p>{w('importPreviewRefused')}</p>
      <details>
        <summary>{csvWord('csvDetails', result.refused.length)}</summary>
        <ul>
          {result.refused.map((r) => (
            <li key={r.day}>
              {isDayKey(r.day) ? dayWords(r.day) : r.day}: {issueWords(r.issue)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}
