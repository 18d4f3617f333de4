import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../src/core/csv-columns.ts'
import { parseCsv } from '../../src/core/csv-parse.ts'
import {
  capErrors,
  localNoon,
  MAX_REPORTED_ERRORS,
  readHistoryCsv,
  STOP_AFTER_ERRORS,
} from '../../src/core/csv-read.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'
import { MALFORMED } from '../background/malformed-csv.ts'
import { day, history } from '../background/sample-days.ts'
import { V1_DAYS } from '../fixtures/db-v1/v1-database.ts'

const records = (text: string): DayRecord[] => {
  const read = readHistoryCsv(text)
  if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)))
  return read.days.map((d) => d.record)
}

/** Re-saves an export the way a European spreadsheet does: `;`, decimal commas, no BOM, quotes only where needed. */
function asSpreadsheet(csv: string, { lineEnd = '\r\n', columns = CSV_COLUMNS.length } = {}): string {
  const table = parseCsv(csv.slice(1), ',')
  if (!table.ok) throw new Error(table.message)
  const numeric = new Set(
    CSV_COLUMNS.map((c, i) => [c, i] as const)
      .filter(([c]) => !['date', 'industry_name', 'captured_at', 'source', 'url_kind'].includes(c))
      .map(([, i]) => i),
  )
  return table.rows
    .map(({ cells }, r) =>
      cells
        .slice(0, columns)
        .map((cell, i) => (r > 0 && numeric.has(i) ? cell.replace('.', ',') : cell))
        .map((cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
        .join(';'),
    )
    .join(lineEnd)
}

describe('readHistoryCsv: round trip', () => {
  it('reads an export back to the same records, and exporting them again gives the same bytes', () => {
    const days = history(400)
    const csv = historyToCsv(days)
    expect(records(csv)).toEqual(days)
    expect(historyToCsv(records(csv))).toBe(csv)
  })

  it('restores the frozen version-1 records exactly, awkward industry names included', () => {
    const days = V1_DAYS.map((d) => structuredClone(d)) as unknown as DayRecord[]
    const csv = historyToCsv(days)
    expect(records(csv)).toEqual([...days].sort((a, b) => (a.day < b.day ? -1 : 1)))
    expect(historyToCsv(records(csv))).toBe(csv)
  })

  it('round-trips any valid history byte for byte (property)', () => {
    const text = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'Z',
          ' ',
          ',',
          ';',
          '"',
          "'",
          '\n',
          '\r',
          '\t',
          '=',
          '+',
          '-',
          '@',
          'é',
          '中',
          '😀',
        ),
        minLength: 1,
        maxLength: 30,
      })
      .filter((s) => s.trim() !== '')
    const pillar = fc.double({ min: 0, max: 25, noNaN: true })
    const pillars = fc.record({ brand: pillar, people: pillar, insights: pillar, relationships: pillar })
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null })
    const percent = fc.double({ min: 0, max: 100, noNaN: true })
    const record = fc
      .record({
        pillars,
        industryRank: maybe(fc.integer({ min: 1, max: 100 })),
        networkRank: maybe(fc.integer({ min: 1, max: 100 })),
        industryAverage: maybe(percent),
        networkAverage: maybe(percent),
        exact: fc.boolean(),
        industryAverageExact: maybe(percent),
        networkAverageExact: maybe(percent),
        industryName: maybe(text),
        industryPillars: maybe(pillars),
        networkPillars: maybe(pillars),
        source: fc.constantFrom('embedded-json', 'dom', 'text', 'csv' as const),
        capturedAt: fc.date({
          min: new Date('2000-01-01'),
          max: new Date('2099-12-31'),
          noInvalidDate: true,
        }),
        urlKind: fc.constantFrom('page-load', 'in-app-navigation', 'import' as const),
      })
      .map(({ exact, capturedAt, ...r }) => {
        const sum = r.pillars.brand + r.pillars.people + r.pillars.insights + r.pillars.relationships
        return {
          ...r,
          overall: Math.round(sum),
          overallExact: exact ? sum : null,
          capturedAt: capturedAt.toISOString(),
        }
      })
    const days = fc.uniqueArray(
      fc.tuple(
        fc.date({
          min: new Date('2000-01-01T12:00:00Z'),
          max: new Date('2099-12-31T12:00:00Z'),
          noInvalidDate: true,
        }),
        record,
      ),
      { selector: ([d]) => d.toISOString().slice(0, 10), maxLength: 20 },
    )
    fc.assert(
      fc.property(days, (entries) => {
        const input: DayRecord[] = entries.map(([d, r]) => ({ ...r, day: d.toISOString().slice(0, 10) }))
        const csv = historyToCsv(input)
        const back = records(csv)
        expect(back).toEqual([...input].sort((a, b) => (a.day < b.day ? -1 : 1)))
        expect(historyToCsv(back)).toBe(csv)
      }),
      { numRuns: 300 },
    )
  })
})

