import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import { createHandlers } from '../../src/background/handlers.ts'
import { createMessageListener } from '../../src/background/listener.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { MAX_IMPORT_CHARS, type MessageName, type Reply, type SenderInfo } from '../../src/shared/protocol.ts'
import { SENDERS } from '../../src/shared/protocol-checks.ts'
import { DEFAULT_SETTINGS } from '../../src/shared/settings.ts'
import { englishMessage } from '../support/english-messages.ts'
import { factsOf } from '../support/fixtures.ts'
import { MALFORMED } from '../support/malformed-csv.ts'
import { day, history, manualEntry, snapshot } from '../support/records.ts'
import { putDays, storedDays } from '../support/stored-days.ts'

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop'
const ORIGIN = `chrome-extension://${EXT_ID}/`
const NOW = new Date('2026-11-22T10:00:00Z')

const CONTENT: SenderInfo = { id: EXT_ID, url: 'https://www.linkedin.com/sales/ssi', tab: { id: 7 } }
const POPUP: SenderInfo = { id: EXT_ID, url: `${ORIGIN}src/popup/index.html` }

let db: HistoryDb
let changes: number
let listen: ReturnType<typeof createMessageListener>

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openHistoryDb()
  changes = 0
  const handlers = createHandlers({
    db: async () => db,
    now: () => NOW,
    historyChanged: async () => {
      changes++
    },
    badgeWords: { getMessage: englishMessage, locale: 'en-GB' },
  })
  listen = createMessageListener(handlers, { id: EXT_ID, origin: ORIGIN })
})

async function send<K extends MessageName>(type: K, payload: unknown, sender: SenderInfo): Promise<Reply<K>> {
  const reply = listen({ type, payload }, sender)
  if (reply === undefined) throw new Error('the listener did not answer')
  return reply as Promise<Reply<K>>
}

/** The notes of a plain UTF-8 import of SSI Lens's own file. */
const IMPORTED = { encoding: 'utf-8', ignoredColumns: [], dateOrder: null } as const

const put = (records: readonly DayRecord[]) => putDays(db, records)

/** Everything stored, to prove a refused message changed nothing. */
async function contents() {
  return { days: await storedDays(db), failures: await db.getAll('failures') }
}

const today = '2026-11-22'
const validPayloads: { [K in MessageName]: unknown } = {
  saveSnapshot: { snapshot: snapshot(), urlKind: 'page-load' },
  reportFailure: { failure: { code: 'timeout', reason: 'no numbers after 20 s' }, urlKind: 'page-load' },
  parseFacts: { facts: factsOf('ssi-modern-en') },
  injectReader: {},
  getOverview: {},
  exportCsv: {},
  importCsv: { text: historyToCsv([day('2026-11-01')]) },
  countDays: {},
  clearAll: {},
  getTeam: {},
  addPerson: { name: 'Anna', fileName: 'anna.csv', text: historyToCsv([day('2026-11-01')]), replaceId: null },
  renamePerson: { id: 'nobody', name: 'Bea' },
  removePerson: { id: 'nobody' },
  importDays: {
    days: [{ record: day('2026-11-01', { source: 'csv', urlKind: 'import' }), capturedAtGiven: false }],
    dryRun: false,
  },
  getHistoryMonth: {},
  deleteDay: { day: '2026-11-01' },
  saveManualDay: { entry: manualEntry('2026-11-20'), replaces: null },
  setNote: { day: '2026-11-01', note: 'started posting twice a week' },
  getSeries: { range: '1y' },
}
const MESSAGES = Object.keys(SENDERS) as MessageName[]
const senderFor = (type: MessageName) => (SENDERS[type] === 'content' ? CONTENT : POPUP)

