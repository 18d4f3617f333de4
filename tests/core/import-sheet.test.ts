import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { guessTableMapping, mappingIssues, readSheet, sheetTable } from '../../src/core/import-sheet.ts'
import type { SheetField } from '../../src/core/import-sheet-mapping.ts'

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/other-tools/${name}`, import.meta.url), 'utf8')

function tableOf(text: string) {
  const result = sheetTable(text)
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues))
  return result.value
}

describe('hand-kept sheets, guessed and read', () => {
  it('reads a German sheet: semicolons, dotted dates, decimal commas, a notes column left out', () => {
    const table = tableOf(fixture('sheet-de.csv'))
    expect(table.separator).toBe(';')
    const mapping = guessTableMapping(table)
    expect(mapping).toEqual(['date', 'overall', 'brand', 'people', 'insights', 'relationships', 'ignore'])
    const reading = readSheet(table, mapping)
    expect(reading.issues).toEqual([])
    expect(reading.days.map((d) => [d.line, d.record.day, d.record.overall, d.record.pillars])).toEqual([
      [2, '2026-03-02', 41, { brand: 12.5, people: 8.25, insights: 9, relationships: 11.4 }],
      [3, '2026-03-03', 42, { brand: 12.6, people: 8.3, insights: 9.2, relationships: 11.6 }],
      [4, '2026-03-05', 43, { brand: 12.8, people: 8.4, insights: 9.5, relationships: 12 }],
    ])
    // No time in a sheet: the day may fill a gap, never replace a stored day.
    expect(reading.days.every((d) => !d.capturedAtGiven && d.record.source === 'csv')).toBe(true)
  })

  it('reads a French sheet whose dates prove month-first, with both averages', () => {
    const table = tableOf(fixture('sheet-fr-month-first.csv'))
    const mapping = guessTableMapping(table)
    expect(mapping).toEqual([
      'date',
      'overall',
      'brand',
      'people',
      'insights',
      'relationships',
      'industryAverage',
      'networkAverage',
    ])
    const reading = readSheet(table, mapping)
    expect(reading.issues).toEqual([])
    expect(reading.dateOrder).toBe('month-first')
    expect(
      reading.days.map((d) => [d.record.day, d.record.industryAverage, d.record.networkAverage]),
    ).toEqual([
      ['2026-03-13', 30, 28],
      ['2026-03-14', 30, 28],
    ])
  })

  it('asks for the date order when every date could be either, then reads with the answer', () => {
    const table = tableOf(fixture('sheet-pt-ambiguous.csv'))
    const mapping = guessTableMapping(table)
    expect(mapping).toEqual(['date', 'overall', 'brand', 'people', 'insights', 'relationships'])
    const asked = readSheet(table, mapping)
    expect(asked.days).toEqual([])
    expect(asked.needsDateOrder).toEqual({
      dayFirst: { from: '2026-04-03', to: '2026-04-04' },
      monthFirst: { from: '2026-03-04', to: '2026-04-04' },
    })
    const answered = readSheet(table, mapping, { dateOrder: 'day-first' })
    expect(answered.days.map((d) => d.record.day)).toEqual(['2026-04-03', '2026-04-04'])
  })

  it('keeps totals without pillars as days with unknown pillars, never invented ones', () => {
    const table = tableOf(fixture('sheet-en-totals.tsv'))
    expect(table.separator).toBe('\t')
    const mapping = guessTableMapping(table)
    expect(mapping).toEqual(['date', 'overall', 'ignore'])
    const reading = readSheet(table, mapping)
    expect(reading.issues).toEqual([])
    expect(reading.days.map((d) => [d.line, d.record.day, d.record.overall, d.record.pillars])).toEqual([
      [2, '2026-01-05', 38, null],
      [3, '2026-01-12', 39, null],
      [4, '2026-01-19', 41, null],
    ])
  })

  it('follows the user’s correction of the mapping', () => {
    const table = tableOf('Datum;A;B;C;D;E\n2026-03-02;41;12,5;8,25;9;11,4\n')
    const guessed = guessTableMapping(table)
    expect(guessed).toEqual(['date', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore'])
    const corrected: SheetField[] = ['date', 'overall', 'brand', 'people', 'insights', 'relationships']
    expect(readSheet(table, corrected).days[0]?.record.pillars).toEqual({
      brand: 12.5,
      people: 8.25,
      insights: 9,
      relationships: 11.4,
    })
  })
})

const rowCases: { name: string; text: string; issues: unknown[] }[] = [
  {
    name: 'a cell that is no number names its field and value',
    text: 'Date,SSI,Brand,People,Insights,Relationships\n2026-03-02,41,12.5,lots,9,11.4\n2026-03-03,41,12.5,9,9,11\n2026-03-04,41,12.5,9,9,11\n',
    issues: [{ line: 2, issue: { code: 'not-a-number', column: 'People', value: 'lots' } }],
  },
  {
    name: 'the same date twice is refused on its second line',
    text: 'Date,SSI,Brand,People,Insights,Relationships\n2026-03-02,40,10,10,10,10\n2026-03-02,40,10,10,10,10\n',
    issues: [{ line: 3, issue: { code: 'duplicate-date', day: '2026-03-02', firstLine: 2 } }],
  },
  {
    name: 'a date after the last allowed day is refused',
    text: 'Date,SSI,Brand,People,Insights,Relationships\n2031-03-02,40,10,10,10,10\n',
    issues: [{ line: 2, issue: { code: 'future-date', day: '2031-03-02', lastDay: '2026-12-31' } }],
  },
  {
    name: 'a date that is no date is refused',
    text: 'Date,SSI,Brand,People,Insights,Relationships\nyesterday,40,10,10,10,10\n2026-03-03,40,10,10,10,10\n2026-03-04,40,10,10,10,10\n',
    issues: [{ line: 2, issue: { code: 'bad-date', value: 'yesterday' } }],
  },
  {
    name: 'pillars that do not add up to the total are refused by the validator',
    text: 'Date,SSI,Brand,People,Insights,Relationships\n2026-03-02,50,10,10,10,10\n',
    issues: [{ line: 2, issue: { code: 'sum-mismatch', sum: 40, overall: 50, tolerance: 1 } }],
  },
  {
    name: 'a total with some pillars and not others is refused, naming the missing ones',
    text: 'Date,SSI,Brand,People,Insights,Relationships\n2026-03-02,40,10,,10,\n',
    issues: [{ line: 2, issue: { code: 'missing-pillars', missing: ['people', 'relationships'] } }],
  },
  {
    name: 'a total alone is checked 0–100 like every total: 101 is refused',
    text: 'Date,SSI\n2026-03-02,101\n',
    issues: [
      {
        line: 2,
        issue: { code: 'out-of-range', field: 'overall', value: '101', min: 0, max: 100, integer: true },
      },
    ],
  },
  {
    name: 'a total alone must be the whole number the page shows: 47.5 is refused, not rounded',
    text: 'Date,SSI\n2026-03-02,"47,5"\n',
    issues: [
      {
        line: 2,
        issue: { code: 'out-of-range', field: 'overall', value: '47.5', min: 0, max: 100, integer: true },
      },
    ],
  },
  {
    name: 'a total alone of 0 or 100 is a day (the limits are in range)',
    text: 'Date,SSI\n2026-03-02,0\n2026-03-03,100\n',
    issues: [],
  },
  {
    name: 'ranks written with a percent sign are read',
    text: 'Date,SSI,Brand,People,Insights,Relationships,Industry rank\n2026-03-02,40,10,10,10,10,Top 12 %\n',
    issues: [],
  },
]

describe('readSheet: row problems', () => {
  for (const c of rowCases)
    it(c.name, () => {
      const table = tableOf(c.text)
      expect(readSheet(table, guessTableMapping(table), { lastDay: '2026-12-31' }).issues).toEqual(c.issues)
    })
})

describe('readSheet: the clock', () => {
  it('reads tomorrow’s row (time-zone slack): its stand-in noon is no claim about when it was read', () => {
    const table = tableOf('Date,SSI,Brand,People,Insights,Relationships\n2026-11-23,40,10,10,10,10\n')
    const now = Date.parse('2026-11-22T10:00:00Z')
    const reading = readSheet(table, guessTableMapping(table), { lastDay: '2026-11-23', now })
    expect(reading.issues).toEqual([])
    expect(reading.days[0]?.capturedAtGiven).toBe(false)
  })
})

describe('mappingIssues', () => {
  it('needs a date, a score, and each field once', () => {
    expect(mappingIssues(['A', 'B', 'C'], ['ignore', 'brand', 'brand'])).toEqual([
      { line: 0, issue: { code: 'no-date-column' } },
      { line: 0, issue: { code: 'duplicate-mapping', field: 'brand', columns: ['B', 'C'] } },
    ])
    expect(mappingIssues(['A', 'B'], ['date', 'industryName'])).toEqual([
      { line: 0, issue: { code: 'no-score-columns' } },
    ])
  })

  it('says an empty sheet is empty', () => {
    expect(sheetTable('Date,SSI\n\n')).toEqual({
      ok: false,
      error: { code: 'bad-lines', issues: [{ line: 1, issue: { code: 'empty-file' } }] },
    })
  })
})
