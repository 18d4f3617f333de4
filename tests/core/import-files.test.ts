import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { combineFiles, formatOf, understandFile } from '../../src/core/import-files.ts'
import { day } from '../support/records.ts'

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/other-tools/${name}`, import.meta.url), 'utf8')

describe('formatOf', () => {
  const cases: [what: string, text: string, format: ReturnType<typeof formatOf>][] = [
    ['SSI Lens’s own export', historyToCsv([day('2026-03-01')]), 'ssi-lens'],
    ['SSI Lens’s export re-saved with semicolons and sep=', 'sep=;\ndate;overall;brand;people\n', 'ssi-lens'],
    [
      'a linkedin-ssi-data file with its BOM',
      fixture('ssi-data-scraper-2026-03-10.csv'),
      'linkedin-ssi-data',
    ],
    [
      'the hand-transcribed linkedin-ssi-data layout',
      fixture('ssi-data-transcribed-2026-02-20.csv'),
      'linkedin-ssi-data',
    ],
    ['a German sheet', fixture('sheet-de.csv'), 'sheet'],
    ['a sheet that starts with "Date"', 'Date,SSI\n2026-03-01,40\n', 'sheet'],
  ]
  for (const [what, text, format] of cases)
    it(`calls ${what} ${format}`, () => {
      expect(formatOf(text)).toBe(format)
    })
})

describe('understandFile and combineFiles', () => {
  const scraper = ['2026-03-10', '2026-03-11', '2026-03-12'].map((d) =>
    understandFile(`ssi_${d}.csv`, fixture(`ssi-data-scraper-${d}.csv`)),
  )

  it('combines several linkedin-ssi-data files and a sheet into one ascending import', () => {
    const sheet = understandFile('mine.csv', fixture('sheet-de.csv'))
    expect(sheet.sheet?.mapping).toEqual([
      'date',
      'overall',
      'brand',
      'people',
      'insights',
      'relationships',
      'ignore',
    ])
    expect(sheet.range).toEqual({ from: '2026-03-02', to: '2026-03-05' })
    const combined = combineFiles([...scraper, sheet])
    expect(combined.ready).toBe(true)
    expect(combined.days.map((d) => d.record.day)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-05',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
    ])
  })

  it('takes a day in two files with the same numbers once', () => {
    const combined = combineFiles(
      [scraper[0], { ...(scraper[0] as (typeof scraper)[0]), name: 'copy.csv' }].filter(
        (f) => f !== undefined,
      ),
    )
    expect(combined.ready).toBe(true)
    expect(combined.days).toHaveLength(1)
  })

  it('stops at a day two files give with different numbers, naming the other file', () => {
    const other = understandFile(
      'other.csv',
      fixture('ssi-data-scraper-2026-03-10.csv').replace('47 de 100;pontos;47', '48 de 100;pontos;48'),
    )
    const combined = combineFiles([scraper[0] as (typeof scraper)[0], other])
    expect(combined.ready).toBe(false)
    expect(combined.files[1]?.issues).toEqual([
      { line: 2, issue: { code: 'conflicting-files', day: '2026-03-10', otherFile: 'ssi_2026-03-10.csv' } },
    ])
  })

  it('is not ready while one file has a problem, or a sheet waits for its date order', () => {
    const broken = understandFile('broken.tsv', 'Date\tSSI\tBrand\n2026-01-05\t38\t9\n')
    expect(broken.issues).toEqual([{ line: 2, issue: expect.objectContaining({ code: 'missing-pillars' }) }])
    expect(combineFiles([...scraper, broken]).ready).toBe(false)
    const ambiguous = understandFile('pt.csv', fixture('sheet-pt-ambiguous.csv'))
    expect(ambiguous.needsDateOrder).not.toBeNull()
    expect(combineFiles([ambiguous]).ready).toBe(false)
    const answered = understandFile('pt.csv', fixture('sheet-pt-ambiguous.csv'), { dateOrder: 'day-first' })
    expect(combineFiles([answered]).ready).toBe(true)
  })

  it('reads SSI Lens’s own export with its own reader, and passes its problems on', () => {
    const own = understandFile('backup.csv', historyToCsv([day('2026-03-01'), day('2026-03-02')]))
    expect(own.format).toBe('ssi-lens')
    expect(own.days).toHaveLength(2)
    const broken = understandFile('broken.csv', historyToCsv([day('2026-03-01', { overall: 90 })]))
    expect(broken.issues).toEqual([
      { line: 2, issue: { code: 'sum-mismatch', sum: expect.any(Number), overall: 90, tolerance: 1 } },
    ])
  })

  it('reads a sheet with the user’s mapping instead of the guess', () => {
    const text = 'Datum;A;B;C;D;E\n2026-03-02;41;12,5;8,25;9;11,4\n'
    expect(understandFile('x.csv', text).issues).toEqual([{ line: 0, issue: { code: 'no-score-columns' } }])
    const mapped = understandFile('x.csv', text, {
      mapping: ['date', 'overall', 'brand', 'people', 'insights', 'relationships'],
    })
    expect(mapped.issues).toEqual([])
    expect(mapped.sheet?.guessed).toEqual(['date', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore'])
  })
})