describe('every message', () => {
  it('parseFacts reads the page from its facts and stores nothing', async () => {
    const before = await contents()
    const reply = await send('parseFacts', validPayloads.parseFacts, CONTENT)
    expect(reply).toMatchObject({ ok: true, value: { ok: true, value: { overall: 47, source: 'dom' } } })
    expect(await send('parseFacts', { facts: factsOf('ssi-conflict-stale-json-en') }, CONTENT)).toMatchObject(
      {
        ok: true,
        value: { ok: false, error: { code: 'conflict' } },
      },
    )
    expect(await contents()).toEqual(before)
    expect(changes).toBe(0)
  })

  it('saveSnapshot stores today and answers with the badge', async () => {
    const reply = await send('saveSnapshot', validPayloads.saveSnapshot, CONTENT)
    expect(reply).toEqual({
      ok: true,
      value: {
        replaced: false,
        badge: expect.objectContaining({ day: expect.any(String), overall: 47, change7: null }),
        // The background words the inline badge, so the content script carries no words of its own.
        lines: {
          change: '7-day change: —',
          trend: 'unknown',
          next: expect.stringMatching(/^Next: /),
          status: 'Recorded',
          failed: false,
          state: 'recorded',
        },
      },
    })
    const [stored] = await storedDays(db)
    expect(stored).toMatchObject({ overall: 47, capturedAt: NOW.toISOString(), urlKind: 'page-load' })
    expect(changes).toBe(1)
  })

  it('reportFailure keeps the failure apart from the history', async () => {
    expect(await send('reportFailure', validPayloads.reportFailure, CONTENT)).toEqual({
      ok: true,
      value: {
        recorded: true,
        lines: expect.objectContaining({ failed: true, state: 'timeout', change: null, next: null }),
      },
    })
    expect(await contents()).toEqual({
      days: [],
      failures: [
        { error: 'timeout', reason: 'no numbers after 20 s', at: NOW.toISOString(), urlKind: 'page-load' },
      ],
    })
    expect(changes).toBe(0)
  })

  it('getOverview answers from the stored days', async () => {
    await put(history(60, today))
    const reply = await send('getOverview', {}, POPUP)
    expect(reply.ok && reply.value.totalDays).toBe(60)
    expect(reply.ok && reply.value.window).toHaveLength(50)
  })

  it('getSeries answers one point per week from the stored days', async () => {
    await put([day('2026-11-22'), day('2025-12-01')])
    const reply = await send('getSeries', { range: '1y' }, POPUP)
    if (!reply.ok) throw new Error(JSON.stringify(reply.error))
    expect(reply.value.series.step).toBe('week')
    expect(reply.value.series.days.filter((d) => d !== null)).toHaveLength(2)
  })

  it('exportCsv names the file for today and holds every day', async () => {
    const days = history(20, today)
    await put(days)
    const reply = await send('exportCsv', {}, POPUP)
    expect(reply).toEqual({
      ok: true,
      value: {
        filename: expect.stringMatching(/^ssi-history-\d{4}-\d{2}-\d{2}\.csv$/),
        csv: historyToCsv(days),
        days: 20,
      },
    })
  })

  it('importCsv adds the file’s days and says what it did', async () => {
    await put([day('2026-11-01', { capturedAt: '2026-11-01T07:00:00.000Z' })])
    const text = historyToCsv([
      day('2026-11-01', { capturedAt: '2026-11-01T08:00:00.000Z' }),
      day('2026-11-02'),
    ])
    expect(await send('importCsv', { text }, POPUP)).toEqual({
      ok: true,
      value: { ok: true, value: { ...IMPORTED, added: 1, replaced: 1, kept: 0 } },
    })
    expect(changes).toBe(1)
  })

  it('countDays and clearAll count and delete', async () => {
    await put(history(12, today))
    await send('reportFailure', validPayloads.reportFailure, CONTENT)
    expect(await send('countDays', {}, POPUP)).toEqual({ ok: true, value: { days: 12, people: 0 } })
    expect(await send('clearAll', {}, POPUP)).toEqual({ ok: true, value: { deleted: 12, people: 0 } })
    expect(await contents()).toEqual({ days: [], failures: [] })
    expect(changes).toBe(1)
  })

  it('restores the same history in another browser: export → import → export gives the same bytes', async () => {
    // Ending yesterday: today's generated capture times may lie after the test's clock.
    await put(history(365, '2026-11-21'))
    const first = await send('exportCsv', {}, POPUP)
    if (!first.ok) throw new Error(JSON.stringify(first.error))
    globalThis.indexedDB = new IDBFactory()
    db = await openHistoryDb()
    expect(await send('importCsv', { text: first.value.csv }, POPUP)).toEqual({
      ok: true,
      value: { ok: true, value: { ...IMPORTED, added: 365, replaced: 0, kept: 0 } },
    })
    const second = await send('exportCsv', {}, POPUP)
    expect(second.ok && second.value.csv).toBe(first.value.csv)
  })
})

