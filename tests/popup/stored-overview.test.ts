/**
 * The popup reads its overview straight from the database (popup/stored-overview.ts). It must answer exactly what
 * the background's `getOverview` answers, and never create, upgrade or change the database: a missing or older
 * one is refused (the popup then asks the background, which creates or upgrades it and keeps every day).
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { DB_NAME, DB_VERSION, openHistoryDb } from '../../src/background/db.ts'
import { createHandlers } from '../../src/background/handlers.ts'
import { readAllDays, recordFailure } from '../../src/background/history.ts'
import type { DayRecord, FailureRecord } from '../../src/core/snapshot.ts'
import { createPopupApi } from '../../src/popup/api.ts'
import { readStoredOverview, storedOverview } from '../../src/popup/stored-overview.ts'
import type { Overview, SenderInfo } from '../../src/shared/protocol.ts'
import { DEFAULT_SETTINGS } from '../../src/shared/settings.ts'
import { createV1Database, V1_DAYS } from '../fixtures/db-v1/v1-database.ts'
import { englishMessage } from '../support/english-messages.ts'
import { day, history } from '../support/records.ts'
import { putDays } from '../support/stored-days.ts'

const NOW = new Date('2026-11-22T10:00:00Z')
const TODAY = '2026-11-22'
const POPUP: SenderInfo = { id: 'x', url: 'chrome-extension://x/src/popup/index.html' }

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

const failure = (at: string): FailureRecord => ({
  error: 'not-logged-in',
  reason: 'the sign-in page was shown',
  at,
  urlKind: 'page-load',
})

interface Case {
  days: readonly DayRecord[]
  failure?: FailureRecord
  unsaved?: FailureRecord
}

const CASES: [string, Case][] = [
  ['an empty history', { days: [] }],
  ['one day', { days: [day(TODAY)] }],
  ['400 days', { days: history(400, TODAY) }],
  ['ten years ending a week ago', { days: history(3650, '2026-11-15') }],
  ['days stored after today', { days: [...history(30, TODAY), day('2026-11-24'), day('2027-01-02')] }],
  [
    'a failure newer than the latest day',
    { days: history(10, '2026-11-20'), failure: failure(NOW.toISOString()) },
  ],
  [
    'a failure older than the latest day',
    { days: history(10, TODAY), failure: failure('2026-11-01T08:00:00Z') },
  ],
  [
    'a failed save kept in the session storage',
    { days: history(10, '2026-11-21'), unsaved: { ...failure(NOW.toISOString()), error: 'not-saved' } },
  ],
]

describe('the overview the popup reads itself', () => {
  it.each(CASES)('is what getOverview answers, with %s', async (_, c) => {
    const db = await openHistoryDb()
    await putDays(db, c.days)
    if (c.failure)
      await recordFailure(
        db,
        { code: c.failure.error, reason: c.failure.reason },
        'page-load',
        new Date(c.failure.at),
      )
    const handlers = createHandlers({
      db: async () => db,
      now: () => NOW,
      historyChanged: async () => undefined,
      badgeWords: { getMessage: englishMessage, locale: 'en-GB' },
      unsavedFailure: { put: async () => undefined, get: async () => c.unsaved ?? null },
    })
    const asked = await handlers.getOverview({}, POPUP)
    const read = await storedOverview({
      indexedDB,
      now: () => NOW,
      unsavedFailure: async () => c.unsaved ?? null,
    })
    expect(read).toEqual(asked)
    db.close()
  })

  it('is refused when there is no database yet, and leaves none behind for the background to create', async () => {
    await expect(readStoredOverview(indexedDB, TODAY)).rejects.toThrow()
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME)
    // The background then creates every store, as on a first start.
    const db = await openHistoryDb()
    expect([...db.objectStoreNames].sort()).toEqual(['failures', 'meta', 'months', 'people', 'personDays'])
    db.close()
  })

  it('is refused on a version-1 database, which stays version 1 until the background upgrades it with every day', async () => {
    await createV1Database(indexedDB)
    await expect(readStoredOverview(indexedDB, TODAY)).rejects.toThrow()
    expect((await indexedDB.databases()).find((d) => d.name === DB_NAME)?.version).toBe(1)
    const db = await openHistoryDb()
    expect(db.version).toBe(DB_VERSION)
    expect((await readAllDays(db)).map((d) => d.day)).toEqual(V1_DAYS.map((d) => d.day).sort())
    db.close()
  })

  it('does not keep the database from being upgraded: its connection is closed once read', async () => {
    const db = await openHistoryDb()
    await putDays(db, [day(TODAY)])
    db.close()
    await readStoredOverview(indexedDB, TODAY)
    // A newer schema opening now would wait forever for a connection left open ("blocked").
    const next = await new Promise<string>((resolve) => {
      const open = indexedDB.open(DB_NAME, DB_VERSION + 1)
      open.onblocked = () => resolve('blocked')
      open.onsuccess = () => {
        open.result.close()
        resolve('opened')
      }
    })
    expect(next).toBe('opened')
  })
})

describe("the popup's getOverview", () => {
  const world = (readOverview?: () => Promise<Overview>) => {
    const sent: string[] = []
    const api = createPopupApi({
      send: (async (type: string) => {
        sent.push(type)
        return {
          today: TODAY,
          latest: null,
          window: [],
          beforeWindow: null,
          lastFailure: null,
          totalDays: 0,
          daysAfterToday: [],
        }
      }) as never,
      ...(readOverview ? { readOverview } : {}),
      loadSettings: async () => DEFAULT_SETTINGS,
      updateSettings: async () => undefined,
      openOptionsPage: async () => undefined,
    })
    return { api, sent }
  }

  it('asks the background when the database cannot be read straight', async () => {
    const { api, sent } = world(() => Promise.reject(new Error('no database yet')))
    expect((await api.getOverview()).today).toBe(TODAY)
    expect(sent).toEqual(['getOverview'])
  })

  it('sends no message when the database answers', async () => {
    const db = await openHistoryDb()
    await putDays(db, [day(TODAY)])
    db.close()
    const { api, sent } = world(() =>
      storedOverview({ indexedDB, now: () => NOW, unsavedFailure: async () => null }),
    )
    expect((await api.getOverview()).latest?.day).toBe(TODAY)
    expect(sent).toEqual([])
  })
})
