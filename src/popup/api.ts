/**
 * The popup's typed reads and writes. The background is the only writer of IndexedDB; the popup reads its
 * overview straight from the database when it can (faster than waking the service worker) and asks the background
 * for everything else; the goal and the chart range are settings, in the shared settings store. `createPopupApi` takes its outside world as parameters so component tests can hand in mocks.
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
  /** The live popup's `<main>` entered the DOM: the view kept from the last open (if shown) makes way for it. */
  replaceKeptView(): void
  /** The popup's first paint of this open, kept for the next (`kept-view.ts`); nothing to wait for. */
  keepFirstPaint(main: HTMLElement): void
}

export interface PopupWorld {
  send: Send
  /**
   * The overview read straight from the database (popup/stored-overview.ts); when absent or when it refuses (no
   * database yet, another schema version), the overview is asked of the background.
   */
  readOverview?: () => Promise<Overview>
  loadSettings: () => Promise<Settings>
  updateSettings: (change: Partial<Settings>) => Promise<unknown>
  openOptionsPage: () => Promise<void>
  /** Absent in tests and wherever no view is kept: nothing to replace, nothing kept. */
  replaceKeptView?: () => void
  keepFirstPaint?: (main: HTMLElement) => void
}

export function createPopupApi(world: PopupWorld): PopupApi {
  return {
    getOverview: () => {
      const ask = () => world.send('getOverview', {})
      return world.readOverview ? world.readOverview().catch(ask) : ask()
    },
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
    replaceKeptView: () => world.replaceKeptView?.(),
    keepFirstPaint: (main) => world.keepFirstPaint?.(main),
  }
}

/**
 * An error's words for people, whatever was thrown (a refusal in the UI language). The words are a module the
 * popup loads only when something went wrong; if even that fails, the error is said as the browser said it.
 */
export const errorMessage = (error: unknown): Promise<string> =>
  import('../shared/reply-words.ts').then(
    ({ errorWords }) => errorWords(error),
    () => (error instanceof Error ? error.message : String(error)),
  )
