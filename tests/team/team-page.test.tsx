// @vitest-environment happy-dom
/**
 * The Team page rendered in happy-dom against the real background: its handlers and listener over
 * fake-indexeddb, so every add, refusal, replacement, rename and removal goes through the store as in the
 * extension. The end-to-end test covers thirty people in Chromium; these cover the page's questions and answers.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import arabic from '../../_locales/ar/messages.json' with { type: 'json' }
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import { createHandlers } from '../../src/background/handlers.ts'
import { createMessageListener } from '../../src/background/listener.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import { ProtocolError } from '../../src/shared/messaging.ts'
import type { Answer, MessageName, Payload, Reply } from '../../src/shared/protocol.ts'
import { TeamPage } from '../../src/team/TeamPage.tsx'
import { createTeamApi, type Send } from '../../src/team/team-api.ts'
import { FOREIGN_CSV, personCsv } from '../support/team-files.ts'

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop'
const ORIGIN = `chrome-extension://${EXT_ID}/`
const NOW = new Date('2026-11-22T10:00:00Z')
const TODAY = '2026-11-22'

let db: HistoryDb
let root: HTMLElement
let ids = 0

async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openHistoryDb()
  ids = 0
  setMessageSource(catalogSource(messages as Catalog), 'en-GB')
  document.body.innerHTML = ''
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  db.close()
})

async function mount(): Promise<void> {
  const listen = createMessageListener(
    createHandlers({
      db: async () => db,
      now: () => NOW,
      historyChanged: async () => undefined,
      newId: () => `p${++ids}`,
    }),
    { id: EXT_ID, origin: ORIGIN },
  )
  const send = (async <K extends MessageName>(type: K, payload: Payload<K>): Promise<Answer<K>> => {
    const reply = (await listen(
      { type, payload },
      { id: EXT_ID, url: `${ORIGIN}src/team/index.html` },
    )) as Reply<K>
    if (!reply.ok) throw new ProtocolError(reply.error)
    return reply.value
  }) as Send
  await act(() => {
    render(<TeamPage api={createTeamApi(send)} />, root)
  })
  await settle()
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector)
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)]
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const names = () => $$('[data-testid="team-table"] > tbody > tr > th').map(text)
const button = (name: string, within: ParentNode = root) => {
  const found = [...within.querySelectorAll('button')].find(
    (b) => text(b) === name || b.getAttribute('aria-label') === name,
  )
  if (!found) throw new Error(`no button "${name}" in: ${text(within as Element)}`)
  return found
}
const click = async (el: HTMLElement) => {
  await act(() => el.click())
  await settle()
}

/** Chooses `files` in the page's file input, as a person does. */
async function choose(...files: [name: string, text: string][]): Promise<void> {
  const input = $<HTMLInputElement>('input[type="file"]') as HTMLInputElement
  Object.defineProperty(input, 'files', {
    value: files.map(([name, body]) => new File([body], name)),
    configurable: true,
  })
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await settle(12)
}