describe('senders', () => {
  const foreign: [string, MessageName[], SenderInfo][] = [
    ['another extension', MESSAGES, { ...POPUP, id: 'someoneelse' }],
    ['another extension on the SSI page', MESSAGES, { ...CONTENT, id: 'someoneelse' }],
    ['a sender without a URL', MESSAGES, { id: EXT_ID, tab: { id: 1 } }],
    ['a sender without an id', MESSAGES, { url: POPUP.url }],
    [
      'a content script on another LinkedIn page',
      MESSAGES,
      { ...CONTENT, url: 'https://www.linkedin.com/feed/' },
    ],
    [
      'a content script on a look-alike host',
      MESSAGES,
      { ...CONTENT, url: 'https://www.linkedin.com.evil.example/sales/ssi' },
    ],
    ['the SSI page over plain HTTP', MESSAGES, { ...CONTENT, url: 'http://www.linkedin.com/sales/ssi' }],
    [
      'a content script on another Sales Navigator page',
      MESSAGES,
      {
        ...CONTENT,
        url: 'https://www.linkedin.com/sales/inbox',
        tab: { id: 7, url: 'https://www.linkedin.com/sales/inbox' },
      },
    ],
    [
      'a content script loaded on another page, in a browser that gives no tab URL',
      MESSAGES,
      { ...CONTENT, url: 'https://www.linkedin.com/sales/home', tab: { id: 7 } },
    ],
    [
      'a content script whose tab has moved on from the SSI page',
      MESSAGES,
      { ...CONTENT, tab: { id: 7, url: 'https://www.linkedin.com/sales/home' } },
    ],
    [
      'a content script on the SSI page whose document was loaded elsewhere on LinkedIn',
      MESSAGES,
      {
        ...CONTENT,
        url: 'https://www.linkedin.com/feed/',
        tab: { id: 7, url: 'https://www.linkedin.com/sales/ssi' },
      },
    ],
    [
      'a page whose path only begins like the SSI page, in capitals',
      MESSAGES,
      {
        ...CONTENT,
        url: 'https://www.linkedin.com/sales/SSIX',
        tab: { id: 7, url: 'https://www.linkedin.com/sales/SSIX' },
      },
    ],
    ['a content script in a frame of the SSI page', MESSAGES, { ...CONTENT, frameId: 3 }],
    [
      'the content script asking for extension-only messages',
      MESSAGES.filter((m) => SENDERS[m] === 'extension'),
      CONTENT,
    ],
    [
      'an extension page posing as the content script',
      MESSAGES.filter((m) => SENDERS[m] === 'content'),
      POPUP,
    ],
    [
      'an extension page of another extension',
      MESSAGES,
      { id: EXT_ID, url: 'chrome-extension://someoneelse/src/popup/index.html' },
    ],
  ]

  for (const [who, types, sender] of foreign) {
    it.each(types)(`refuses %s from ${who}, and changes nothing`, async (type) => {
      await put(history(3, today))
      await send('reportFailure', validPayloads.reportFailure, CONTENT)
      const before = await contents()
      changes = 0
      const reply = await send(type, validPayloads[type], sender)
      expect(reply).toEqual({ ok: false, error: { code: 'wrong-sender', message: type } })
      expect(await contents()).toEqual(before)
      expect(changes).toBe(0)
    })
  }

  it('accepts the content script after an in-app navigation: the document loaded on /sales/home, the tab now on the SSI page', async () => {
    // What Chromium reports (tests/e2e/sender.test.ts): sender.url stays the load URL, sender.tab.url follows pushState.
    const sender = {
      ...CONTENT,
      url: 'https://www.linkedin.com/sales/home',
      tab: { id: 7, url: 'https://www.linkedin.com/sales/ssi' },
      frameId: 0,
    }
    expect((await send('saveSnapshot', validPayloads.saveSnapshot, sender)).ok).toBe(true)
  })

  it('accepts the SSI page with a query string or trailing slash', async () => {
    for (const url of [
      'https://www.linkedin.com/sales/ssi/',
      'https://www.linkedin.com/sales/ssi?src=nav',
      'https://www.linkedin.com/sales/ssi#top',
      'https://www.linkedin.com/sales/SSI', // the same page to LinkedIn; the manifest's match misses it
      'https://www.linkedin.com/sales/Ssi/?src=bookmark',
    ])
      expect((await send('saveSnapshot', validPayloads.saveSnapshot, { ...CONTENT, url })).ok).toBe(true)
  })
})

