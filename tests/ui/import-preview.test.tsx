// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import type { ImportDaysResult, Payload } from '../../src/shared/protocol.ts'
import { ImportPreview, type Send } from '../../src/ui/ImportPreview.tsx'

const NOW = new Date('2026-11-22T10:00:00Z')
const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/other-tools', name)))
const fileOf = (name: string, bytes: Uint8Array<ArrayBuffer> | string = fixture(name)): File =>
  new File([bytes], name)

let root: HTMLElement
let calls: Payload<'importDays'>[]

/** A stand-in for the background: every day is new. */
const send: Send = (async (
  _type: 'importDays',
  payload: Payload<'importDays'>,
): Promise<ImportDaysResult> => {
  calls.push(payload)
  return {
    ok: true,
    value: { added: payload.days.length, replaced: 0, kept: 0, replacedDays: [], written: !payload.dryRun },
  }
}) as Send

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
}

async function mount(files: File[], onImported?: () => void): Promise<void> {
  await act(() => {
    render(<ImportPreview files={files} send={send} now={() => NOW} onImported={onImported} />, root)
  })
  await settle()
}

const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const $$ = (selector: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(selector)]
const importButton = (): HTMLButtonElement | undefined =>
  $$('button').find((b) => /^Import /.test(text(b))) as HTMLButtonElement | undefined

