import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../src/core/csv-columns.ts'
import { localNoon, readHistoryCsv, STOP_AFTER_ERRORS } from '../../src/core/csv-read.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../src/core/snapshot.ts'
import { V1_DAYS } from '../fixtures/db-v1/v1-database.ts'
import { CORPUS_OPTIONS, MALFORMED } from '../support/malformed-csv.ts'
import { day, history } from '../support/records.ts'

const records = (text: string): DayRecord[] => {
  const read = readHistoryCsv(text)
  if (!read.ok) throw new Error(JSON.stringify(read.error).slice(0, 300))
  return read.value.days.map((d) => d.record)
}

/**
 * The cells of an export (BOM already removed), split by one regular expression: a field is plain or `"quoted"`
 * with `""` for a quote, and ends at a comma or CRLF. Deliberately not `parseCsv`, the reader's own tokenizer, so a
 * tokenizer bug cannot shape the inputs it is then tested on.
 */
function exportCells(csv: string): string[][] {
  const field = /(?:"((?:[^"]|"")*)"|([^,"\r\n]*))(,|\r\n|$)/y
  const rows: string[][] = []
  let row: string[] = []
  while (field.lastIndex < csv.length) {
    const m = field.exec(csv)
    if (!m) throw new Error(`not an export at character ${field.lastIndex}`)
    row.push(m[1] === undefined ? (m[2] ?? '') : m[1].replaceAll('""', '"'))
    if (m[3] !== ',') {
      rows.push(row)
      row = []
    }
  }
  return rows
}