describe('malformed messages', () => {
  const FACTS = factsOf('ssi-modern-en')
  const CODE = { text: '{"memberScore":{}}', datalet: null }
  const bad: [MessageName, string, unknown][] = [
    ['saveSnapshot', 'no payload', undefined],
    ['saveSnapshot', 'a payload that is an array', []],
    ['saveSnapshot', 'no snapshot', { urlKind: 'page-load' }],
    ['saveSnapshot', 'a snapshot that is a string', { snapshot: '47', urlKind: 'page-load' }],
    ['saveSnapshot', 'an unknown URL kind', { snapshot: snapshot(), urlKind: 'typed' }],
    ['saveSnapshot', 'the import URL kind', { snapshot: snapshot(), urlKind: 'import' }],
    ['reportFailure', 'no failure', { urlKind: 'page-load' }],
    ['reportFailure', 'a failure without a reason', { failure: { code: 'timeout' }, urlKind: 'page-load' }],
    [
      'reportFailure',
      'an endless reason',
      { failure: { code: 'timeout', reason: 'x'.repeat(501) }, urlKind: 'page-load' },
    ],
    ['parseFacts', 'no facts', {}],
    ['parseFacts', 'facts with a key the collector never writes', { facts: { ...FACTS, html: '<main>' } }],
    ['parseFacts', 'facts without their lines', { facts: { ...FACTS, lines: undefined } }],
    ['parseFacts', 'a line over the limit', { facts: { ...FACTS, lines: ['4'.repeat(2_001)] } }],
    ['parseFacts', 'more lines than the limit', { facts: { ...FACTS, lines: Array(5_001).fill('47') } }],
    ['parseFacts', 'a bar that is a number', { facts: { ...FACTS, bars: { ...FACTS.bars, brand: 16.4 } } }],
    [
      'parseFacts',
      'a pillar bar missing',
      { facts: { ...FACTS, bars: { ...FACTS.bars, brand: undefined } } },
    ],
    [
      'parseFacts',
      'an embedded block over the limit',
      { facts: { ...FACTS, codes: [{ text: 'x'.repeat(200_001), datalet: null }] } },
    ],
    ['parseFacts', 'too many embedded blocks', { facts: { ...FACTS, codes: Array(11).fill(CODE) } }],
    ['parseFacts', 'cut that is not a boolean', { facts: { ...FACTS, cut: 'no' } }],
    ['getOverview', 'unexpected payload keys', { all: true }],
    ['exportCsv', 'a payload that is null', null],
    ['importCsv', 'no text', {}],
    ['importCsv', 'text that is not a string', { text: 42 }],
    ['importCsv', 'a file over the size limit', { text: 'x'.repeat(MAX_IMPORT_CHARS + 1) }],
    ['countDays', 'a string payload', 'all'],
    ['clearAll', 'unexpected payload keys', { confirm: true }],
    ['getTeam', 'unexpected payload keys', { all: true }],
    ['addPerson', 'no text', { name: 'Anna', fileName: 'a.csv', replaceId: null }],
    ['addPerson', 'a name that is a number', { name: 7, fileName: 'a.csv', text: '', replaceId: null }],
    ['addPerson', 'an endless name', { name: 'x'.repeat(201), fileName: 'a.csv', text: '', replaceId: null }],
    ['addPerson', 'a replaceId that is a number', { name: 'A', fileName: 'a.csv', text: '', replaceId: 3 }],
    ['addPerson', 'an extra key', { name: 'A', fileName: 'a.csv', text: '', replaceId: null, days: [] }],
    [
      'addPerson',
      'a file over the size limit',
      { name: 'A', fileName: 'a.csv', text: 'x'.repeat(MAX_IMPORT_CHARS + 1), replaceId: null },
    ],
    ['renamePerson', 'no name', { id: 'x' }],
    ['removePerson', 'an id that is an object', { id: {} }],
    ['importDays', 'no dryRun', { days: [] }],
    ['importDays', 'days that are not a list', { days: {}, dryRun: true }],
    ['importDays', 'a day without capturedAtGiven', { days: [{ record: day('2026-11-01') }], dryRun: true }],
    ['importDays', 'a day that is a string', { days: ['2026-11-01'], dryRun: true }],
    ['importDays', 'an extra key', { days: [], dryRun: true, replace: true }],
    ['getHistoryMonth', 'a month that is not YYYY-MM', { month: '2026-13' }],
    ['getHistoryMonth', 'unexpected payload keys', { month: '2026-11', all: true }],
    ['deleteDay', 'no day', {}],
    ['deleteDay', 'a day that is not a real day', { day: '2026-02-30' }],
    ['saveManualDay', 'no entry', { replaces: null }],
    ['saveManualDay', 'no replaces', { entry: manualEntry('2026-11-20') }],
    ['saveManualDay', 'replaces without a time', { entry: manualEntry('2026-11-20'), replaces: {} }],
    ['setNote', 'a note that is a number', { day: '2026-11-20', note: 7 }],
    ['setNote', 'no note', { day: '2026-11-20' }],
    ['getSeries', 'no range', {}],
    ['getSeries', 'an unknown range', { range: '2y' }],
    ['getSeries', 'unexpected payload keys', { range: 'all', limit: 9 }],
  ]

  it.each(bad)('refuses %s with %s, and changes nothing', async (type, _what, payload) => {
    await put(history(3, today))
    const before = await contents()
    const reply = await send(type, payload, senderFor(type))
    expect(reply).toEqual({ ok: false, error: { code: 'malformed', message: type } })
    expect(await contents()).toEqual(before)
    expect(changes).toBe(0)
  })

  const refused = (problem: object) => ({ code: 'reading-refused', problem })
  const refusedSnapshots: [string, unknown, object][] = [
    ['pillars that do not add up', snapshot({ overall: 60 }), refused({ code: 'sum-mismatch', overall: 60 })],
    [
      'a total out of range',
      snapshot({ overall: 147 }),
      refused({ code: 'out-of-range', field: 'overall', value: '147' }),
    ],
    [
      'a pillar out of range',
      { ...snapshot(), pillars: { ...snapshot().pillars, brand: 30 } },
      refused({ code: 'out-of-range', field: 'brand', value: '30' }),
    ],
    [
      'a missing pillar',
      { ...snapshot(), pillars: { brand: 16, people: 9, insights: 7 } },
      refused({ code: 'out-of-range', field: 'relationships', value: 'undefined' }),
    ],
    [
      'a rank that is text',
      { ...snapshot(), industryRank: '12' },
      refused({ code: 'out-of-range', field: 'industryRank', value: '12' }),
    ],
    [
      'an unknown source',
      { ...snapshot(), source: 'guess' },
      refused({ code: 'unknown-source', value: 'guess' }),
    ],
    ['the CSV source', snapshot({ source: 'csv' }), { code: 'not-a-reading', source: 'csv' }],
    [
      'the source of a day entered by hand',
      snapshot({ source: 'manual' }),
      { code: 'not-a-reading', source: 'manual' },
    ],
    [
      'an endless industry name',
      snapshot({ industryName: 'x'.repeat(201) }),
      refused({ code: 'industry-name-too-long', max: 200 }),
    ],
  ]

  it.each(refusedSnapshots)('refuses a snapshot with %s and writes nothing', async (_what, bad, error) => {
    await put(history(3, today))
    const before = await contents()
    const reply = await send('saveSnapshot', { snapshot: bad, urlKind: 'page-load' }, CONTENT)
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error).toMatchObject(error)
    expect(await contents()).toEqual(before)
    expect(changes).toBe(0)
  })

  it('refuses an import with a day after tomorrow (one day of time-zone slack, not two)', async () => {
    const early = { capturedAt: '2026-11-22T09:00:00.000Z' }
    const text = historyToCsv([day('2026-11-23', early), day('2026-11-24', early)])
    const reply = await send('importCsv', { text }, POPUP)
    expect(reply).toEqual({
      ok: true,
      value: {
        ok: false,
        error: {
          code: 'bad-lines',
          issues: [{ line: 3, issue: { code: 'future-date', day: '2026-11-24', lastDay: '2026-11-23' } }],
          stoppedAt: null,
        },
      },
    })
    expect(await contents()).toEqual({ days: [], failures: [] })
  })

  it('never lets a capture time from the future replace and lock a stored day', async () => {
    await put([day('2026-11-20')])
    const text = historyToCsv([day('2026-11-20', { overall: 48, capturedAt: '9999-01-01T00:00:00.000Z' })])
    const reply = await send('importCsv', { text }, POPUP)
    const refusal = reply.ok && !reply.value.ok && reply.value.error
    expect(refusal && refusal.code === 'bad-lines' && refusal.issues[0]?.issue.code).toBe(
      'captured-at-future',
    )
    expect(await storedDays(db)).toEqual([day('2026-11-20')])
  })

  it('refuses an unknown failure code', async () => {
    const reply = await send(
      'reportFailure',
      { failure: { code: 'bored', reason: 'x' }, urlKind: 'page-load' },
      CONTENT,
    )
    expect(reply).toEqual({ ok: false, error: { code: 'unknown-failure', failure: 'bored' } })
    expect(await contents()).toEqual({ days: [], failures: [] })
  })

  it.each(MALFORMED.map((m) => [m.name, m]))(
    'answers a CSV file with %s with its errors and writes nothing',
    async (_name, m) => {
      await put(history(3, today))
      const before = await contents()
      const reply = await send('importCsv', { text: m.text }, POPUP)
      expect(reply.ok).toBe(true)
      if (!reply.ok || reply.value.ok || reply.value.error.code !== 'bad-lines')
        throw new Error('expected the import to be refused')
      expect(reply.value.error.issues[0]?.line).toBe(m.line)
      expect(reply.value.error.issues[0]?.issue).toMatchObject(m.issue)
      expect(await contents()).toEqual(before)
      expect(changes).toBe(0)
    },
  )
})

