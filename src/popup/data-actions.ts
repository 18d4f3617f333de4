/**
 * What the popup's Export CSV and Import CSV do once clicked: a module of its own, loaded on the click, so the
 * popup's open does not fetch or evaluate it (`ExportImport.tsx` draws the buttons and shows the outcome). Each
 * action answers the outcome to show, or throws; the buttons' component words what was thrown.
 */
import type { decodeCsvBytes } from '../core/csv-decode.ts'
import type { ImportCsvPayload, ImportCsvResult } from '../shared/protocol.ts'
import type { ImportResult } from '../ui/ImportResult.tsx'
import { saveText } from '../ui/save-text.ts'
import type { PopupApi } from './api.ts'
import { dayCount, t } from './i18n.ts'

/** What only an import needs, loaded by the buttons' component when a file is chosen (`ExportImport.tsx`). */
export interface ImportCode {
  decodeCsvBytes: typeof decodeCsvBytes
  ImportResult: typeof ImportResult
}
type ImportView = ImportCode['ImportResult']

export type Outcome =
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string }
  /** An import's answer; `file` is kept so a date-order answer can re-send it. */
  | { kind: 'import'; name: string; file: ImportCsvPayload; result: ImportCsvResult; View: ImportView }

/**
 * Export CSV: the background writes the file's text and name; the popup saves it with a Blob and `<a download>`
 * (there is no `downloads` permission).
 */
export async function exportCsv(api: PopupApi): Promise<Outcome> {
  const { filename, csv, days } = await api.exportCsv()
  saveText(filename, csv)
  return { kind: 'done', text: t('popupExportDone', filename, dayCount(days)) }
}

/**
 * Import CSV: the file's bytes are decoded here, by the same core function every importer uses (`file.text()`
 * would turn a Windows-1252 file into U+FFFD before anyone could tell), and checked, in full, by the background,
 * which writes nothing unless every row is valid.
 */
export async function importFile(api: PopupApi, file: File, code: ImportCode): Promise<Outcome> {
  const { decodeCsvBytes, ImportResult } = code
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()))
  if (!decoded.ok) {
    const issues = [{ line: 1, issue: decoded.error }]
    const result: ImportCsvResult = { ok: false, error: { code: 'bad-lines', issues, stoppedAt: null } }
    return { kind: 'import', name: file.name, file: { text: '' }, result, View: ImportResult }
  }
  return sendImport(api, ImportResult, file.name, decoded.value)
}

/** Sends a decoded file to the background (again, with the user's date order, after the question). */
export async function sendImport(
  api: PopupApi,
  View: ImportView,
  name: string,
  file: ImportCsvPayload,
): Promise<Outcome> {
  return { kind: 'import', name, file, result: await api.importCsv(file), View }
}