describe('Team page', () => {
  it('says how to start when no one is on the team and there is no history of your own', async () => {
    await mount()
    expect(text($('[data-testid="team-empty"]'))).toBe(
      'No one is on the team yet. Add the CSV files people sent you.',
    )
    expect($('[data-testid="team-table"]')).toBeNull()
    expect($<HTMLInputElement>('input[type="file"]')?.multiple).toBe(true)
  })

  it('adds each file as a person, numbers files named only like the export, and refuses a foreign file by name', async () => {
    await mount()
    await choose(
      ['Anna Schmidt.csv', personCsv({ last: TODAY, count: 30, weak: 'people' })],
      ['ssi-history-2026-11-20.csv', personCsv({ last: '2026-11-20', count: 10, seed: 2 })],
      ['ssi-history-2026-11-21.csv', personCsv({ last: '2026-11-21', count: 10, seed: 3 })],
      ['contacts.csv', FOREIGN_CSV],
    )
    expect(names()).toEqual(['Anna Schmidt', 'Person 1', 'Person 2'])
    expect(text($('[data-testid="add-outcome"] .summary'))).toBe('3 of 4 files added.')
    const refused = $('[data-outcome="refused"]')
    expect(refused?.dataset.problem).toBe('not-export')
    expect(text(refused).startsWith('contacts.csv was not added: it is not an SSI Lens export.')).toBe(true)
    // Detail is behind the disclosure, in the CSV reader's own words.
    expect($('[data-outcome="refused"] details summary')?.textContent).toBe('Details')
    expect(await db.count('people')).toBe(3)
  })

  it('asks before replacing someone of the same name, and keeps them when told so', async () => {
    await mount()
    await choose(['Anna.csv', personCsv({ last: '2026-11-01', count: 20 })])
    const before = await db.getAll('personDays')
    await choose(['anna.csv', personCsv({ last: TODAY, count: 40, seed: 5 })])
    const question = $('[role="alertdialog"] p')
    expect(text(question)).toBe(
      'Anna is already on the team, with days up to 1 Nov 2026 (20 days). Replace that history with anna.csv, which has days up to 22 Nov 2026 (40 days)?',
    )
    expect(document.activeElement?.textContent).toBe('Keep the current history')
    await click(button('Keep the current history'))
    expect(text($('[data-outcome="kept"]'))).toBe('anna.csv was not added: Anna keeps the history they had.')
    expect(await db.getAll('personDays')).toEqual(before)

    await choose(['anna.csv', personCsv({ last: TODAY, count: 40, seed: 5 })])
    await click(button("Replace Anna's history"))
    expect(text($('[data-outcome="added"]'))).toBe('anna.csv: replaced the history of Anna, now 40 days.')
    expect(names()).toEqual(['Anna'])
    expect(text($('td.days'))).toBe('40 days')
  })

  it('renames a person, and says so when the name is taken', async () => {
    await mount()
    await choose(
      ['Anna.csv', personCsv({ last: TODAY, count: 5 })],
      ['Bea.csv', personCsv({ last: TODAY, count: 5 })],
    )
    const anna = $$('[data-testid="team-table"] > tbody').find(
      (b) => text(b.querySelector('th')) === 'Anna',
    ) as HTMLElement
    await click(button('Rename Anna', anna))
    const input = anna.querySelector('input') as HTMLInputElement
    input.value = 'bea'
    await act(() => {
      input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    })
    await settle()
    expect(text(anna.querySelector('[role="alert"]'))).toBe('Someone on the team is already called bea.')
    input.value = 'Anna Schmidt'
    await act(() => {
      input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    })
    await settle()
    expect(names()).toEqual(['Anna Schmidt', 'Bea'])
  })

  it('removes a person only after the confirmation', async () => {
    await mount()
    await choose(
      ['Anna.csv', personCsv({ last: TODAY, count: 5 })],
      ['Bea.csv', personCsv({ last: TODAY, count: 5 })],
    )
    const bea = () =>
      $$('[data-testid="team-table"] > tbody').find(
        (b) => text(b.querySelector('th')) === 'Bea',
      ) as HTMLElement
    await click(button('Remove', bea()))
    expect(text(bea().querySelector('[role="alertdialog"] p'))).toBe(
      'Remove Bea and their 5 days from the team? This cannot be undone; your own history is not touched.',
    )
    await click(button('Cancel', bea()))
    expect(names()).toEqual(['Anna', 'Bea'])
    await click(button('Remove', bea()))
    await click(button('Remove Bea', bea()))
    expect(names()).toEqual(['Anna'])
    expect((await db.getAll('personDays')).map((p) => p.id)).toEqual(['p1'])
  })

  it('sorts by a column from its header button and says so with aria-sort', async () => {
    await mount()
    await choose(
      ['Anna.csv', personCsv({ last: TODAY, count: 5, trend: 0, seed: 1 })],
      ['Bea.csv', personCsv({ last: '2026-11-02', count: 5, seed: 2 })],
    )
    const th = $$('[data-testid="team-table"] thead th').find((h) =>
      text(h).startsWith('Last day'),
    ) as HTMLElement
    await click(th.querySelector('button') as HTMLElement)
    expect(th.getAttribute('aria-sort')).toBe('descending')
    expect(names()).toEqual(['Bea', 'Anna'])
    await click(th.querySelector('button') as HTMLElement)
    expect(th.getAttribute('aria-sort')).toBe('ascending')
    expect(names()).toEqual(['Anna', 'Bea'])
    const stale = $$('td.stale').map(text)
    expect(stale).toEqual(['today', '20 days ago not updated for over a week'])
  })

  it("says how old each file is in the plural form of the UI language's count", async () => {
    setMessageSource(catalogSource(arabic as Catalog), 'ar')
    await mount()
    await choose(
      ['Anna.csv', personCsv({ last: '2026-11-20', count: 5, seed: 1 })],
      ['Bea.csv', personCsv({ last: '2026-11-17', count: 5, seed: 2 })],
      ['Cem.csv', personCsv({ last: '2026-11-02', count: 5, seed: 3 })],
    )
    // Arabic's dual, its 3–10 and its 11–99 (two days ago read "قبل 2 من الأيام", one form for every count).
    const ages = $$('td.stale').map((cell) => cell.firstChild?.textContent)
    expect(ages).toEqual(['قبل يومين', 'قبل 5 أيام', 'قبل 20 يومًا'])
  })
})
