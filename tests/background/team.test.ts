import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import { createHandlers } from '../../src/background/handlers.ts'
import { readAllDays } from '../../src/background/history.ts'
import { createMessageListener } from '../../src/background/listener.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { SUMMARY_VERSION, summarizeHistory, viewOf } from '../../src/core/team-summary.ts'
import type { AddPersonPayload, Answer, MessageName, Reply, SenderInfo } from '../../src/shared/protocol.ts'
import { personDays } from '../support/records.ts'
import { putDays } from '../support/stored-days.ts'
import { FOREIGN_CSV, personCsv } from '../support/team-files.ts'

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop'
const ORIGIN = `chrome-extension://${EXT_ID}/`
const TEAM_PAGE: SenderInfo = { id: EXT_ID, url: `${ORIGIN}src/team/index.html` }
const CONTENT: SenderInfo = { id: EXT_ID, url: 'https://www.linkedin.com/sales/ssi', tab: { id: 7 } }
const NOW = new Date('2026-11-22T10:00:00Z')
const TODAY = '2026-11-22'

let db: HistoryDb
let listen: ReturnType<typeof createMessageListener>
let ids: number

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openHistoryDb()
  ids = 0
  const handlers = createHandlers({
    db: async () => db,
    now: () => NOW,
    historyChanged: async () => undefined,
    newId: () => `p${++ids}`,
  })
  listen = createMessageListener(handlers, { id: EXT_ID, origin: ORIGIN })
})

async function send<K extends MessageName>(type: K, payload: unknown, sender = TEAM_PAGE): Promise<Reply<K>> {
  const reply = listen({ type, payload }, sender)
  if (reply === undefined) throw new Error('the listener did not answer')
  return reply as Promise<Reply<K>>
}

async function result<K extends MessageName>(type: K, payload: unknown): Promise<Answer<K>> {
  const reply = await send(type, payload)
  if (!reply.ok) throw new Error(JSON.stringify(reply.error))
  return reply.value
}

const add = (name: string, text: string, replaceId: string | null = null) =>
  result('addPerson', { name, fileName: `${name}.csv`, text, replaceId } satisfies AddPersonPayload)

/** Everything stored, to prove a refused message changed nothing. */
async function contents() {
  return {
    history: await readAllDays(db),
    people: await db.getAll('people'),
    personDays: await db.getAll('personDays'),
  }
}

describe('adding people', () => {
  it('adds a person with a summary of their file, apart from the user’s own history', async () => {
    const own = personDays({ last: TODAY, count: 30, seed: 1 })
    await putDays(db, own)
    const days = personDays({ last: '2026-11-20', count: 730, weak: 'people', seed: 2 })
    const added = await add('Anna', historyToCsv(days))
    expect(added).toMatchObject({
      ok: true,
      value: { replaced: false, person: { id: 'p1', name: 'Anna', fileName: 'Anna.csv' } },
    })
    const stored = await contents()
    expect(stored.history).toEqual(own)
    expect(stored.personDays).toEqual([{ id: 'p1', days }])
    expect(stored.people).toEqual([
      {
        id: 'p1',
        name: 'Anna',
        fileName: 'Anna.csv',
        addedAt: NOW.toISOString(),
        summary: summarizeHistory(days),
      },
    ])
  })

  it('reads the regional format (semicolons, decimal commas) a spreadsheet re-saved', async () => {
    const days = personDays({ last: TODAY, count: 20, seed: 5 })
    // Written by the project's own regional export, as a spreadsheet in a European locale saves it.
    const regional = historyToCsv(days, 'regional')
    expect(regional.split('\r\n')[1]).toMatch(/;\d+,\d+;/)
    const added = await add('Bea', regional)
    expect(added.ok).toBe(true)
    expect((await db.getAll('personDays'))[0]?.days.map((d) => d.pillars)).toEqual(days.map((d) => d.pillars))
  })

  it.each([
    ['a spreadsheet that is not an SSI Lens export', FOREIGN_CSV, 'not-export'],
    ['a photo', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'not-export'],
    ['an empty file', '', 'empty'],
    ['a header without rows', historyToCsv([]), 'empty'],
    [
      'an export with one broken row',
      personCsv({ last: TODAY, count: 5 }).replace(/\r\n(\d{4}-\d{2}-\d{2}),\d+,/, '\r\n$1,300,'),
      'rows',
    ],
    ['an export with a day in the future', personCsv({ last: '2026-11-30', count: 10 }), 'rows'],
  ])('refuses %s by its problem and writes nothing', async (_what, text, problem) => {
    await add('Carla', personCsv({ last: TODAY, count: 10 }))
    const before = await contents()
    const refused = await add('Dan', text)
    expect(refused).toMatchObject({ ok: false, error: { code: problem } })
    if (problem !== 'empty')
      expect(!refused.ok && 'issues' in refused.error && refused.error.issues.length).toBeGreaterThan(0)
    expect(await contents()).toEqual(before)
  })

  it('asks before a second person of the same name, and replaces them only when told to', async () => {
    await add('Anna', personCsv({ last: '2026-11-01', count: 100, seed: 1 }))
    const before = await contents()
    const newer = personCsv({ last: TODAY, count: 120, seed: 2 })
    const asked = await add(' anna ', newer)
    expect(asked).toMatchObject({
      ok: false,
      error: {
        code: 'exists',
        existing: { id: 'p1', name: 'Anna' },
        incoming: { latestDay: TODAY, days: 120 },
      },
    })
    expect(await contents()).toEqual(before)
    const replaced = await add('anna', newer, 'p1')
    expect(replaced).toMatchObject({
      ok: true,
      value: { replaced: true, person: { id: 'p1', name: 'Anna', fileName: 'anna.csv' } },
    })
    const after = await contents()
    expect(after.people).toHaveLength(1)
    expect(after.people[0]?.summary.dayCount).toBe(120)
    expect(after.personDays[0]?.days.at(-1)?.day).toBe(TODAY)
  })

  it('does not replace a person who was removed meanwhile', async () => {
    expect(await add('Anna', personCsv({ last: TODAY, count: 3 }), 'gone')).toEqual({
      ok: false,
      error: { code: 'missing' },
    })
    expect((await contents()).people).toEqual([])
  })

  it('refuses a person without a name, and writes nothing', async () => {
    const reply = await send('addPerson', {
      name: '  ',
      fileName: 'x.csv',
      text: personCsv({ last: TODAY, count: 3 }),
      replaceId: null,
    })
    expect(reply).toEqual({ ok: true, value: { ok: false, error: { code: 'no-name' } } })
    expect((await contents()).people).toEqual([])
  })

  it('takes team messages only from the extension’s pages', async () => {
    const reply = await send(
      'addPerson',
      { name: 'A', fileName: 'a.csv', text: '', replaceId: null },
      CONTENT,
    )
    expect(reply).toEqual({ ok: false, error: { code: 'wrong-sender', message: 'addPerson' } })
    expect(await send('getTeam', {}, CONTENT)).toEqual({
      ok: false,
      error: { code: 'wrong-sender', message: 'getTeam' },
    })
  })
})

