/**
 * The worker remembers the decoded history and its chart answers (background/history-cache.ts). Whatever it
 * remembers must never outlive a write: after each way the history changes, the chart answers what a worker that
 * just started (a second connection, nothing in memory) reads from the database.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import { createHandlers, type Handlers } from '../../src/background/handlers.ts'
import { readRangeSeries } from '../../src/background/history.ts'
import {
  cachedAnswer,
  cachedDays,
  changingHistory,
  rememberedDays,
} from '../../src/background/history-cache.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import type { ChartRange } from '../../src/core/series.ts'
import type { SenderInfo } from '../../src/shared/protocol.ts'
import { englishMessage } from '../support/english-messages.ts'
import { day, history, manualEntry, snapshot } from '../support/records.ts'
import { putDays } from '../support/stored-days.ts'

const NOW = new Date('2026-11-22T10:00:00Z')
const RANGES: readonly ChartRange[] = ['all', '1y', '6m', '49d']
const SENDER: SenderInfo = { id: 'x', url: 'chrome-extension://x/src/popup/index.html' }
const STORED = history(400, '2026-11-20')

let db: HistoryDb
let handlers: Handlers

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openHistoryDb()
  handlers = createHandlers({
    db: async () => db,
    now: () => NOW,
    historyChanged: async () => undefined,
    badgeWords: { getMessage: englishMessage, locale: 'en-GB' },
  })
  await putDays(db, STORED)
})

/** Every range's answer as the running worker gives it (remembered after the first ask). */
const answers = () => Promise.all(RANGES.map((range) => handlers.getSeries({ range }, SENDER)))

/** Every range's answer as a freshly started worker reads it: another connection, nothing remembered. */
async function fromDatabase() {
  const fresh = await openHistoryDb()
  try {
    return await Promise.all(RANGES.map((range) => readRangeSeries(fresh, NOW, range)))
  } finally {
    fresh.close()
  }
}

const stored = STORED.find((d) => d.day === '2026-11-19')
const WRITES: [string, () => Promise<unknown>][] = [
  ['a capture of today', () => handlers.saveSnapshot({ snapshot: snapshot(), urlKind: 'page-load' }, SENDER)],
  [
    'a CSV import of an older day',
    () => handlers.importCsv({ text: historyToCsv([day('2025-01-05')]) }, SENDER),
  ],
  [
    'an import of days from another tool',
    () =>
      handlers.importDays(
        {
          days: [{ record: day('2025-01-04', { source: 'csv', urlKind: 'import' }), capturedAtGiven: false }],
          dryRun: false,
        },
        SENDER,
      ),
  ],
  [
    'a day added by hand',
    () => handlers.saveManualDay({ entry: manualEntry('2026-11-21'), replaces: null }, SENDER),
  ],
  [
    'a recorded day replaced by hand',
    () =>
      handlers.saveManualDay(
        {
          entry: manualEntry('2026-11-19', {
            pillars: { brand: 1, people: 2, insights: 3, relationships: 4 },
          }),
          replaces: { capturedAt: stored?.capturedAt ?? '' },
        },
        SENDER,
      ),
  ],
  ['a deleted day', () => handlers.deleteDay({ day: '2026-11-20' }, SENDER)],
  ['a note', () => handlers.setNote({ day: '2026-11-18', note: 'started posting' }, SENDER)],
  ['clearing all data', () => handlers.clearAll({}, SENDER)],
]

describe('the remembered chart answers', () => {
  it('are what the database holds, once remembered', async () => {
    const first = await answers()
    expect(await answers()).toEqual(first)
    expect(first).toEqual(await fromDatabase())
  })

  it.each(WRITES)('follow %s at once', async (_, write) => {
    const before = await answers()
    await write()
    const after = await answers()
    expect(after).toEqual(await fromDatabase())
    // The write changed what the chart shows, so an answer remembered from before it would have been caught.
    expect(after).not.toEqual(before)
  })

  it('never keep what a read saw while a write was under way', async () => {
    // The read is asked first, so it may see the history before the capture; it must not be remembered.
    const read = handlers.getSeries({ range: 'all' }, SENDER)
    const write = handlers.saveSnapshot({ snapshot: snapshot(), urlKind: 'page-load' }, SENDER)
    await Promise.all([read, write])
    expect(await answers()).toEqual(await fromDatabase())
  })

  it('leave a dry run of an import, which writes nothing, as it was', async () => {
    const before = await answers()
    await handlers.importDays(
      {
        days: [{ record: day('2025-01-04', { source: 'csv', urlKind: 'import' }), capturedAtGiven: false }],
        dryRun: true,
      },
      SENDER,
    )
    expect(await answers()).toEqual(before)
    expect(before).toEqual(await fromDatabase())
  })
})

describe('a read that overlaps a write', () => {
  /** A promise and the function that settles it, so a test decides when a read "arrives". */
  function deferred<T>() {
    let resolve!: (value: T) => void
    const promise = new Promise<T>((done) => {
      resolve = done
    })
    return { promise, resolve }
  }

  it.each([
    ['begins', 'start'],
    ['ends', 'end'],
  ] as const)('is not remembered when a write %s while it runs', async (_, when) => {
    const connection = {}
    const read = deferred<typeof STORED>()
    const days = cachedDays(connection, () => read.promise)
    const answer = cachedAnswer(connection, 'series:all', () => read.promise.then((d) => d.length))
    const write = deferred<void>()
    const writing = changingHistory(connection, () => write.promise)
    if (when === 'end') {
      write.resolve()
      await writing
    }
    read.resolve(STORED)
    await Promise.all([days, answer])
    expect(rememberedDays(connection)).toBeNull()
    let asked = 0
    await cachedAnswer(connection, 'series:all', async () => ++asked)
    expect(asked).toBe(1)
    write.resolve()
    await writing
  })

  it('is remembered when no write overlapped it', async () => {
    const connection = {}
    await cachedDays(connection, async () => STORED)
    expect(rememberedDays(connection)).toBe(STORED)
  })
})