describe('the listener', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['a string', 'saveSnapshot'],
    ['an unknown type', { type: 'ping', payload: {} }],
    ['a type from Object.prototype', { type: 'toString', payload: {} }],
    ['no type', { payload: {} }],
  ])('leaves %s to other listeners (returns undefined, synchronously)', (_what, raw) => {
    expect(listen(raw, POPUP)).toBeUndefined()
  })

  it('answers its own messages with a promise that never rejects, even when the database fails', async () => {
    const broken = createMessageListener(
      createHandlers({
        db: () => Promise.reject(new Error('disk full')),
        now: () => NOW,
        historyChanged: async () => undefined,
      }),
      { id: EXT_ID, origin: ORIGIN },
    )
    const reply = broken({ type: 'countDays', payload: {} }, POPUP)
    expect(reply).toBeInstanceOf(Promise)
    await expect(reply).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'countDays', detail: 'Error: disk full' },
    })
  })

  it('still answers a stored capture when the toolbar badge cannot be drawn', async () => {
    const handlers = createHandlers({
      db: async () => db,
      now: () => NOW,
      historyChanged: () => Promise.reject(new Error('no action API')),
    })
    const reply = await createMessageListener(handlers, { id: EXT_ID, origin: ORIGIN })(
      { type: 'saveSnapshot', payload: validPayloads.saveSnapshot },
      CONTENT,
    )
    expect(reply?.ok).toBe(true)
    expect(await storedDays(db)).toHaveLength(1)
  })
})

