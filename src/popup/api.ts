/**
 * The popup's typed reads and writes. History only ever comes through the message protocol (the background is
 * the only reader and writer of IndexedDB); the goal is a setting, read from the shared settings store.
 * `createPopupApi` takes both as parameters so component tests can hand in a mock of the protocol.
 */
import type {
  ImportCsvPayload,
  ImportResult,
  MessageName,
  Overview,
  Payload,
  Result,
} from '../shared/protocol.ts'
import type { Settings } from '../shared/settings.ts'

/** The shape of `send()` in `src/shared/messaging.ts`. */
export type Send = <K extends MessageName>(type: K, payload: Payload<K>) => Promise<Result<K>>

export interface PopupApi {
  getOverview(): Promise<Overview>
  exportCsv(): Promise<Result<'exportCsv'>>
  importCsv(file: ImportCsvPayload): Promise<ImportResult>
  /** The goal total, or null when none is set or the settings cannot be read (the goal line is optional). */
  getGoal(): Promise<number | null>
}

export function createPopupApi(send: Send, loadSettings: () => Promise<Settings>): PopupApi {
  return {
    getOverview: () => send('getOverview', {}),
    exportCsv: () => send('exportCsv', {}),
    importCsv: (file) => send('importCsv', file),
    getGoal: () =>
      loadSettings().then(
        (settings) => settings.goal,
        () => null,
      ),
  }
}

/** An error's message for people, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
