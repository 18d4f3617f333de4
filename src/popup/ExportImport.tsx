import { useState } from 'preact/hooks'
import type { ImportLineError } from '../shared/protocol.ts'
import { MAX_IMPORT_CHARS } from '../shared/protocol.ts'
import { errorMessage, type PopupApi } from './api.ts'
import { dayCount, t } from './i18n.ts'

/** Import errors listed by line; more than this and the list says how many were left out. */
const SHOWN_ERRORS = 8

type Outcome =
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string; lines?: readonly ImportLineError[] }

interface Props {
  api: PopupApi
  totalDays: number
  /** Called after an import wrote days, so the overview is read again. */
  onImported: () => Promise<void> | void
}

/**
 * Export CSV: the background writes the file's text and name; the popup saves it with a Blob and `<a download>`
 * (there is no `downloads` permission). Import CSV: the file is read here and checked, in full, by the
 * background, which writes nothing unless every row is valid.
 */
export function ExportImport({ api, totalDays, onImported }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const busy = outcome?.kind === 'busy'

  const exportCsv = async () => {
    setOutcome({ kind: 'busy' })
    try {
      const { filename, csv, days } = await api.exportCsv()
      saveText(filename, csv)
      setOutcome({ kind: 'done', text: t('popupExportDone', filename, dayCount(days)) })
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('popupActionFailed', errorMessage(error)) })
    }
  }

  const importCsv = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const file = input.files?.[0]
    // Cleared so choosing the same file again (after fixing it) fires another change.
    input.value = ''
    if (!file) return
    setOutcome({ kind: 'busy' })
    try {
      const text = await file.text()
      if (text.length > MAX_IMPORT_CHARS) {
        setOutcome({ kind: 'failed', text: t('popupImportTooLarge', file.name) })
        return
      }
      const result = await api.importCsv(text)
      if (!result.ok) {
        setOutcome({ kind: 'failed', text: t('popupImportRejected', file.name), lines: result.errors })
        return
      }
      setOutcome({
        kind: 'done',
        text: t('popupImportDone', dayCount(result.added), result.replaced, result.kept),
      })
      await onImported()
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('popupActionFailed', errorMessage(error)) })
    }
  }

  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title" class="sr-only">
        {t('popupDataTitle')}
      </h2>
      <div class="data-actions">
        <button type="button" class="button" onClick={exportCsv} disabled={busy || totalDays === 0}>
          {t('popupExportCsv')}
        </button>
        <input
          id="import-csv"
          class="file-input"
          type="file"
          accept=".csv,text/csv"
          onChange={importCsv}
          disabled={busy}
        />
        <label for="import-csv" class="button">
          {t('popupImportCsv')}
        </label>
      </div>
      <div class="data-outcome" role="status">
        {outcome && outcome.kind !== 'busy' && (
          <>
            <p class={outcome.kind === 'failed' ? 'error' : 'ok'}>{outcome.text}</p>
            {outcome.kind === 'failed' && outcome.lines && <LineErrors lines={outcome.lines} />}
          </>
        )}
      </div>
    </section>
  )
}

function LineErrors({ lines }: { lines: readonly ImportLineError[] }) {
  const more = lines.length - SHOWN_ERRORS
  return (
    <ul class="line-errors">
      {lines.slice(0, SHOWN_ERRORS).map((e) => (
        <li key={`${e.line}:${e.message}`}>{t('popupImportLineError', e.line, e.message)}</li>
      ))}
      {more > 0 && <li>{t('popupImportMoreErrors', more)}</li>}
    </ul>
  )
}

/** Saves `text` as a file named `filename` through the page's own download of a Blob URL. */
export function saveText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken its copy once the click is handled; revoking later frees the Blob even if it has not.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