describe('readHistoryCsv: files a spreadsheet saved', () => {
  const days = history(30)
  const csv = historyToCsv(days)

  it.each([
    ['`;` separators, decimal commas, no BOM, CRLF', asSpreadsheet(csv)],
    ['`;` separators, decimal commas, no BOM, LF', asSpreadsheet(csv, { lineEnd: '\n' })],
    [
      'tab separators',
      csv
        .slice(1)
        .replaceAll(',', '\t')
        .replace(/"[^"]*"/g, (q) => q.replaceAll('\t', ',')),
    ],
    ['an Excel `sep=;` first line', `sep=;\r\n${asSpreadsheet(csv)}`],
    ['a trailing separator on every line', asSpreadsheet(csv).replaceAll('\r\n', ';\r\n')],
    ['blank lines between rows', asSpreadsheet(csv).replaceAll('\r\n2', '\r\n\r\n;;;\r\n2')],
    ['upper-case header names', asSpreadsheet(csv).replace(/^[^\r\n]*/, (h) => h.toUpperCase())],
  ])('reads %s to the same records', (_what, text) => {
    expect(records(text)).toEqual(days)
  })

  it('reads columns after the first 11 in any order', () => {
    const table = parseCsv(csv.slice(1), ',')
    if (!table.ok) throw new Error('unreadable')
    const order = [...CSV_COLUMNS.keys()].slice(0, 11).concat([...CSV_COLUMNS.keys()].slice(11).reverse())
    const quote = (c: string) => (/[,"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)
    const text = table.rows
      .map(({ cells }) => order.map((i) => quote(cells[i] as string)).join(','))
      .join('\r\n')
    expect(records(text)).toEqual(days)
  })

  it('fills what the first 11 columns do not carry: no exact values, imported source, noon capture', () => {
    const read = readHistoryCsv(asSpreadsheet(csv, { columns: 11 }))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const first = read.days[0]
    const source = days[0] as DayRecord
    expect(first?.capturedAtGiven).toBe(false)
    expect(first?.record).toEqual({
      ...source,
      overallExact: null,
      industryAverageExact: null,
      networkAverageExact: null,
      industryPillars: null,
      networkPillars: null,
      source: 'csv',
      urlKind: 'import',
      capturedAt: localNoon(source.day),
    })
  })

  it.each([
    ['2026-11-22', '2026-11-22'],
    ['2026-11-22 00:00:00', '2026-11-22'],
    ['2026-11-22T00:00', '2026-11-22'],
    ['2026/11/22', '2026-11-22'],
    ['2026.1.5', '2026-01-05'],
    [' 2026-11-22 ', '2026-11-22'],
  ])('reads the date %j as %s', (cell, dayKey) => {
    expect(
      records(
        `date,overall,brand,people,insights,relationships,industry_rank,network_rank,industry_average,network_average,industry_name\r\n${cell},47,16.4382,9.27,7.815,13.2104,,,,,`,
      )[0]?.day,
    ).toBe(dayKey)
  })

  it.each([
    ['2026-11-22T08:15:00.000Z', '2026-11-22T08:15:00.000Z'],
    ['2026-11-22 08:15:00', '2026-11-22T08:15:00.000Z'],
    ['2026-11-22 08:15', '2026-11-22T08:15:00.000Z'],
    ['2026-11-22T09:15:00+01:00', '2026-11-22T08:15:00.000Z'],
  ])('reads the capture time %j as %s (no zone means UTC, as exported)', (cell, iso) => {
    const header = `${CSV_COLUMNS.slice(0, 12).join(',')}\r\n`
    const read = readHistoryCsv(`${header}2026-11-22,47,16.4382,9.27,7.815,13.2104,,,,,,${cell}`)
    expect(read.ok && read.days[0]?.record.capturedAt).toBe(iso)
    expect(read.ok && read.days[0]?.capturedAtGiven).toBe(true)
  })

  it('reads unknown values as null, never 0', () => {
    const [r] = records(
      `${CSV_COLUMNS.slice(0, 11).join(',')}\r\n2026-11-22,47,16.4382,9.27,7.815,13.2104,,,,,`,
    )
    expect(r).toMatchObject({
      industryRank: null,
      networkRank: null,
      industryAverage: null,
      industryName: null,
    })
  })

  it('keeps the spaces inside an industry name', () => {
    const csv2 = historyToCsv([day('2026-11-22', { industryName: '  Retail  ' })])
    expect(records(csv2)[0]?.industryName).toBe('  Retail  ')
  })

  it('refuses days after the last day the caller allows', () => {
    const csv = historyToCsv([day('2026-11-23'), day('2026-11-24'), day('2026-11-25')])
    expect(readHistoryCsv(csv, { lastDay: '2026-11-24' })).toEqual({
      ok: false,
      errors: [{ line: 4, message: 'the date 2026-11-25 is in the future' }],
    })
    expect(readHistoryCsv(csv).ok).toBe(true)
  })

  it('reads an export of an empty history as no days', () => {
    expect(readHistoryCsv(historyToCsv([]))).toEqual({ ok: true, days: [] })
  })

  it('uses noon of the day itself, local time, for a missing capture time', () => {
    const noon = new Date(localNoon('2026-03-29'))
    expect([noon.getFullYear(), noon.getMonth() + 1, noon.getDate(), noon.getHours()]).toEqual([
      2026, 3, 29, 12,
    ])
  })
})

/** Days whose rows each take exactly one line (no line break inside an industry name). */
const oneLineRows = (count: number) => history(count).map((d) => ({ ...d, industryName: 'Retail' }))

describe('readHistoryCsv: malformed files', () => {
  it.each(MALFORMED.map((m) => [m.name, m]))(
    'refuses %s with a clear error on the right line',
    (_name, m) => {
      const read = readHistoryCsv(m.text)
      expect(read.ok).toBe(false)
      if (read.ok) return
      expect(read.errors[0]?.line).toBe(m.line)
      expect(read.errors[0]?.message).toMatch(m.message)
      expect(read.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS + 1)
    },
  )

  it('reports every bad row, not just the first', () => {
    const csv = historyToCsv(oneLineRows(5)).replace(/\r\n(\d{4}-\d{2}-\d{2}),\d+,/g, '\r\n$1,101,')
    const read = readHistoryCsv(csv)
    expect(read.ok || read.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6])
  })

  it('caps a long error list with a last line saying how many more there are', () => {
    const csv = historyToCsv(oneLineRows(120)).replace(/\r\n(\d{4}-\d{2}-\d{2}),/g, '\r\n$1x,')
    const read = readHistoryCsv(csv)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toHaveLength(MAX_REPORTED_ERRORS + 1)
    expect(read.errors[MAX_REPORTED_ERRORS]).toEqual({ line: 52, message: '…and 70 more errors' })
  })

  it('stops reading a file that is plainly not a history, and says where', () => {
    const garbage = MALFORMED.find((m) => m.name === 'a valid header followed by 5 MB of garbage')
    const read = readHistoryCsv(garbage?.text ?? '')
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toHaveLength(MAX_REPORTED_ERRORS + 1)
    expect(read.errors[MAX_REPORTED_ERRORS]?.message).toBe(
      `…and ${STOP_AFTER_ERRORS - MAX_REPORTED_ERRORS} more errors up to line ${read.errors[MAX_REPORTED_ERRORS]?.line}, where reading stopped`,
    )
  })

  it.each([
    [3, 5, 3],
    [5, 5, 5],
    [6, 5, 6],
  ])('capErrors keeps %i errors at most %i (+1 summary line) → %i lines', (count, max, lines) => {
    const errors = Array.from({ length: count }, (_, i) => ({ line: i + 2, message: 'x' }))
    expect(capErrors(errors, max)).toHaveLength(lines)
  })

  it('names the single extra error in the singular', () => {
    const errors = Array.from({ length: 6 }, (_, i) => ({ line: i + 2, message: 'x' }))
    expect(capErrors(errors, 5)[5]?.message).toBe('…and 1 more error')
  })

  it('refuses numbers hidden behind formulas rather than guessing', () => {
    const csv = historyToCsv([day('2026-11-22')]).replace(',47,', ',=47,')
    expect(readHistoryCsv(csv).ok).toBe(false)
  })

  it('checks every pillar of every row', () => {
    for (const id of PILLAR_IDS) {
      const bad = day('2026-11-22', { pillars: { ...day('2026-11-22').pillars, [id]: 25.5 } })
      expect(readHistoryCsv(historyToCsv([bad])).ok).toBe(false)
    }
  })
})
