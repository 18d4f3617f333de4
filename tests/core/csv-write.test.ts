import { describe, expect, it } from 'vitest'
import { CONTRACT_COLUMNS, CSV_COLUMNS, neutralizeText, restoreText } from '../../src/core/csv-columns.ts'
import { csvFileName, formatCsvNumber, historyToCsv } from '../../src/core/csv-write.ts'
import { day } from '../support/records.ts'

describe('formatCsvNumber', () => {
  it.each([
    [47, '47'],
    [16.4382, '16.4382'],
    [0, '0'],
    [-0, '0'],
    [25, '25'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [1.2345e-10, '0.00000000012345'],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [-2.5e-8, '-0.000000025'],
  ])('writes %s as %s, shortest-exact and without an exponent', (n, text) => {
    expect(formatCsvNumber(n)).toBe(text)
    expect(Number(formatCsvNumber(n))).toBe(n === 0 ? 0 : n)
  })

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (n) => {
    expect(() => formatCsvNumber(n)).toThrow(RangeError)
  })
})

describe('formula neutralisation', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'quoted", "''quoted"],
    ["'", "''"],
    ['IT Services', 'IT Services'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('escapes %j as %j and reads it back exactly', (text, escaped) => {
    expect(neutralizeText(text)).toBe(escaped)
    expect(restoreText(escaped)).toBe(text)
  })

  it.each([["'hello"], ["'"], ['plain']])('leaves %j alone when reading a cell nobody escaped', (cell) => {
    expect(restoreText(cell)).toBe(cell)
  })
})

describe('historyToCsv', () => {
  it('starts with a BOM and the contract columns, then captured_at and every other field', () => {
    const csv = historyToCsv([])
    expect(
      csv.startsWith('\uFEFFdate,overall,brand,people,insights,relationships,industry_rank,network_rank,'),
    ).toBe(true)
    const header = csv.slice(1).split('\r\n')[0]?.split(',')
    expect(header?.slice(0, 11)).toEqual([...CONTRACT_COLUMNS])
    expect(header?.[11]).toBe('captured_at')
    expect(header).toEqual([...CSV_COLUMNS])
    expect(csv).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)
  })

  it('writes the day’s note last, after the documented columns, safe from spreadsheet formulas', () => {
    const csv = historyToCsv([
      day('2026-11-21', { note: 'new headline' }),
      day('2026-11-22', { note: '=HYPERLINK("x"), then posted' }),
    ])
    const [header, first, second] = csv.slice(1).split('\r\n')
    expect(header?.split(',').at(-1)).toBe('note')
    expect(first?.endsWith(',page-load,new headline')).toBe(true)
    expect(second?.endsWith(',page-load,"\'=HYPERLINK(""x""), then posted"')).toBe(true)
  })

  it('writes one CRLF-terminated row per day with dot decimals and empty cells for unknown values', () => {
    const csv = historyToCsv([
      day('2026-11-22', {
        industryRank: null,
        industryPillars: null,
        industryName: null,
        overallExact: 46.7336,
      }),
    ])
    expect(csv.split('\r\n')[1]).toBe(
      '2026-11-22,47,16.4382,9.27,7.815,13.2104,,18,32,35,,2026-11-22T09:30:00.000Z,46.7336,,,,,,,13.114,6.02,4.391,10.98,dom,page-load,',
    )
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('quotes industry names holding commas, quotes, semicolons or line breaks (RFC 4180)', () => {
    const cells = (name: string) => historyToCsv([day('2026-11-22', { industryName: name })]).split('\r\n')[1]
    expect(cells('Staffing, Recruiting')).toContain(',"Staffing, Recruiting",')
    expect(cells('The "Best" Co')).toContain(',"The ""Best"" Co",')
    expect(cells('A; B')).toContain(',"A; B",')
    expect(historyToCsv([day('2026-11-22', { industryName: 'Line\nbreak' })])).toContain(',"Line\nbreak",')
  })

  it('neutralises an industry name that a spreadsheet would run as a formula', () => {
    expect(historyToCsv([day('2026-11-22', { industryName: '=HYPERLINK("x")' })])).toContain(
      ',"\'=HYPERLINK(""x"")",',
    )
    expect(historyToCsv([day('2026-11-22', { industryName: '@SUM(1)' })])).toContain(",'@SUM(1),")
  })

  it('orders rows by date whatever order the records come in', () => {
    const csv = historyToCsv([day('2026-11-22'), day('2025-01-01'), day('2026-03-05')])
    expect(
      csv
        .slice(1)
        .split('\r\n')
        .map((l) => l.slice(0, 10)),
    ).toEqual(['date,overa', '2025-01-01', '2026-03-05', '2026-11-22', ''])
  })
})

describe('csvFileName', () => {
  it('names the file after the day of the export', () => {
    expect(csvFileName('2026-11-22')).toBe('ssi-history-2026-11-22.csv')
  })
})
