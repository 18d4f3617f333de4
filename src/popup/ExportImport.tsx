import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { DateOrder } from '../core/csv-dates.ts'
import type { ImportCsvPayload, ImportCsvResult as Result } from '../shared/protocol.ts'
import { MAX_IMPORT_BYTES } from '../shared/protocol.ts'
import { saveText } from '../ui/save-text.ts'
import { errorMessage, type PopupApi } from './api.ts'
import { dayCount, t } from './i18n.ts'

/**
 * What only an import needs (reading the file's bytes, and the result's words and layout): loaded when a file is
 * chosen, so the popup's open does not fetch or evaluate it. The file chooser is open far longer than it takes.
 */
const loadImport = () =>
  Promise.all([import('../core/csv-decode.ts'), import('../ui/ImportResult.tsx')]).then(
    ([{ decodeCsvBytes }, { ImportResult }]) => ({ decodeCsvBytes, ImportResult }),
  )
type ImportCode = Awaited<ReturnType<typeof loadImport>>

type Outcome =
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string }
  /** An import's answer; `file` is kept so a date-order answer can re-send it. */
  | { kind: 'import'; name: string; file: ImportCsvPayload; result: Result; View: ImportCode['ImportResult'] }

interface Props {
  api: PopupApi
  totalDays: number
  /** Called after an import wrote days, so the overview is read again. */
  onImported: () => Promise<void> | void
  /** More actions in the same row (Options, History, Team). */
  children?: ComponentChildren
}

/**
 * Export CSV: the background writes the file's text and name; the popup saves it with a Blob and `<a download>`
 * (there is no `downloads` permission). Import CSV: the file is read here and checked, in full, by the
 * background, which writes nothing unless every row is valid.
 */
export function ExportImport({ api, totalDays, onImported, children }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const busy = outcome?.kind === 'busy'

  const exportCsv = async () => {
    setOutcome({ kind: 'busy' })
    try {
      const { filename, csv, days } = await api.exportCsv()
      saveText(filename, csv)
      setOutcome({ kind: 'done', text: t('popupExportDone', filename, dayCount(days)) })
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('popupActionFailed', await errorMessage(error)) })
    }
  }

  const sendImport = async (View: ImportCode['ImportResult'], name: string, file: ImportCsvPayload) => {
    try {
      const result = await api.importCsv(file)
      setOutcome({ kind: 'import', name, file, result, View })
      if (result.ok) await onImported()
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('popupActionFailed', await errorMessage(error)) })
    }
  }

  const importCsv = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const file = input.files?.[0]
    // Cleared so choosing the same file again (after fixing it) fires another change.
    input.value = ''
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'failed', text: t('popupImportTooLarge', file.name) })
      return
    }
    setOutcome({ kind: 'busy' })
    // The bytes are decoded here, by the same core function every importer uses: `file.text()` would turn a
    // Windows-1252 file into U+FFFD before anyone could tell.
    let code: ImportCode
    try {
      code = await loadImport()
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('popupActionFailed', await errorMessage(error)) })
      return
    }
    const decoded = code.decodeCsvBytes(new Uint8Array(await file.arrayBuffer()))
    if (!decoded.ok) {
      const issues = [{ line: 1, issue: decoded.error }]
      const result: Result = { ok: false, error: { code: 'bad-lines', issues, stoppedAt: null } }
      setOutcome({ kind: 'import', name: file.name, file: { text: '' }, result, View: code.ImportResult })
      return
    }
    await sendImport(code.ImportResult, file.name, decoded.value)
  }

  const chooseDateOrder = (order: DateOrder) => {
    if (outcome?.kind !== 'import') return
    const { name, file, View } = outcome
    setOutcome({ kind: 'busy' })
    void sendImport(View, name, { ...file, dateOrder: order })
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
        {children}
      </div>
      <div class="data-outcome" role="status">
        {outcome?.kind === 'import' && (
          <outcome.View fileName={outcome.name} result={outcome.result} onDateOrder={chooseDateOrder} />
        )}
        {(outcome?.kind === 'done' || outcome?.kind === 'failed') && (
          <p class={outcome.kind === 'failed' ? 'error' : 'ok'}>{outcome.text}</p>
        )}
      </div>
    </section>
  )
}
