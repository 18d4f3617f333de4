/**
 * A real spreadsheet reads our exports: LibreOffice Calc opens the standard export in English and the regional
 * export in German, every number cell holds exactly the stored value, and the file Calc saves back in that
 * locale imports to the same history. It runs with the end-to-end tests (not the unit tests) because it drives
 * an external program that takes seconds per file, one at a time; it needs no browser.
 * Without LibreOffice it is skipped, visibly, except in CI (`CI=true`), where it fails.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COLUMNS, recordCells } from '../../src/core/csv-columns.ts'
import { decodeCsvBytes } from '../../src/core/csv-decode.ts'
import type { CsvFormat } from '../../src/core/csv-format.ts'
import { readHistoryCsv } from '../../src/core/csv-read.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { daysBetween } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { convert, findSoffice, localeProfile, readXlsx } from '../support/libreoffice.ts'
import { history } from '../support/records.ts'

const soffice = findSoffice()
if (soffice === null && process.env.CI === 'true')
  throw new Error('LibreOffice (soffice) is missing in CI: .ci/run installs libreoffice-calc-nogui')
if (soffice === null)
  console.warn(
    'SKIPPED: the spreadsheet round trip needs LibreOffice (apt-get install libreoffice-calc-nogui)',
  )

const round4 = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000)
const NAMES = ['Tecnologia da informação', 'IT Services and IT Consulting', 'Computer Software, "B2B"; Sales']

/** Values as the page gives them (at most 4 decimals), with text a spreadsheet must keep: accents, quotes, `;`. */
const DAYS: DayRecord[] = history(40, '2026-11-21').map((d, i) => ({
  ...d,
  overallExact:
    d.overallExact === null
      ? null
      : round4(d.pillars.brand + d.pillars.people + d.pillars.insights + d.pillars.relationships),
  industryAverageExact: round4(d.industryAverageExact),
  networkAverageExact: round4(d.networkAverageExact),
  industryName: d.industryName === null ? null : (NAMES[i % NAMES.length] as string),
}))

/** Excel's day serial (1899-12-30 is day 0), which is what Calc stores for a date cell. */
const serial = (day: string) => daysBetween('1899-12-30', day)

const CASES: { what: string; locale: string; format: CsvFormat; separator: ',' | ';' }[] = [
  { what: 'the standard export in English (en-US)', locale: 'en-US', format: 'standard', separator: ',' },
  { what: 'the regional export in German (de-DE)', locale: 'de-DE', format: 'regional', separator: ';' },
]

describe.skipIf(soffice === null)('LibreOffice Calc reads our exports', () => {
  it.each(CASES)(
    'opens $what with every number exact, and its re-save imports unchanged',
    ({ locale, format, separator }) => {
      const dir = mkdtempSync(join(tmpdir(), 'ssi-lens-sheet-'))
      const csv = historyToCsv(DAYS, format)
      const file = join(dir, `ssi-history-${format}.csv`)
      writeFileSync(file, csv)
      const profile = localeProfile(locale)

      const sheet = readXlsx(convert(soffice as string, profile, file, 'xlsx', separator))
      const header = sheet.get(0)
      expect(COLUMNS.map((_c, i) => header?.get(i))).toEqual(
        COLUMNS.map((c) => ({ type: 's', value: c.name })),
      )
      let numbers = 0
      for (const [r, record] of DAYS.entries()) {
        const row = sheet.get(r + 1)
        for (const [i, value] of recordCells(record).entries()) {
          const spec = COLUMNS[i]
          const cell = row?.get(i)
          if (value === null) expect(cell, `${spec?.name} of ${record.day}`).toBeUndefined()
          else if (spec?.kind === 'day') expect(cell).toEqual({ type: 'n', value: serial(value as string) })
          else if (spec?.kind === 'number') {
            expect(cell, `${spec.name} of ${record.day}`).toEqual({ type: 'n', value })
            numbers++
          } else expect(cell, `${spec?.name} of ${record.day}`).toEqual({ type: 's', value })
        }
      }
      expect(numbers).toBeGreaterThan(DAYS.length * 10)

      const resaved = convert(soffice as string, profile, file, 'csv', separator)
      const decoded = decodeCsvBytes(new Uint8Array(readFileSync(resaved)))
      if (!decoded.ok) throw new Error('LibreOffice wrote bytes that are not text')
      const read = readHistoryCsv(decoded.value.text, { now: Date.now() })
      if (!read.ok) throw new Error(JSON.stringify(read).slice(0, 500))
      expect(read.value.days.map((d) => d.record)).toEqual(DAYS)
      expect(
        historyToCsv(
          read.value.days.map((d) => d.record),
          format,
        ),
      ).toBe(csv)
    },
  )
})
