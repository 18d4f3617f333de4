/**
 * "Add people's CSV files": a multiple file input and a drop zone. Each file becomes one person, named from the
 * file name; the background checks the whole file and writes it in one transaction or not at all, so one broken
 * file never half-writes and never stops the others. A name already on the team asks before replacing.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { decodeCsvBytes } from '../core/csv-decode.ts'
import { groupIssues, type LineIssue } from '../core/csv-issues.ts'
import { formatDay } from '../core/format-date.ts'
import { nameFromFileName, sameName } from '../core/person-name.ts'
import { groupWords, lineWords } from '../shared/csv-words.ts'
import type { AddPersonError, TeamFileProblem, TeamPerson } from '../shared/protocol.ts'
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHARS } from '../shared/protocol.ts'
import { HiddenHeading } from '../ui/HiddenHeading.tsx'
import { dayCount, type TeamKey, t, uiLocale } from './i18n.ts'
import { errorMessage, type TeamApi } from './team-api.ts'

/** Line errors shown behind a refused file's disclosure; more are counted. */
const SHOWN_ERRORS = 8

type Outcome =
  | { kind: 'added'; file: string; name: string; days: number; replaced: boolean }
  | {
      kind: 'refused'
      file: string
      problem: TeamFileProblem | 'missing' | 'no-name'
      issues: readonly LineIssue[]
    }
  | { kind: 'kept'; file: string; name: string }
  | { kind: 'failed'; file: string; message: string }

interface Question {
  file: string
  existing: TeamPerson
  incoming: { latestDay: string; days: number }
  answer: (replace: boolean) => void
}

interface Props {
  api: TeamApi
  /** The names already on the team, to number files that carry no name. */
  names: readonly string[]
  /** Called once a batch added or replaced someone, so the team is read again. */
  onAdded: () => Promise<void>
}

const REFUSED: Record<TeamFileProblem | 'missing' | 'no-name', TeamKey> = {
  'no-name': 'teamRefusedNoName',
  'not-export': 'teamRefusedNotExport',
  rows: 'teamRefusedRows',
  empty: 'teamRefusedEmpty',
  'too-large': 'teamRefusedTooLarge',
  missing: 'teamRefusedMissing',
}

