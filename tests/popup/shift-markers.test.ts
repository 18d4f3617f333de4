import { beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { findShifts } from '../../src/core/shift.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/popup/i18n.ts'
import { shiftMarkers } from '../../src/popup/shift-markers.ts'
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
    expect(shiftMarkers(slots, findShifts(history))).toEqual([
      { slot: 1, kind: 'shift', text: 'LinkedIn-wide fall: industry average −2, network average −2' },
      { slot: 2, kind: 'shift', text: 'LinkedIn-wide rise: industry average +1, network average +1' },
    ])
  })

  it('marks nothing in a history without shifts', () => {
    expect(shiftMarkers(slots, findShifts(history.slice(2)))).toEqual([])
  })
})
