import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyDate, type DateOrder, orderOf, pairDay } from '../../src/core/csv-dates.ts'
import { parseInstant } from '../../src/core/instant.ts'

const pad = (n: number) => String(n).padStart(2, '0')
/** A real calendar day from 2000 to 2099, as its parts. */
const realDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }))
const key = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`
const time = fc.constantFrom('', ' 00:00', ' 0:00:00', ' 12:00:00 AM', 'T00:00:00.000Z', ' 00:00:00')

/** What a cell reads as once the file's order is known. */
function read(cell: string, order: DateOrder): string | null {
  const c = classifyDate(cell)
  return c.kind === 'day' ? c.day : c.kind === 'pair' ? pairDay(c, order) : null
}

describe('classifyDate (property)', () => {
  it('reads every spreadsheet form of every day back to that day, in the order the form is written', () => {
    fc.assert(
      fc.property(realDay, time, (p, t) => {
        const yy = pad(p.y % 100)
        const forms: [string, DateOrder][] = [
          [`${key(p)}${t}`, 'day-first'],
          [`${p.y}/${pad(p.m)}/${pad(p.d)}${t}`, 'month-first'],
          [`${pad(p.d)}.${pad(p.m)}.${p.y}${t}`, 'month-first'],
          [`${p.d}.${p.m}.${yy}${t}`, 'month-first'],
          [`${pad(p.d)}/${pad(p.m)}/${p.y}${t}`, 'day-first'],
          [`${pad(p.m)}/${pad(p.d)}/${p.y}${t}`, 'month-first'],
          [`${p.d}/${p.m}/${yy}${t}`, 'day-first'],
          [`${p.m}/${p.d}/${yy}${t}`, 'month-first'],
        ]
        for (const [cell, order] of forms) expect(read(cell, order), cell).toBe(key(p))
      }),
      { numRuns: 300 },
    )
  })

  it('proves an order only with a part above 12, and never the wrong one', () => {
    fc.assert(
      fc.property(realDay, (p) => {
        const c = classifyDate(`${pad(p.d)}/${pad(p.m)}/${p.y}`)
        if (c.kind !== 'pair') return
        expect(orderOf(c)).toBe(p.d > 12 ? 'day-first' : null)
      }),
    )
  })

  it.each(['2026-13-01', '31.02.2026', '2026/02/30', '13/13/2026', '1/2', '2026-11-22x', ''])(
    'refuses %j',
    (cell) => {
      const c = classifyDate(cell)
      expect(
        c.kind === 'bad' ||
          (c.kind === 'pair' && pairDay(c, 'day-first') === null && pairDay(c, 'month-first') === null),
      ).toBe(true)
    },
  )
})

describe('parseInstant (property)', () => {
  it('reads every instant in every zone exactly, as Date does for valid text', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23)
          const sign = offsetMinutes < 0 ? '-' : '+'
          const abs = Math.abs(offsetMinutes)
          const text = `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
          expect(parseInstant(text)).toBe(date.getTime())
          expect(parseInstant(date.toISOString())).toBe(date.getTime())
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses any day past the end of its month, where Date.parse rolls over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 31 }),
        (y, m, d) => {
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
          const text = `${y}-${pad(m)}-${pad(d)}T08:00:00Z`
          expect(parseInstant(text) === null).toBe(d > last)
        },
      ),
    )
  })
})
