/**
 * The history's view revision (background/view-revision.ts): the popup shows the view it kept only while this
 * token is what it read before reading the history, so the token must move around every write of what the popup
 * shows — and a write that changes the popup's overview without moving it would let an old number be drawn.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import { createHandlers, type Handlers } from '../../src/background/handlers.ts'
import { type RevisionStore, viewRevision, withViewRevision } from '../../src/background/view-revision.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import type { MessageName, SenderInfo } from '../../src/shared/protocol.ts'
import { SENDERS } from '../../src/shared/protocol-checks.ts'
import { isSettledRevision, VIEW_REVISION_KEY } from '../../src/shared/session-keys.ts'
import { englishMessage } from '../support/english-messages.ts'
import { day, history, manualEntry, snapshot } from '../support/records.ts'
import { putDays } from '../support/stored-days.ts'

/** `storage.session` as a map, with every token it was given in order. */
function memoryStore(initial: Record<string, unknown> = {}) {
  const items = new Map(Object.entries(initial))
  const written: unknown[] = []
  const store: RevisionStore = {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (set) => {
      for (const [k, v] of Object.entries(set)) {
        items.set(k, v)
        if (k === VIEW_REVISION_KEY) written.push(v)
      }
    },
  }
  return { store, written, token: () => items.get(VIEW_REVISION_KEY) }
}

let counter = 0
const tokens = () => `t${++counter}`

describe('the view revision', () => {
  it('is settled at the start: a new token when there is none or a write was cut short', async () => {
    for (const initial of [{}, { [VIEW_REVISION_KEY]: 'writing:old' }, { [VIEW_REVISION_KEY]: '' }]) {
      const memory = memoryStore(initial)
      await viewRevision(memory.store, tokens)(async () => undefined)
      expect(isSettledRevision(memory.written[0])).toBe(true)
    }
    const settled = memoryStore({ [VIEW_REVISION_KEY]: 'kept' })
    const changing = viewRevision(settled.store, tokens)
    let during: unknown
    await changing(async () => {
      during = settled.token()
    })
    // A settled token is left as it is at the start; the write then moves it.
    expect(settled.written[0]).toMatch(/^writing:/)
    expect(during).toMatch(/^writing:/)
    expect(isSettledRevision(settled.token())).toBe(true)
    expect(settled.token()).not.toBe('kept')
  })

  it('is `writing:` while a write runs and a new settled token after it, also when the write fails', async () => {
    const memory = memoryStore({ [VIEW_REVISION_KEY]: 'before' })
    const changing = viewRevision(memory.store, tokens)
    await expect(
      changing(async () => {
        expect(memory.token()).toMatch(/^writing:/)
        throw new Error('disk full')
      }),
    ).rejects.toThrow('disk full')
    const after = memory.token()
    expect(isSettledRevision(after)).toBe(true)
    expect(after).not.toBe('before')
    await changing(async () => 1)
    expect(memory.token()).not.toBe(after)
  })

  it('stays `writing:` until the last of overlapping writes has ended', async () => {
    const memory = memoryStore({ [VIEW_REVISION_KEY]: 'before' })
    const changing = viewRevision(memory.store, tokens)
    let endSecond: () => void = () => undefined
    const second = new Promise<void>((resolve) => {
      endSecond = resolve
    })
    const running = changing(() => second)
    await changing(async () => undefined)
    expect(memory.token()).toMatch(/^writing:/)
    endSecond()
    await running
    expect(isSettledRevision(memory.token())).toBe(true)
  })

  it('never stops a write when the token cannot be stored', async () => {
    const broken: RevisionStore = {
      get: async () => ({}),
      set: async () => {
        throw new Error('session storage unavailable')
      },
    }
    await expect(viewRevision(broken, tokens)(async () => 'written')).resolves.toBe('written')
  })
})

const NOW = new Date('2026-11-22T10:00:00Z')
const SENDER: SenderInfo = { id: 'x', url: 'chrome-extension://x/src/popup/index.html' }
const STORED = history(60, '2026-11-21')

