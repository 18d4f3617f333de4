/**
 * A stand-in for the background and a way to mount the popup in happy-dom. The stand-in answers `getOverview` and
 * `getSeries` with the background's own readers (`readOverview`, `readRangeSeries`) over a fake-indexeddb store
 * holding the test's days, so the popup is tested against the window rules and shapes the background really has,
 * not a copy of them. The other messages get canned answers.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import { readOverview, readRangeSeries } from '../../src/background/history.ts'
import type { ChartRange } from '../../src/core/series.ts'
import type { DayRecord, FailureRecord } from '../../src/core/snapshot.ts'
import { App } from '../../src/popup/App.tsx'
// The popup loads these only on a click or in the states that show them (chunks of their own in the build). Loaded
// here first, so the popup's dynamic import finds them in the module cache and answers within `settle()`, as it
// does in a browser.
import '../../src/popup/ChartTableRows.tsx'
import '../../src/popup/data-actions.ts'
import '../../src/popup/EmptyState.tsx'
import '../../src/popup/FailureLine.tsx'
import '../../src/popup/FutureDays.tsx'
import '../../src/popup/PlatformShift.tsx'
import '../../src/shared/reply-words.ts'
import '../../src/ui/ImportResult.tsx'
import { createPopupApi, type Send } from '../../src/popup/api.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/popup/i18n.ts'
import type { Answer, ImportCsvResult, MessageName, Payload } from '../../src/shared/protocol.ts'
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings.ts'
import { putDays } from '../support/stored-days.ts'

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
  exportResult?: Answer<'exportCsv'>
  /** Makes `getOverview` fail with this message. */
  overviewError?: string
  /** The remembered chart range. */
  chartRange?: ChartRange
  /** Another language's catalogue and locale (English messages and British dates by default). */
  language?: { catalog: Catalog; locale: string }
}

export interface MockProtocol {
  send: Send
  calls: Array<{ type: MessageName; payload: unknown }>
  history: DayRecord[]
  /** Every settings change the popup saved, and every time it opened the options. */
  saved: Array<Partial<Settings>>
  optionsOpened: number
}

/** Local noon of `day`: the clock the background reads `today` from (`dayKey(now)` is local). */
const noonOf = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, 12)
}

/** A stand-in for the background, answering the popup's messages from a store holding `initial`. */
export async function mockProtocol(
  initial: readonly DayRecord[],
  options: MockOptions = {},
): Promise<MockProtocol> {
  const now = noonOf(options.today ?? TODAY)
  // A fresh, empty IndexedDB for each popup: nothing carries over from another test.
  globalThis.indexedDB = new IDBFactory()
  const db: HistoryDb = await openHistoryDb()
  await putDays(db, initial)
  if (options.lastFailure) await db.put('failures', options.lastFailure, 'latest')
  const mock: MockProtocol = {
    send: undefined as unknown as Send,
    calls: [],
    history: [...initial],
    saved: [],
    optionsOpened: 0,
  }
  const answer = async (type: MessageName, payload: unknown): Promise<unknown> => {
    mock.calls.push({ type, payload })
    switch (type) {
      case 'getOverview':
        if (options.overviewError) throw new Error(options.overviewError)
        return readOverview(db, now)
      case 'getSeries':
        return readRangeSeries(db, now, (payload as { range: ChartRange }).range)
      case 'exportCsv':
        return options.exportResult ?? { filename: 'ssi-lens.csv', csv: 'date,overall\n', days: 0 }
      case 'importCsv': {
        const result = options.importResult ?? { ok: true, added: 0, replaced: 0, kept: mock.history.length }
        if (result.ok) {
          mock.history.push(...(options.imported ?? []))
          await putDays(db, options.imported ?? [])
        }
        return result
      }
      default:
        throw new Error(`the popup has no business sending ${type}`)
    }
  }
  mock.send = (<K extends MessageName>(type: K, payload: Payload<K>) => {
    const reply = answer(type, payload)
    inFlight.add(reply)
    const done = () => void inFlight.delete(reply)
    reply.then(done, done)
    return reply as Promise<Answer<K>>
  }) as Send
  return mock
}

/** Answers the stand-in has not given yet (IndexedDB answers in later tasks, not in microtasks). */
const inFlight = new Set<Promise<unknown>>()

export interface Mounted {
  root: HTMLElement
  mock: MockProtocol
  $: <E extends Element = HTMLElement>(selector: string) => E | null
  $$: <E extends Element = HTMLElement>(selector: string) => E[]
  text: (selector: string) => string
}

/** Lets the stand-in's answers, pending promises and Preact's effects run. */
export async function settle(rounds = 3): Promise<void> {
  // At least `rounds` turns, and as many more as the popup keeps asking: each turn waits for every answer in
  // flight, then lets the renders and effects it caused run (and maybe ask again).
  for (let i = 0; i < rounds || inFlight.size > 0; i++)
    await act(async () => {
      await Promise.allSettled([...inFlight])
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
  if (options.language) setMessageSource(catalogSource(options.language.catalog), options.language.locale)
  else useEnglishMessages()
  document.body.innerHTML = ''
  const root = document.createElement('div')
  document.body.append(root)
  const mock = await mockProtocol(history, options)
  // The goal's line is a module the popup loads when a goal is set: loaded here first, a known sync point, so the
  // popup does not race vitest's first transform of it against `settle`.
  if (options.goal != null) await import('../../src/popup/GoalLine.tsx')
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