/** Re-saves an export the way a European spreadsheet does: `;`, decimal commas, no BOM, quotes only where needed. */
function asSpreadsheet(csv: string, { lineEnd = '\r\n', columns = CSV_COLUMNS.length } = {}): string {
  const numeric = new Set(
    CSV_COLUMNS.map((c, i) => [c, i] as const)
      .filter(([c]) => !['date', 'industry_name', 'captured_at', 'source', 'url_kind'].includes(c))
      .map(([, i]) => i),
  )
  return exportCells(csv.slice(1))
    .map((cells, r) =>
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
    // Version 1 had no notes: they come back as days without one.
    const withoutNotes = days.map((d) => ({ ...d, note: null }))
    expect(records(csv)).toEqual(withoutNotes.sort((a, b) => (a.day < b.day ? -1 : 1)))
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
        // A note is stored trimmed (core/note.ts), so only trimmed texts are notes that can round-trip.
        note: maybe(text.map((s) => s.trim()).filter((s) => s !== '')),
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
        // A capture time lies within 36 hours of its day's noon UTC (the validator's rule): place it there.
        const input: DayRecord[] = entries.map(([d, r]) => ({
          ...r,
          day: d.toISOString().slice(0, 10),
          capturedAt: new Date(
            d.getTime() + (Date.parse(r.capturedAt) % 129_600_000) - 64_800_000,
          ).toISOString(),
        }))
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
    const order = [...CSV_COLUMNS.keys()].slice(0, 11).concat([...CSV_COLUMNS.keys()].slice(11).reverse())
    const quote = (c: string) => (/[,"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)
    const text = exportCells(csv.slice(1))
      .map((cells) => order.map((i) => quote(cells[i] as string)).join(','))
      .join('\r\n')
    expect(records(text)).toEqual(days)
  })

  it('fills what the first 11 columns do not carry: no exact values, imported source, noon capture', () => {
    const read = readHistoryCsv(asSpreadsheet(csv, { columns: 11 }))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const first = read.value.days[0]
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
    expect(read.ok && read.value.days[0]?.record.capturedAt).toBe(iso)
    expect(read.ok && read.value.days[0]?.capturedAtGiven).toBe(true)
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
      error: {
        code: 'bad-lines',
        issues: [{ line: 4, issue: { code: 'future-date', day: '2026-11-25', lastDay: '2026-11-24' } }],
        stoppedAt: null,
      },
    })
    expect(readHistoryCsv(csv).ok).toBe(true)
  })

  it("reads tomorrow's row without captured_at: its stand-in noon is no claim of a capture in the future", () => {
    const tomorrow = day('2026-11-23', { capturedAt: '2026-11-23T08:00:00.000Z' })
    const csv = historyToCsv([tomorrow]).replace(tomorrow.capturedAt, '')
    const now = Date.parse('2026-11-22T10:00:00Z')
    const read = readHistoryCsv(csv, { lastDay: '2026-11-23', now })
    expect(read.ok && read.value.days.map((d) => [d.record.day, d.capturedAtGiven])).toEqual([
      ['2026-11-23', false],
    ])
    // A given time in the future is still refused.
    expect(readHistoryCsv(historyToCsv([tomorrow]), { lastDay: '2026-11-23', now }).ok).toBe(false)
  })

  it('reads an export of an empty history as no days', () => {
    expect(readHistoryCsv(historyToCsv([]))).toEqual({
      ok: true,
      value: { days: [], ignoredColumns: [], dateOrder: null },
    })
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
      const read = readHistoryCsv(m.text, CORPUS_OPTIONS)
      expect(read.ok).toBe(false)
      if (read.ok || read.error.code !== 'bad-lines')
        throw new Error(`not refused: ${JSON.stringify(read).slice(0, 200)}`)
      const { issues } = read.error
      expect(issues[0]?.line).toBe(m.line)
      expect(issues[0]?.issue).toMatchObject(m.issue)
      expect(issues.length).toBeLessThanOrEqual(STOP_AFTER_ERRORS)
    },
  )

  it('reports every bad row, not just the first', () => {
    const csv = historyToCsv(oneLineRows(5)).replace(/\r\n(\d{4}-\d{2}-\d{2}),\d+,/g, '\r\n$1,101,')
    const read = readHistoryCsv(csv)
    expect(!read.ok && read.error.code === 'bad-lines' && read.error.issues.map((e) => e.line)).toEqual([
      2, 3, 4, 5, 6,
    ])
  })

  it('stops reading a file that is plainly not a history, and says where', () => {
    // The header on line 1, then one-cell lines: line n + 1 is the n-th bad row, so the reader stops on line
    // STOP_AFTER_ERRORS + 1 (known from the input, not taken from the answer).
    const text = `${CSV_COLUMNS.join(',')}\r\n${'not a row\r\n'.repeat(STOP_AFTER_ERRORS * 3)}`
    const read = readHistoryCsv(text)
    if (read.ok || read.error.code !== 'bad-lines') throw new Error('not refused')
    expect(read.error.issues).toHaveLength(STOP_AFTER_ERRORS)
    expect(read.error.issues.map((e) => e.line)).toEqual(
      Array.from({ length: STOP_AFTER_ERRORS }, (_, i) => i + 2),
    )
    expect(read.error.stoppedAt).toBe(STOP_AFTER_ERRORS + 1)
  })

  it('stops on 5 MB of garbage after a valid header, saying where it stopped', () => {
    const garbage = MALFORMED.find((m) => m.name === 'a valid header followed by 5 MB of garbage')
    const read = readHistoryCsv(garbage?.text ?? '')
    if (read.ok || read.error.code !== 'bad-lines') throw new Error('not refused')
    expect(read.error.issues).toHaveLength(STOP_AFTER_ERRORS)
    expect(read.error.stoppedAt).toBeGreaterThan(STOP_AFTER_ERRORS)
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

describe('readHistoryCsv: what spreadsheets and people write back (issue 12)', () => {
  const days = oneLineRows(20)
  const csv = historyToCsv(days)
  const contract = CSV_COLUMNS.slice(0, 11).join(',')
  /** The export's contract columns with each date rewritten by `date`. */
  const withDates = (date: (day: string) => string): string => withDatesOf(days, date)
  const withDatesOf = (list: DayRecord[], date: (day: string) => string, sep = ','): string =>
    [
      contract.replaceAll(',', sep),
      ...historyToCsv(list)
        .split('\r\n')
        .slice(1, -1)
        .map((line) => {
          const cells = line.split(',').slice(0, 11)
          cells[0] = date(cells[0] as string)
          return cells.join(sep)
        }),
    ].join('\r\n')
  const parts = (day: string) => day.split('-') as [string, string, string]
  const contractDays = (text: string, options = {}) => {
    const read = readHistoryCsv(text, options)
    if (!read.ok) throw new Error(JSON.stringify(read).slice(0, 300))
    return read.value
  }

  it('reads the regional export (semicolons, decimal commas) to the same records, and writes it back byte for byte', () => {
    const regional = historyToCsv(days, 'regional')
    expect(regional.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`)
    expect(records(regional)).toEqual(days)
    expect(historyToCsv(records(regional), 'regional')).toBe(regional)
  })

  it.each([
    [
      'DD.MM.YYYY (German)',
      (d: string) => `${parts(d)[2]}.${parts(d)[1]}.${parts(d)[0]}`,
      'day-first' as const,
      null,
    ],
    ['DD.MM.YY', (d: string) => `${parts(d)[2]}.${parts(d)[1]}.${parts(d)[0].slice(2)}`, null, null],
    ['YYYY/MM/DD', (d: string) => d.replaceAll('-', '/'), null, null],
    [
      'DD/MM/YYYY (a day above 12 decides)',
      (d: string) => `${parts(d)[2]}/${parts(d)[1]}/${parts(d)[0]}`,
      null,
      'day-first',
    ],
    ['MM/DD/YYYY (US)', (d: string) => `${parts(d)[1]}/${parts(d)[2]}/${parts(d)[0]}`, null, 'month-first'],
    [
      'M/D/YY (LibreOffice in English)',
      (d: string) => `${Number(parts(d)[1])}/${Number(parts(d)[2])}/${parts(d)[0].slice(2)}`,
      null,
      'month-first',
    ],
    [
      'D/M/YY with a time',
      (d: string) => `${Number(parts(d)[2])}/${Number(parts(d)[1])}/${parts(d)[0].slice(2)} 00:00`,
      null,
      'day-first',
    ],
    [
      'MM/DD/YYYY with a 12-hour time',
      (d: string) => `${parts(d)[1]}/${parts(d)[2]}/${parts(d)[0]} 12:00:00 AM`,
      null,
      'month-first',
    ],
    [
      'DD.MM.YYYY with a time',
      (d: string) => `${parts(d)[2]}.${parts(d)[1]}.${parts(d)[0]} 00:00:00`,
      null,
      null,
    ],
  ])('reads dates written %s', (_what, date, _unused, order) => {
    const read = contractDays(withDates(date))
    expect(read.days.map((d) => d.record.day)).toEqual(days.map((d) => d.day))
    expect(read.dateOrder).toBe(order)
  })

  it('asks which order when every date could be either, with the range each reading gives, and reads the answer', () => {
    const few = [day('2026-01-10'), day('2026-05-11'), day('2026-09-12')]
    // 01/10, 05/11, 09/12 (2026): both readings of each are real days.
    const text = withDatesOf(few, (d) => `${parts(d)[1]}/${parts(d)[2]}/${parts(d)[0]}`)
    expect(readHistoryCsv(text)).toEqual({
      ok: false,
      error: {
        code: 'ambiguous-dates',
        dayFirst: { from: '2026-10-01', to: '2026-12-09' },
        monthFirst: { from: '2026-01-10', to: '2026-09-12' },
      },
    })
    const monthFirst = contractDays(text, { dateOrder: 'month-first' })
    expect(monthFirst.days.map((d) => d.record.day)).toEqual(few.map((d) => d.day))
    expect(monthFirst.dateOrder).toBe('month-first')
  })

  it('reads a file with only date, total and the four pillars', () => {
    const six = asSpreadsheet(csv, { columns: 6 })
    const read = contractDays(six)
    expect(read.days[0]?.record).toMatchObject({
      day: days[0]?.day,
      overall: days[0]?.overall,
      industryRank: null,
      industryName: null,
    })
  })

  it('ignores columns it does not know and names them', () => {
    const lines = csv.split('\r\n')
    const text = lines
      .map((line, i) =>
        i === 0 ? `${line},My notes,x` : line === '' ? line : `${line},"call Anna, Monday",1`,
      )
      .join('\r\n')
    const read = contractDays(text)
    expect(read.ignoredColumns).toEqual(['My notes', 'x'])
    expect(read.days.map((d) => d.record)).toEqual(days)
  })

  it('reads the optional columns in any order, the contract ones included', () => {
    const order = [...CSV_COLUMNS.keys()].reverse()
    const quote = (c: string) => (/[,"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)
    const text = exportCells(csv.slice(1))
      .map((cells) => order.map((i) => quote(cells[i] as string)).join(','))
      .join('\r\n')
    expect(records(text)).toEqual(days)
  })

  it.each([
    ['`sep=;` and CR-only line ends', `sep=;\r${asSpreadsheet(csv, { lineEnd: '\r' })}`],
    ['`sep=;` and LF line ends', `sep=;\n${asSpreadsheet(csv, { lineEnd: '\n' })}`],
    ['a doubled BOM', `\uFEFF${csv}`],
    ['three BOMs and `sep=,`', `\uFEFF\uFEFF\uFEFFsep=,\r\n${csv.slice(1)}`],
  ])('reads %s', (_what, text) => {
    expect(records(text)).toEqual(days)
  })

  it('counts the `sep=` line in line numbers', () => {
    const text = `sep=;\r${asSpreadsheet(csv, { lineEnd: '\r' }).replace(/\r(\d{4}-\d{2}-\d{2});\d+;/, '\r$1;101;')}`
    const read = readHistoryCsv(text)
    expect(!read.ok && read.error.code === 'bad-lines' && read.error.issues[0]?.line).toBe(3)
  })
})

describe('readHistoryCsv: the file decides the date order (property)', () => {
  const header = CSV_COLUMNS.slice(0, 6).join(',')
  const dayArb = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2026-11-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))

  it.each([
    ['day-first', (y: string, m: string, d: string) => `${d}/${m}/${y}`],
    ['month-first', (y: string, m: string, d: string) => `${m}/${d}/${y}`],
  ] as const)(
    'reads any set of days written %s: right away when a part above 12 proves it, else after asking',
    (order, write) => {
      fc.assert(
        fc.property(fc.uniqueArray(dayArb, { minLength: 1, maxLength: 15 }), (keys) => {
          const text = [
            header,
            ...keys.map(
              (k) => `${write(...(k.split('-') as [string, string, string]))},47,16.4382,9.27,7.815,13.2104`,
            ),
          ].join('\r\n')
          let read = readHistoryCsv(text)
          if (!read.ok && read.error.code === 'ambiguous-dates')
            read = readHistoryCsv(text, { dateOrder: order })
          if (!read.ok) throw new Error(JSON.stringify(read).slice(0, 300))
          expect(read.value.days.map((d) => d.record.day)).toEqual(keys)
        }),
        { numRuns: 200 },
      )
    },
  )
})