beforeEach(() => {
  setMessageSource(catalogSource(messages as Catalog), 'en-GB')
  calls = []
  document.body.innerHTML = ''
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => render(null, root))

describe('ImportPreview', () => {
  const scraper = ['2026-03-10', '2026-03-11', '2026-03-12'].map((d) =>
    fileOf(`ssi_${d}.csv`, fixture(`ssi-data-scraper-${d}.csv`)),
  )

  it('shows how each file was understood and asks the background what the import would do', async () => {
    await mount([...scraper, fileOf('mine.csv', fixture('sheet-de.csv'))])
    const files = $$('.import-file')
    expect(files.map((f) => f.dataset.format)).toEqual([
      'linkedin-ssi-data',
      'linkedin-ssi-data',
      'linkedin-ssi-data',
      'sheet',
    ])
    expect(text(files[0]?.querySelector('.import-file-summary'))).toBe(
      'linkedin-ssi-data day file · 1 day, 10 Mar 2026',
    )
    expect(text(files[3]?.querySelector('.import-file-summary'))).toBe(
      'Spreadsheet · 3 days, 2 Mar 2026 to 5 Mar 2026',
    )
    const selects = [...(files[3]?.querySelectorAll('select') ?? [])]
    expect(selects.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Column “Datum”',
      'Column “SSI”',
      'Column “Marke”',
      'Column “Personen”',
      'Column “Einblicke”',
      'Column “Beziehungen”',
      'Column “Notiz”',
    ])
    expect(selects.map((s) => s.value)).toEqual([
      'date',
      'overall',
      'brand',
      'people',
      'insights',
      'relationships',
      'ignore',
    ])
    expect(calls).toEqual([{ days: expect.any(Array), dryRun: true }])
    expect(calls[0]?.days.map((d) => d.record.day)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-05',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
    ])
    expect(text(root.querySelector('.import-preview-actions p'))).toBe(
      'Import will write every day at once: 6 days added, 0 replaced, 0 kept.',
    )
    expect(importButton()?.disabled).toBe(false)
  })

  it('imports every day with one message once the user confirms', async () => {
    let imported = 0
    await mount(scraper, () => imported++)
    await act(() => importButton()?.click())
    await settle()
    expect(calls.map((c) => [c.dryRun, c.days.length])).toEqual([
      [true, 3],
      [false, 3],
    ])
    expect(text(root.querySelector('[role="status"]'))).toBe('Imported. 3 days added, 0 replaced, 0 kept.')
    expect(imported).toBe(1)
    expect(importButton()).toBeUndefined()
  })

  it('says a totals-only sheet’s days keep their total with pillars unknown, and lets it be imported', async () => {
    await mount([fileOf('totals.tsv', fixture('sheet-en-totals.tsv'))])
    expect(root.querySelector('[data-testid="import-problems"]')).toBeNull()
    expect([...root.querySelectorAll('.import-notes li')].map(text)).toContain(
      'Pillars unknown for 3 days: the file gives only the total, so SSI Lens keeps the total and shows the pillars as “—” (none is made up).',
    )
    expect(importButton()?.disabled).toBe(false)
  })

  it('counts the rows it left out in the plural form of their number', async () => {
    const transcribed = new TextDecoder().decode(fixture('ssi-data-transcribed-2026-02-20.csv'))
    // The two weekly-change rows gone, the Sales Navigator promotion kept: one row left out.
    const oneLeft = transcribed
      .split('\n')
      .filter((line) => !line.includes('Variação semanal'))
      .join('\n')
    await mount([fileOf('three.csv', transcribed), fileOf('one.csv', oneLeft)])
    const notes = $$('.import-file').map((file) =>
      [...file.querySelectorAll('.import-notes li')].map(text).find((note) => /left out/.test(note)),
    )
    expect(notes).toEqual([
      '3 rows SSI Lens has no use for were left out (weekly-change notes, the Sales Navigator promotion).',
      '1 row SSI Lens has no use for was left out (weekly-change notes, the Sales Navigator promotion).',
    ])
  })

  it('names the problems, and imports nothing while one file has one', async () => {
    await mount([...scraper, fileOf('half.tsv', 'Date\tSSI\tBrand\n2026-01-05\t38\t9\n2026-01-06\t38\t9\n')])
    const problems = root.querySelector('[data-testid="import-problems"]')
    expect(text(problems?.querySelector('li'))).toBe(
      'Lines 2–3: Some of the day’s four pillars are empty (Find the right people, Engage with insights, Build relationships): fill in all four, or leave all four empty when you know only the total.',
    )
    expect(importButton()?.disabled).toBe(true)
    expect(calls).toEqual([])
    expect(text(root.querySelector('.import-preview-actions .error'))).toBe(
      'Nothing will be imported until every problem above is solved.',
    )
  })

  it('reads a sheet again with the column the user chose', async () => {
    await mount([fileOf('x.csv', 'Datum;A;B;C;D;E\n2026-03-02;41;12,5;8,25;9;11,4\n')])
    expect(importButton()?.disabled).toBe(true)
    const fields = ['overall', 'brand', 'people', 'insights', 'relationships']
    for (const [i, field] of fields.entries()) {
      const select = root.querySelectorAll('select')[i + 1] as HTMLSelectElement
      select.value = field
      await act(() => {
        select.dispatchEvent(new Event('change'))
      })
    }
    await settle()
    expect(root.querySelector('[data-testid="import-problems"]')).toBeNull()
    expect(text(importButton())).toBe('Import 1 day')
    expect(importButton()?.disabled).toBe(false)
  })

  it('asks for the date order where every date could be either, and reads with the answer', async () => {
    await mount([fileOf('pt.csv', fixture('sheet-pt-ambiguous.csv'))])
    const choices = $$('.import-date-order button')
    expect(choices.map(text)).toEqual([
      'Day first: 3 Apr 2026 to 4 Apr 2026',
      'Month first: 4 Mar 2026 to 4 Apr 2026',
    ])
    expect(importButton()?.disabled).toBe(true)
    await act(() => choices[0]?.click())
    await settle()
    expect(root.querySelector('.import-date-order')).toBeNull()
    expect(text(root.querySelector('.import-notes'))).toBe(
      'Dates were read day first (13/10/2026 is 13 October).',
    )
    expect(importButton()?.disabled).toBe(false)
  })

  it('stops at a day two files give with different numbers', async () => {
    const other = new TextDecoder()
      .decode(fixture('ssi-data-scraper-2026-03-10.csv'))
      .replace('47 de 100;pontos;47', '48 de 100;pontos;48')
    await mount([scraper[0] as File, fileOf('other.csv', other)])
    expect(text(root.querySelectorAll('[data-testid="import-problems"] li')[0])).toBe(
      'Line 2: 10 Mar 2026 is also in ssi_2026-03-10.csv, with other numbers. Remove the file that is wrong.',
    )
    expect(importButton()?.disabled).toBe(true)
  })
})
