import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { DateOrder } from '../core/csv-dates.ts'
import { MAX_IMPORT_BYTES } from '../shared/protocol.ts'
import { HiddenHeading } from '../ui/HiddenHeading.tsx'
import { errorMessage, type PopupApi } from './api.ts'
import type { ImportCode, Outcome } from './data-actions.ts'
import { t } from './i18n.ts'

/** What a click on Export or Import does (`data-actions.ts`): loaded on the click, not at the popup's open. */
const loadActions = () => import('./data-actions.ts')

/**
 * What only an import needs (reading the file's bytes, and the result's words and layout): loaded when a file is
 * chosen, so an export does not fetch it either. The file chooser is open far longer than it takes. (Imported
 * from here, the entry, not from the actions' chunk: the import result's styles are in the entry's, and Vite would
 * otherwise have a lazy chunk preload them; see popup-build.ts.)
 */
const loadImport = (): Promise<ImportCode> =>
  Promise.all([import('../core/csv-decode.ts'), import('../ui/ImportResult.tsx')]).then(
    ([{ decodeCsvBytes }, { ImportResult }]) => ({ decodeCsvBytes, ImportResult }),
  )
type Actions = Awaited<ReturnType<typeof loadActions>>

interface Props {
  api: PopupApi
  totalDays: number
  /** Called after an import wrote days, so the overview is read again. */
  onImported: () => Promise<void> | void
  /** More actions in the same row (Options, History, Team). */
  children?: ComponentChildren
}

/** Export CSV and Import CSV, with what the last of them did; the row also holds the popup's other actions. */
export function ExportImport({ api, totalDays, onImported, children }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const busy = outcome?.kind === 'busy'

  /** Runs one action and shows its outcome; whatever it throws (its module not loading too) is said in words. */
  const run = async (action: (actions: Actions) => Promise<Outcome>) => {
    setOutcome({ kind: 'busy' })
    try {
      const next = await action(await loadActions())
      setOutcome(next)
      if (next.kind === 'import' && next.result.ok) await onImported()
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('popupActionFailed', await errorMessage(error)) })
    }
  }

  const importCsv = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const file = input.files?.[0]
    // Cleared so choosing the same file again (after fixing it) fires another change.
    input.value = ''
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'failed', text: t('popupImportTooLarge', file.name) })
      return
    }
    void run(async (actions) => actions.importFile(api, file, await loadImport()))
  }

  const chooseDateOrder = (order: DateOrder) => {
    if (outcome?.kind !== 'import') return
    const { name, file, View } = outcome
    void run((actions) => actions.sendImport(api, View, name, { ...file, dateOrder: order }))
  }

  return (
    <section class="data" aria-labelledby="data-title">
      <HiddenHeading id="data-title">{t('popupDataTitle')}</HiddenHeading>
      <div class="data-actions">
        <button
          type="button"
          class="button"
          onClick={() => void run((actions) => actions.exportCsv(api))}
          disabled={busy || totalDays === 0}
        >
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
