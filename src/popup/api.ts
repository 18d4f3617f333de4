/**
 * The popup's typed reads and writes. History only ever comes through the message protocol (the background is
 * the only reader and writer of IndexedDB); the goal and the chart range are settings, in the shared settings
 * store. `createPopupApi` takes its outside world as parameters so component tests can hand in mocks.
 */
import type { ChartRange } from '../core/series.ts'
import type {
  Answer,
  ImportCsvPayload,
  ImportCsvResult,
  MessageName,
  Overview,
  Payload,
  SeriesAnswer,
} from '../shared/protocol.ts'
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts'

/** The shape of `send()` in `src/shared/messaging.ts`. */
export type Send = <K extends MessageName>(type: K, payload: Payload<K>) => Promise<Answer<K>>

/** The settings the popup reads. */
export type PopupSettings = Pick<Settings, 'goal' | 'chartRange'>

export interface PopupApi {
  getOverview(): Promise<Overview>
  /** The chart's 6-month, 1-year or All series (49 days come with the overview). */
  getSeries(range: ChartRange): Promise<SeriesAnswer>
  exportCsv(): Promise<Answer<'exportCsv'>>
  importCsv(file: ImportCsvPayload): Promise<ImportCsvResult>
  /** The goal and the remembered range; the defaults when the settings cannot be read (both are optional). */
  getSettings(): Promise<PopupSettings>
  /** Remembers the chart range for the next open; a failure only means it is not remembered. */
  saveChartRange(range: ChartRange): Promise<void>
  openOptions(): Promise<void>
}

export interface PopupWorld {
  send: Send
  loadSettings: () => Promise<Settings>
  updateSettings: (change: Partial<Settings>) => Promise<unknown>
  openOptionsPage: () => Promise<void>
}

export function createPopupApi(world: PopupWorld): PopupApi {
  return {
    getOverview: () => world.send('getOverview', {}),
    getSeries: (range) => world.send('getSeries', { range }),
    exportCsv: () => world.send('exportCsv', {}),
    importCsv: (file) => world.send('importCsv', file),
    getSettings: () =>
      world.loadSettings().then(
        ({ goal, chartRange }) => ({ goal, chartRange }),
        () => ({ goal: DEFAULT_SETTINGS.goal, chartRange: DEFAULT_SETTINGS.chartRange }),
      ),
    saveChartRange: (chartRange) =>
      world.updateSettings({ chartRange }).then(
        () => undefined,
        () => undefined,
      ),
    openOptions: () => world.openOptionsPage(),
  }
}

/** An error's words for people, whatever was thrown (a refusal in the UI language). */
export { errorWords as errorMessage } from '../shared/reply-words.ts'