describe('importDays (other tools’ files, previewed by the page)', () => {
  const input = (record: DayRecord, capturedAtGiven = true) => ({ record, capturedAtGiven })
  const stored = day('2026-11-01', { capturedAt: '2026-11-01T07:00:00.000Z' })

  it('answers a dry run with what would happen, naming the days it would replace, and writes nothing', async () => {
    await put([stored])
    const before = await contents()
    const days = [
      input(day('2026-11-01', { capturedAt: '2026-11-01T09:00:00.000Z' })),
      input(day('2026-11-02')),
    ]
    expect(await send('importDays', { days, dryRun: true }, POPUP)).toEqual({
      ok: true,
      value: {
        ok: true,
        value: { added: 1, replaced: 1, kept: 0, replacedDays: ['2026-11-01'], written: false },
      },
    })
    expect(await contents()).toEqual(before)
    expect(changes).toBe(0)
  })

  it('writes every day in one go, and never replaces a stored day with one that has no time of its own', async () => {
    await put([stored])
    const days = [input(day('2026-11-01', { overall: 46 }), false), input(day('2026-11-02'))]
    expect(await send('importDays', { days, dryRun: false }, POPUP)).toEqual({
      ok: true,
      value: { ok: true, value: { added: 1, replaced: 0, kept: 1, replacedDays: [], written: true } },
    })
    expect((await storedDays(db)).map((d) => [d.day, d.overall])).toEqual([
      ['2026-11-01', 47],
      ['2026-11-02', 47],
    ])
    expect(changes).toBe(1)
  })

  it('refuses the whole import when one day fails its check, and writes nothing', async () => {
    await put([stored])
    const before = await contents()
    const days = [
      input(day('2026-11-02')),
      input(day('2026-11-03', { overall: 90 })),
      input(day('2026-11-02')),
    ]
    const reply = await send('importDays', { days, dryRun: false }, POPUP)
    expect(reply).toEqual({
      ok: true,
      value: {
        ok: false,
        error: {
          code: 'refused-days',
          refused: [
            { day: '2026-11-03', issue: expect.objectContaining({ code: 'sum-mismatch', overall: 90 }) },
            { day: '2026-11-02', issue: { code: 'duplicate-date', day: '2026-11-02', firstLine: 1 } },
          ],
        },
      },
    })
    expect(await contents()).toEqual(before)
    expect(changes).toBe(0)
  })

  it('accepts tomorrow’s day without a time of its own (its stand-in time claims nothing)', async () => {
    const reply = await send('importDays', { days: [input(day('2026-11-23'), false)], dryRun: true }, POPUP)
    expect(reply.ok && reply.value.ok).toBe(true)
  })

  it('refuses a day after tomorrow, and a reading later than now', async () => {
    const later = day('2026-11-23', { capturedAt: '2026-11-23T06:00:00.000Z' })
    const reply = await send(
      'importDays',
      { days: [input(day('2026-11-25')), input(later)], dryRun: true },
      POPUP,
    )
    expect(reply).toEqual({
      ok: true,
      value: {
        ok: false,
        error: {
          code: 'refused-days',
          refused: [
            // Its capture time (the record factory's, on its own day) is after now: the first problem found.
            { day: '2026-11-25', issue: { code: 'captured-at-future', value: '2026-11-25T09:30:00.000Z' } },
            { day: '2026-11-23', issue: { code: 'captured-at-future', value: '2026-11-23T06:00:00.000Z' } },
          ],
        },
      },
    })
  })
})

