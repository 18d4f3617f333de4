import { beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { findShifts, shiftSlots } from '../../src/core/shift.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/popup/i18n.ts'
import { noteMarkers, shiftMarkers } from '../../src/popup/shift-markers.ts'
import { dayWithTotal } from '../support/records.ts'

beforeEach(() => setMessageSource(catalogSource(messages as Catalog), 'en-GB'))

const day = (d: string, total: number, industry: number, network: number) =>
  dayWithTotal(d, total, { industryAverage: industry, networkAverage: network })

describe('shiftMarkers', () => {
  const history = [
    day('2026-11-18', 45, 30, 33),
    day('2026-11-19', 42, 28, 31), // fell with everyone
    day('2026-11-20', 44, 29, 32), // rose with everyone
    day('2026-11-21', 41, 29, 32), // the user's own fall
  ]
  const slots = ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'].map((d) => ({ from: d, to: d }))

  it('marks each shift day on the chart with what the averages did', () => {
    expect(shiftMarkers(shiftSlots(slots, findShifts(history)))).toEqual([
      { slot: 1, kind: 'shift', text: 'LinkedIn-wide fall: industry average −2, network average −2' },
      { slot: 2, kind: 'shift', text: 'LinkedIn-wide rise: industry average +1, network average +1' },
    ])
  })

  it('marks nothing in a history without shifts', () => {
    expect(shiftMarkers(shiftSlots(slots, findShifts(history.slice(2))))).toEqual([])
  })
})

describe('noteMarkers', () => {
  const notes = [
    { slot: 3, notes: [{ day: '2026-11-17', note: 'started posting' }] },
    {
      slot: 5,
      notes: [
        { day: '2026-11-18', note: 'a' },
        { day: '2026-11-21', note: 'b' },
      ],
    },
  ]
  it.each([
    ['a day slot reads its note', false, ['Note: started posting', 'Note: a · Note: b']],
    [
      'a week slot names the day of each note',
      true,
      ['Note on 17 Nov: started posting', 'Note on 18 Nov: a · Note on 21 Nov: b'],
    ],
  ])('%s', (_name, weekly, texts) => {
    const markers = noteMarkers(notes, weekly, 'en-GB', '2026-11-22')
    expect(markers.map((m) => [m.slot, m.kind])).toEqual([
      [3, 'note'],
      [5, 'note'],
    ])
    expect(markers.map((m) => m.text)).toEqual(texts)
  })
})
