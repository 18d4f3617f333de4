import { describe, expect, it } from 'vitest'
import type { DateOrder } from '../../src/core/csv-dates.ts'
import { readHistoryCsv } from '../../src/core/csv-read.ts'
import { readSheet, sheetTable } from '../../src/core/import-sheet.ts'

/** What a reader made of a file's date column, in one form for both readers. */
type Outcome =
  | { days: string[]; dateOrder: DateOrder | null }
  | { ask: { dayFirst: { from: string; to: string }; monthFirst: { from: string; to: string } } }
  | { issues: { line: number; issue: object }[] }

/** SSI Lens's own import: `date,overall` and the four pillars left empty (a day known by its total). */
function ownCsv(dates: readonly string[], dateOrder?: DateOrder): Outcome {
  const text = ['date,overall,brand,people,insights,relationships', ...dates.map((d) => `${d},40,,,,`)].join(
    '\r\n',
  )
  const read = readHistoryCsv(text, dateOrder ? { dateOrder } : {})
  if (read.ok) return { days: read.value.days.map((d) => d.record.day), dateOrder: read.value.dateOrder }
  if (read.error.code === 'ambiguous-dates')
    return { ask: { dayFirst: read.error.dayFirst, monthFirst: read.error.monthFirst } }
  return { issues: read.error.issues }
}

/** A hand-kept sheet with a date and a total column, read with that mapping. */
function sheet(dates: readonly string[], dateOrder?: DateOrder): Outcome {
  const table = sheetTable(['Date;Total', ...dates.map((d) => `${d};40`)].join('\n'))
  if (!table.ok) throw new Error(JSON.stringify(table.error))
  const read = readSheet(table.value, ['date', 'overall'], dateOrder ? { dateOrder } : {})
  if (read.needsDateOrder) return { ask: read.needsDateOrder }
  if (read.issues.length > 0) return { issues: read.issues }
  return { days: read.days.map((d) => d.record.day), dateOrder: read.dateOrder }
}

const mixed = (line: number, value: string, order: DateOrder) => ({
  line,
  issue: { code: 'date-order-mixed', value, order },
})
const badDate = (line: number, value: string) => ({ line, issue: { code: 'bad-date', value } })

// The first data row is line 2 in both readers.
const CASES: [string, string[], DateOrder | undefined, Outcome][] = [
  [
    'ISO days need no order',
    ['2026-05-01', '2026-05-02'],
    undefined,
    { days: ['2026-05-01', '2026-05-02'], dateOrder: null },
  ],
  [
    'a first part above 12 proves day-first for every date',
    ['13/05/2026', '05/06/2026'],
    undefined,
    { days: ['2026-05-13', '2026-06-05'], dateOrder: 'day-first' },
  ],
  [
    'a second part above 12 proves month-first for every date',
    ['05/13/2026', '06/05/2026'],
    undefined,
    { days: ['2026-05-13', '2026-06-05'], dateOrder: 'month-first' },
  ],
  [
    'the same number twice reads the same either way',
    ['05/05/2026'],
    undefined,
    { days: ['2026-05-05'], dateOrder: null },
  ],
  [
    'every date readable both ways: ask, with the range each order gives',
    ['05/06/2026', '07/08/2026'],
    undefined,
    {
      ask: {
        dayFirst: { from: '2026-06-05', to: '2026-08-07' },
        monthFirst: { from: '2026-05-06', to: '2026-07-08' },
      },
    },
  ],
  [
    'the answer reads the dates no row proves',
    ['05/06/2026', '07/08/2026'],
    'day-first',
    { days: ['2026-06-05', '2026-08-07'], dateOrder: 'day-first' },
  ],
  [
    'the file’s own proof wins over an answer that contradicts it',
    ['05/13/2026', '05/06/2026'],
    'day-first',
    { days: ['2026-05-13', '2026-05-06'], dateOrder: 'month-first' },
  ],
  [
    'an answer is not reported when no date needed it',
    ['2026-05-01'],
    'month-first',
    { days: ['2026-05-01'], dateOrder: null },
  ],
  [
    'both orders in one file: the rows that contradict the first proof are named, never read as bad dates',
    ['13/05/2026', '05/14/2026', '03/04/2026'],
    undefined,
    { issues: [mixed(3, '05/14/2026', 'day-first')] },
  ],
  [
    'a date that is no day in either order is a bad date, not a question',
    ['2026-05-01', '13/14/2026'],
    undefined,
    { issues: [badDate(3, '13/14/2026')] },
  ],
  [
    'a zero part is no day in either order: a bad date, not a question',
    ['2026-05-01', '0/5/2026'],
    undefined,
    { issues: [badDate(3, '0/5/2026')] },
  ],
  [
    'a date that is no day in the proven order is a bad date',
    ['13/05/2026', '31/02/2026'],
    undefined,
    { issues: [badDate(3, '31/02/2026')] },
  ],
]

describe('a file’s date order: one rule in both readers', () => {
  it.each(CASES)('%s (SSI Lens’s own CSV)', (_what, dates, answer, expected) => {
    expect(ownCsv(dates, answer)).toEqual(expected)
  })
  it.each(CASES)('%s (a hand-kept sheet)', (_what, dates, answer, expected) => {
    expect(sheet(dates, answer)).toEqual(expected)
  })
})