describe('exportCsv in the regional format', () => {
  it('writes semicolons and decimal commas when the settings ask for it, and import reads that file back', async () => {
    const days = history(30, '2026-11-21')
    await put(days)
    const regional = createHandlers({
      db: async () => db,
      now: () => NOW,
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, csvFormat: 'regional' }),
      historyChanged: async () => undefined,
    })
    const { csv } = await regional.exportCsv({}, POPUP)
    expect(csv).toBe(historyToCsv(days, 'regional'))
    expect(csv.split('\r\n')[1]).toContain(';')
    globalThis.indexedDB = new IDBFactory()
    db = await openHistoryDb()
    expect(await regional.importCsv({ text: csv }, POPUP)).toMatchObject({ ok: true, value: { added: 30 } })
    expect(await storedDays(db)).toEqual(days)
  })
})

describe('a capture the database cannot store (storage full)', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  /** The real database, except that writing the history's months fails as a full disk makes it fail. */
  const fullFor = (stores: string[]): HistoryDb =>
    new Proxy(db, {
      get(target, key) {
        if (key === 'transaction')
          return (names: string | string[], mode?: IDBTransactionMode) => {
            const list = typeof names === 'string' ? [names] : names
            if (mode === 'readwrite' && list.some((n) => stores.includes(n))) throw quota()
            return target.transaction(names as never, mode)
          }
        if (key === 'put' && stores.includes('failures')) return () => Promise.reject(quota())
        const value = Reflect.get(target, key)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  const listenWith = (full: HistoryDb, unsaved?: { kept: unknown[] }) =>
    createMessageListener(
      createHandlers({
        db: async () => full,
        now: () => NOW,
        historyChanged: async () => {
          changes++
        },
        ...(unsaved && {
          unsavedFailure: {
            put: async (f) => void unsaved.kept.push(f),
            get: async () => (unsaved.kept.at(-1) as never) ?? null,
          },
        }),
      }),
      { id: EXT_ID, origin: ORIGIN },
    )
  const save = (l: ReturnType<typeof createMessageListener>) =>
    l({ type: 'saveSnapshot', payload: { snapshot: snapshot(), urlKind: 'page-load' } }, CONTENT) as Promise<
      Reply<'saveSnapshot'>
    >

  it('answers not-saved with the reason, keeps the failure like any failed visit, and changes no day', async () => {
    const l = listenWith(fullFor(['months']))
    expect(await save(l)).toEqual({
      ok: true,
      value: {
        saved: false,
        failure: { code: 'not-saved', reason: 'QuotaExceededError: The quota has been exceeded.' },
        lines: expect.objectContaining({ failed: true, state: 'not-saved' }),
      },
    })
    expect(await storedDays(db)).toEqual([])
    expect(changes).toBe(0)
    const overview = await send('getOverview', {}, POPUP)
    expect(overview.ok && overview.value.lastFailure).toMatchObject({
      error: 'not-saved',
      reason: 'QuotaExceededError: The quota has been exceeded.',
      at: NOW.toISOString(),
    })
  })

  it('keeps the failure for the session when the database refuses even that, and the popup still sees it', async () => {
    const unsaved = { kept: [] as unknown[] }
    const l = listenWith(fullFor(['months', 'failures']), unsaved)
    expect(await save(l)).toMatchObject({ ok: true, value: { saved: false } })
    expect(await db.getAll('failures')).toEqual([])
    expect(unsaved.kept).toEqual([
      {
        error: 'not-saved',
        reason: expect.stringMatching(/^QuotaExceededError/),
        at: NOW.toISOString(),
        urlKind: 'page-load',
      },
    ])
    const overview = (await l({ type: 'getOverview', payload: {} }, POPUP)) as Reply<'getOverview'>
    expect(overview.ok && overview.value.lastFailure?.error).toBe('not-saved')
  })
})