describe('the team', () => {
  it('lists people’s summaries and the user’s own history as “you”, from days on or before today', async () => {
    const own = personDays({ last: TODAY, count: 800, seed: 1 })
    await putDays(db, [...own, ...personDays({ last: '2026-11-24', count: 1, seed: 9 })])
    await add('Anna', personCsv({ last: TODAY, count: 10 }))
    const team = await result('getTeam', {})
    expect(team.today).toBe(TODAY)
    expect(team.people.map((p) => p.name)).toEqual(['Anna'])
    // Read from the last year only, yet the same summary as from the whole history, with the real day count.
    expect(team.you).toEqual(viewOf(summarizeHistory(own, 801)))
  })

  it('has no “you” when the user’s history is empty', async () => {
    expect(await result('getTeam', {})).toEqual({ today: TODAY, people: [], you: null })
  })

  it('recomputes a summary an older version stored, and writes it back', async () => {
    const days = personDays({ last: TODAY, count: 60, seed: 3 })
    await add('Anna', historyToCsv(days))
    const [person] = await db.getAll('people')
    await db.put('people', { ...(person as NonNullable<typeof person>), summary: { version: 0 } as never })
    const team = await result('getTeam', {})
    expect(team.people[0]?.summary).toEqual(viewOf(summarizeHistory(days)))
    expect((await db.get('people', 'p1'))?.summary.version).toBe(SUMMARY_VERSION)
  })

  it('renames a person, unless the name is taken or empty', async () => {
    await add('Anna', personCsv({ last: TODAY, count: 3 }))
    await add('Bea', personCsv({ last: TODAY, count: 3 }))
    const rename = (id: string, name: string) => result('renamePerson', { id, name })
    expect(await rename('p1', '  Anna  Schmidt ')).toEqual({ ok: true, value: null })
    expect(await rename('p1', 'BEA')).toEqual({ ok: false, error: { code: 'exists' } })
    expect(await rename('p1', ' ')).toEqual({ ok: false, error: { code: 'no-name' } })
    expect(await rename('p9', 'Carla')).toEqual({ ok: false, error: { code: 'missing' } })
    expect((await db.getAll('people')).map((p) => p.name)).toEqual(['Anna Schmidt', 'Bea'])
  })

  it('removes a person with all their days, and nobody else', async () => {
    const own = personDays({ last: TODAY, count: 5 })
    await putDays(db, own)
    await add('Anna', personCsv({ last: TODAY, count: 3 }))
    await add('Bea', personCsv({ last: TODAY, count: 3 }))
    expect(await result('removePerson', { id: 'p1' })).toEqual({ removed: true })
    expect(await result('removePerson', { id: 'p1' })).toEqual({ removed: false })
    const after = await contents()
    expect(after.people.map((p) => p.id)).toEqual(['p2'])
    expect(after.personDays.map((p) => p.id)).toEqual(['p2'])
    expect(after.history).toEqual(own)
  })

  it('“Clear all data” counts and clears the team too, in the same transaction as the history', async () => {
    await putDays(db, personDays({ last: TODAY, count: 5 }))
    await add('Anna', personCsv({ last: TODAY, count: 3 }))
    await add('Bea', personCsv({ last: TODAY, count: 3 }))
    expect(await result('countDays', {})).toEqual({ days: 5, people: 2 })
    expect(await result('clearAll', {})).toEqual({ deleted: 5, people: 2 })
    expect(await contents()).toEqual({ history: [], people: [], personDays: [] })
  })
})