export function AddPeople({ api, names, onAdded }: Props) {
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null)
  const [outcomes, setOutcomes] = useState<Outcome[]>([])
  const [question, setQuestion] = useState<Question | null>(null)
  const [dragging, setDragging] = useState(false)

  const ask = (file: string, result: Extract<AddPersonError, { code: 'exists' }>) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        file,
        existing: result.existing,
        incoming: result.incoming,
        answer: (replace) => {
          setQuestion(null)
          resolve(replace)
        },
      }),
    )

  const addFile = async (file: File, name: string): Promise<Outcome> => {
    // A file far larger than any history is refused before it is read into memory.
    if (file.size > MAX_IMPORT_BYTES)
      return { kind: 'refused', file: file.name, problem: 'too-large', issues: [] }
    // Decoded like the popup's import (UTF-8, UTF-16 by its BOM, else Windows-1252), so "ç" survives a re-save.
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()))
    if (!decoded.ok) return { kind: 'refused', file: file.name, problem: 'not-export', issues: [] }
    const text = decoded.value.text
    if (text.length > MAX_IMPORT_CHARS)
      return { kind: 'refused', file: file.name, problem: 'too-large', issues: [] }
    let result = await api.addPerson({ name, fileName: file.name, text, replaceId: null })
    if (!result.ok && result.error.code === 'exists') {
      const existing = result.error.existing
      if (!(await ask(file.name, result.error))) return { kind: 'kept', file: file.name, name: existing.name }
      result = await api.addPerson({ name, fileName: file.name, text, replaceId: existing.id })
    }
    if (result.ok) {
      const { person, replaced } = result.value
      return { kind: 'added', file: file.name, name: person.name, days: person.summary.dayCount, replaced }
    }
    const refused = result.error
    if (refused.code === 'exists') return { kind: 'kept', file: file.name, name: refused.existing.name }
    return {
      kind: 'refused',
      file: file.name,
      problem: refused.code,
      issues: 'issues' in refused ? refused.issues : [],
    }
  }

  const addFiles = async (files: readonly File[]) => {
    if (files.length === 0 || busy) return
    setOutcomes([])
    setBusy({ done: 0, total: files.length })
    const known = [...names]
    let unnamed = 0
    const results: Outcome[] = []
    for (const file of files) {
      // A file named only like the export itself ("ssi-history-2026-11-22.csv") gets "Person 1", "Person 2"…
      const fromFile = nameFromFileName(file.name)
      let name = fromFile ?? ''
      while (fromFile === null && (name === '' || known.some((k) => sameName(k, name))))
        name = t('teamUnnamed', ++unnamed)
      let outcome: Outcome
      try {
        outcome = await addFile(file, name)
      } catch (error) {
        outcome = { kind: 'failed', file: file.name, message: errorMessage(error) }
      }
      if (outcome.kind === 'added') known.push(outcome.name)
      results.push(outcome)
      setOutcomes([...results])
      setBusy({ done: results.length, total: files.length })
    }
    setBusy(null)
    if (results.some((r) => r.kind === 'added')) await onAdded()
  }

  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const files = [...(input.files ?? [])]
    // Cleared so choosing the same files again (after fixing one) fires another change.
    input.value = ''
    void addFiles(files)
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void addFiles([...(event.dataTransfer?.files ?? [])])
  }

  const added = outcomes.filter((o) => o.kind === 'added').length
  return (
    <section
      class={`add-people${dragging ? ' dragging' : ''}`}
      aria-labelledby="add-title"
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="add-people"
    >
      <HiddenHeading id="add-title">{t('teamAddTitle')}</HiddenHeading>
      <div class="add-row">
        <input
          id="add-files"
          class="file-input"
          type="file"
          multiple
          accept=".csv,text/csv,text/plain"
          onChange={onChange}
          disabled={busy !== null}
        />
        <label for="add-files" class="button primary">
          {t('teamAddLabel')}
        </label>
        <span class="muted">{t('teamDropHint')}</span>
      </div>
      {question && <ReplaceQuestion question={question} />}
      <div class="add-outcome" role="status" data-testid="add-outcome">
        {busy && <p>{t('teamAdding', busy.done, busy.total)}</p>}
        {!busy && outcomes.length > 0 && <p class="summary">{t('teamAddSummary', added, outcomes.length)}</p>}
        {outcomes.length > 0 && (
          <ul class="outcomes">
            {outcomes.map((o, i) => (
              <OutcomeLine key={`${i}:${o.file}`} outcome={o} />
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}

function OutcomeLine({ outcome: o }: { outcome: Outcome }) {
  if (o.kind === 'added')
    return (
      <li class="ok" data-outcome="added">
        {o.replaced
          ? t('teamReplaced', o.file, o.name, dayCount(o.days))
          : t('teamAdded', o.file, o.name, dayCount(o.days))}
      </li>
    )
  if (o.kind === 'kept') return <li data-outcome="kept">{t('teamKept', o.file, o.name)}</li>
  if (o.kind === 'failed')
    return (
      <li class="error" data-outcome="failed">
        {t('teamAddFailed', o.file, o.message)}
      </li>
    )
  const more = o.issues.length - SHOWN_ERRORS
  return (
    <li class="error" data-outcome="refused" data-problem={o.problem}>
      {t(REFUSED[o.problem], o.file)}
      {o.issues.length > 0 && (
        <details>
          <summary>{t('teamDetails')}</summary>
          {/* One line per cause (the CSV reader's words, as in the popup's import), then every line. */}
          <ul class="issue-groups">
            {groupIssues(o.issues).map((group) => (
              <li key={`${group.lines[0]}:${group.issue.code}`}>{groupWords(group)}</li>
            ))}
          </ul>
          {o.issues.length > 1 && (
            <ul class="line-errors">
              {o.issues.slice(0, SHOWN_ERRORS).map(({ line, issue }) => (
                <li key={`${line}:${issue.code}`}>{lineWords(line, issue)}</li>
              ))}
              {more > 0 && <li>{t('teamMoreErrors', more)}</li>}
            </ul>
          )}
        </details>
      )}
    </li>
  )
}

function ReplaceQuestion({ question: q }: { question: Question }) {
  const keepRef = useRef<HTMLButtonElement>(null)
  const locale = uiLocale()
  // Keyboard users land on the safe choice.
  useEffect(() => keepRef.current?.focus(), [])
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="replace-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') q.answer(false)
      }}
    >
      <p id="replace-question">
        {t(
          'teamReplaceQuestion',
          q.existing.name,
          formatDay(q.existing.summary.latest.day, locale, '0000'),
          dayCount(q.existing.summary.dayCount),
          q.file,
          formatDay(q.incoming.latestDay, locale, '0000'),
          dayCount(q.incoming.days),
        )}
      </p>
      <div class="buttons">
        <button type="button" class="danger" onClick={() => q.answer(true)}>
          {t('teamReplace', q.existing.name)}
        </button>
        <button ref={keepRef} type="button" onClick={() => q.answer(false)}>
          {t('teamKeepCurrent')}
        </button>
      </div>
    </div>
  )
}
