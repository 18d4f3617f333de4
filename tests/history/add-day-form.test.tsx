// @vitest-environment happy-dom
/**
 * The History page's "Add a day" form when the day cannot be stored: plain words from the catalogue and what to
 * do, the technical reason only behind "Details" (as the popup's failure lines), and nothing saved. And when the
 * day is already recorded: the question names it — its total, how it was recorded and, for a day known only by
 * its total, that its pillars are unknown — before anything is replaced.
 */
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import type { ManualEntry } from '../../src/core/manual-day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { AddDayForm } from '../../src/history/AddDayForm.tsx'
import type { HistoryApi } from '../../src/history/history-api.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import { ProtocolError } from '../../src/shared/messaging.ts'
import { dayWithPillars, totalOnlyDay } from '../support/records.ts'

const TODAY = '2026-11-22'
let root: HTMLElement
let saved: ManualEntry[]

const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

/** The part of a refusal a person reads without opening anything: everything outside the disclosure. */
const mainText = (el: Element | null): string => {
  const copy = el?.cloneNode(true) as Element | undefined
  copy?.querySelector('details')?.remove()
  return [...(copy?.children ?? [])].map(text).join(' ')
}

function apiThat(save: HistoryApi['saveManualDay']): HistoryApi {
  return {
    send: (async () => undefined) as unknown as HistoryApi['send'],
    getMonth: async () => {
      throw new Error('not used')
    },
    deleteDay: async () => {
      throw new Error('not used')
    },
    saveManualDay: save,
    setNote: async () => null,
  }
}

async function mount(api: HistoryApi): Promise<void> {
  await act(() => {
    render(<AddDayForm api={api} today={TODAY} locale="en-GB" onSaved={() => {}} onClose={() => {}} />, root)
  })
}

async function type(label: string, value: string): Promise<void> {
  const input = [...root.querySelectorAll('label')].find((l) => text(l) === label)
    ?.control as HTMLInputElement
  await act(() => {
    input.value = value
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

async function fillAndSave(industryName: string): Promise<void> {
  await type('Date', '2026-11-20')
  await type('Establish your professional brand', '12.5')
  await type('Find the right people', '8')
  await type('Engage with insights', '9')
  await type('Build relationships', '11.5')
  if (industryName) await type('Industry', industryName)
  await act(async () => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

beforeEach(() => {
  setMessageSource(catalogSource(messages as Catalog), 'en-GB')
  saved = []
  document.body.innerHTML = ''
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => render(null, root))

const TECHNICAL = /U\+FFFD|decoder|day refused|after-today|industryName|replacement-character/

describe('Add a day: a day that cannot be stored', () => {
  it('says why in plain words and what to do, with the validator’s reason only behind Details', async () => {
    await mount(
      apiThat(async (entry) => {
        saved.push(entry)
        throw new Error('not expected')
      }),
    )
    await fillAndSave('Servi\uFFFDos de TI')
    const refused = root.querySelector('[data-testid="day-refused"]')
    expect(mainText(refused)).toBe(
      'The industry name holds “�”, a mark another program left where it could not read a letter. Nothing was saved. Check each field against your screenshot (type the industry name again rather than pasting it), then save again.',
    )
    expect(mainText(refused)).not.toMatch(TECHNICAL)
    expect(text(refused?.querySelector('details summary'))).toBe('Details')
    // The detail is the validator's problem in words (its code and data, worded by the catalogue).
    expect(text(refused?.querySelector('details code'))).toBe(
      'The industry name holds “�”, the mark another program left where it could not read a letter: fix the name or export the original file again.',
    )
    // Read as the date field's problem, so the focus lands on a field that explains it.
    expect(root.querySelector('#add-day')?.getAttribute('aria-describedby')).toBe('add-day-error')
    expect(saved).toEqual([])
  })

  it('words a refusal from the background plainly, its error behind Details', async () => {
    await mount(
      apiThat(async () => {
        throw new ProtocolError({ code: 'day-refused', problems: { day: { code: 'after-today' } } })
      }),
    )
    await fillAndSave('')
    const alert = root.querySelector('[role="alert"]')
    expect(mainText(alert)).toBe(
      'The day was not saved, and nothing was changed. Save again. If it fails again, reload this page and add the day once more.',
    )
    expect(mainText(alert)).not.toMatch(TECHNICAL)
    expect(text(alert?.querySelector('details code'))).toBe(
      'SSI Lens did not accept it (day-refused: problems {"day":{"code":"after-today"}}).',
    )
  })
})

describe('Add a day: the question before a recorded day is replaced', () => {
  /** Saves the form's day (20 Nov) against a store where it is recorded as `existing`: the question it opens. */
  async function question(existing: DayRecord): Promise<string> {
    await mount(apiThat(async () => ({ saved: false, existing })))
    await fillAndSave('')
    return text(root.querySelector('#confirm-question'))
  }

  it('says a day known only by its total has unknown pillars', async () => {
    expect(await question(totalOnlyDay('2026-11-20', 46))).toBe(
      'Fri, 20 Nov 2026 is already recorded: total 46, pillars unknown, imported. Replace it with the day you entered?',
    )
  })

  it('names a captured day by its total and how it was recorded, and no unknown pillars', async () => {
    expect(await question(dayWithPillars('2026-11-20', [16, 9, 7, 12]))).toBe(
      'Fri, 20 Nov 2026 is already recorded: total 44, captured on the page. Replace it with the day you entered?',
    )
  })
})