describe('every message that changes the popup’s overview', () => {
  let db: HistoryDb
  let memory: ReturnType<typeof memoryStore>
  let handlers: Handlers
  let unsaved: unknown = null
  const ran: MessageName[] = []

  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory()
    db = await openHistoryDb()
    await putDays(db, STORED)
    memory = memoryStore()
    const plain = createHandlers({
      db: async () => db,
      now: () => NOW,
      historyChanged: async () => undefined,
      badgeWords: { getMessage: englishMessage, locale: 'en-GB' },
      unsavedFailure: {
        put: async (failure) => {
          unsaved = failure
        },
        get: async () => unsaved as never,
      },
    })
    // Each handler notes that it ran, so the cases below are checked to cover every message.
    const noting = Object.fromEntries(
      Object.entries(plain).map(([type, handle]) => [
        type,
        (...args: unknown[]) => {
          ran.push(type as MessageName)
          return (handle as (...a: unknown[]) => Promise<unknown>)(...args)
        },
      ]),
    ) as unknown as Handlers
    handlers = withViewRevision(noting, viewRevision(memory.store, tokens))
  })

  const stored = STORED.find((d) => d.day === '2026-11-19')
  const CASES: [string, (h: Handlers) => Promise<unknown>][] = [
    ['a capture', (h) => h.saveSnapshot({ snapshot: snapshot(), urlKind: 'page-load' }, SENDER)],
    [
      'a failed visit',
      (h) =>
        h.reportFailure({ failure: { code: 'not-logged-in', reason: 'x' }, urlKind: 'page-load' }, SENDER),
    ],
    [
      'facts read',
      (h) => h.parseFacts({ facts: { strings: {}, json: [], lines: [], signIn: false } } as never, SENDER),
    ],
    ['an injection', (h) => h.injectReader({}, SENDER)],
    ['the overview', (h) => h.getOverview({}, SENDER)],
    ['an export', (h) => h.exportCsv({}, SENDER)],
    ['a CSV import', (h) => h.importCsv({ text: historyToCsv([day('2025-01-05')]) }, SENDER)],
    ['a count', (h) => h.countDays({}, SENDER)],
    ['the team', (h) => h.getTeam({}, SENDER)],
    [
      'a person added',
      (h) =>
        h.addPerson(
          { name: 'Ana', fileName: 'ana.csv', text: historyToCsv([day('2026-11-20')]), replaceId: null },
          SENDER,
        ),
    ],
    ['a person renamed', (h) => h.renamePerson({ id: 'nobody', name: 'B' }, SENDER)],
    ['a person removed', (h) => h.removePerson({ id: 'nobody' }, SENDER)],
    [
      'days from another tool',
      (h) =>
        h.importDays(
          {
            days: [
              { record: day('2026-11-22', { source: 'csv', urlKind: 'import' }), capturedAtGiven: false },
            ],
            dryRun: false,
          },
          SENDER,
        ),
    ],
    ['a month of the history page', (h) => h.getHistoryMonth({}, SENDER)],
    ['a day deleted', (h) => h.deleteDay({ day: '2026-11-21' }, SENDER)],
    [
      'a day added by hand',
      (h) => h.saveManualDay({ entry: manualEntry('2026-11-22'), replaces: null }, SENDER),
    ],
    [
      'a recorded day replaced by hand',
      (h) =>
        h.saveManualDay(
          {
            entry: manualEntry('2026-11-19', {
              pillars: { brand: 1, people: 2, insights: 3, relationships: 4 },
            }),
            replaces: { capturedAt: stored?.capturedAt ?? '' },
          },
          SENDER,
        ),
    ],
    ['a note', (h) => h.setNote({ day: '2026-11-18', note: 'started posting' }, SENDER)],
    ['a chart range', (h) => h.getSeries({ range: '1y' }, SENDER)],
    ['clearing all data', (h) => h.clearAll({}, SENDER)],
  ]

  it.each(CASES)('moves the revision when it changes the overview: %s', async (_, send) => {
    await handlers.getOverview({}, SENDER) // settles the start-up token
    const before = { overview: JSON.stringify(await handlers.getOverview({}, SENDER)), token: memory.token() }
    await send(handlers).catch(() => undefined)
    const after = { overview: JSON.stringify(await handlers.getOverview({}, SENDER)), token: memory.token() }
    if (after.overview !== before.overview) expect(after.token).not.toBe(before.token)
    expect(isSettledRevision(after.token)).toBe(true)
  })

  it('has a case for every message', () => {
    const named = new Set(ran)
    expect(Object.keys(SENDERS).filter((type) => !named.has(type as MessageName))).toEqual([])
  })
})
