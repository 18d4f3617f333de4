/**
 * A mock of the message protocol and a way to mount the popup in happy-dom. The mock answers `getOverview` the
 * way the background does (window = days in [today − 49, today], the latest day before it, the failure only
 * when newer than the latest record), so the popup is tested against the protocol's real shapes.
 */
import { render } from 'preact'
import { act } from 'preact/test-utils'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { addDays, daysAfter, daysBetween, latestOnOrBefore, WINDOW_DAYS } from '../../src/core/day.ts'
import { changeSince } from '../../src/core/deltas.ts'
import { type ChartRange, RANGE_DAYS, rangeSeries } from '../../src/core/series.ts'
import type { DayRecord, FailureRecord } from '../../src/core/snapshot.ts'
import { App } from '../../src/popup/App.tsx'
// The popup loads these only on a click (chunks of their own in the build). Loaded here first, so the popup's
// dynamic import finds them in the module cache and answers within `settle()`, as it does in a browser.
import '../../src/popup/ChartTableRows.tsx'
import '../../src/ui/ImportResult.tsx'
import { createPopupApi, type Send } from '../../src/popup/api.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/popup/i18n.ts'
import type { ImportCsvResult, MessageName, Overview, Payload, Result } from '../../src/shared/protocol.ts'
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings.ts'

export const TODAY = '2026-11-22'

/** English messages read straight from `_locales/en/messages.json`; British dates ("14 Nov"). */
export function useEnglishMessages(): void {
  setMessageSource(catalogSource(messages as Catalog), 'en-GB')
}

export interface MockOptions {
  today?: string
  lastFailure?: FailureRecord | null
  goal?: number | null
  /** What `importCsv` answers; an `ok` result also adds `imported` to the history. */
  importResult?: ImportCsvResult
  imported?: DayRecord[]
  exportResult?: Result<'exportCsv'>
  /** Makes `getOverview` fail with this message. */
  overviewError?: string
  /** The remembered chart range. */
  chartRange?: ChartRange
}

export interface MockProtocol {
  send: Send
  calls: Array<{ type: MessageName; payload: unknown }>
  history: DayRecord[]
  /** Every settings change the popup saved, and every time it opened the options. */
  saved: Array<Partial<Settings>>
  optionsOpened: number
}

/** An in-memory stand-in for the background, answering the popup's messages from `history`. */
export function mockProtocol(initial: readonly DayRecord[], options: MockOptions = {}): MockProtocol {
  const today = options.today ?? TODAY
  const mock: MockProtocol = {
    send: undefined as unknown as Send,
    calls: [],
    history: [...initial],
    saved: [],
    optionsOpened: 0,
  }
  // As the background answers getSeries: the range's days plus the day before it, the change over the range.
  const seriesFor = (range: ChartRange) => {
    const sorted = [...mock.history].sort((a, b) => (a.day < b.day ? -1 : 1))
    const series = rangeSeries(sorted, range, today, sorted[0]?.day ?? null)
    const inRange = sorted.filter((r) => r.day >= series.from && r.day <= today)
    const latest = inRange.at(-1)
    const first = inRange[0]
    const span =
      range === 'all' ? (first && latest ? daysBetween(first.day, latest.day) : 0) : RANGE_DAYS[range]
    return { series, change: latest && span >= 1 ? changeSince(sorted, latest, span) : null }
  }
  const overview = (): Overview => {
    const sorted = [...mock.history].sort((a, b) => (a.day < b.day ? -1 : 1))
    const from = addDays(today, -WINDOW_DAYS)
    const latest = latestOnOrBefore(sorted, today)
    const failure = options.lastFailure ?? null
    return {
      today,
      latest,
      window: sorted.filter((r) => r.day >= from && r.day <= today),
      beforeWindow: sorted.filter((r) => r.day < from).at(-1) ?? null,
      lastFailure: failure && (!latest || failure.at > latest.capturedAt) ? failure : null,
      totalDays: sorted.length,
      daysAfterToday: daysAfter(sorted, today),
    }
  }
  const answer = async (type: MessageName, payload: unknown): Promise<unknown> => {
    mock.calls.push({ type, payload })
    switch (type) {
      case 'getOverview':
        if (options.overviewError) throw new Error(options.overviewError)
        return overview()
      case 'getSeries':
        return seriesFor((payload as { range: ChartRange }).range)
      case 'exportCsv':
        return options.exportResult ?? { filename: 'ssi-lens.csv', csv: 'date,overall\n', days: 0 }
      case 'importCsv': {
        const result = options.importResult ?? { ok: true, added: 0, replaced: 0, kept: mock.history.length }
        if (result.ok) mock.history.push(...(options.imported ?? []))
        return result
      }
      default:
        throw new Error(`the popup has no business sending ${type}`)
    }
  }
  mock.send = (<K extends MessageName>(type: K, payload: Payload<K>) =>
    answer(type, payload) as Promise<Result<K>>) as Send
  return mock
}

export interface Mounted {
  root: HTMLElement
  mock: MockProtocol
  $: <E extends Element = HTMLElement>(selector: string) => E | null
  $$: <E extends Element = HTMLElement>(selector: string) => E[]
  text: (selector: string) => string
}

/** Lets pending promises and Preact's effects run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
}

/** Opens the chart's table as a person does (its rows are built only then) and waits for them. */
export async function openChartTable(mounted: Pick<Mounted, '$'>): Promise<void> {
  const details = mounted.$<HTMLDetailsElement>('.chart-table')
  if (!details) throw new Error('the popup shows no chart table')
  await act(() => {
    details.open = true
    details.dispatchEvent(new Event('toggle'))
  })
  await settle()
}

/** Renders the popup against a mock of the protocol and waits until the overview is on screen. */
export async function mountPopup(history: readonly DayRecord[], options: MockOptions = {}): Promise<Mounted> {
  useEnglishMessages()
  document.body.innerHTML = ''
  const root = document.createElement('div')
  document.body.append(root)
  const mock = mockProtocol(history, options)
  let settings: Settings = {
    ...DEFAULT_SETTINGS,
    goal: options.goal ?? null,
    chartRange: options.chartRange ?? '49d',
  }
  const api = createPopupApi({
    send: mock.send,
    loadSettings: async () => settings,
    updateSettings: async (change) => {
      mock.saved.push(change)
      settings = { ...settings, ...change }
    },
    openOptionsPage: async () => {
      mock.optionsOpened++
    },
  })
  await act(() => {
    render(<App api={api} />, root)
  })
  await settle()
  return {
    root,
    mock,
    $: (selector) => root.querySelector(selector),
    $$: <E extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)],
    text: (selector) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }
}

/** Unmounts whatever `mountPopup` rendered. */
export function unmount(mounted: Mounted): void {
  render(null, mounted.root)
}
