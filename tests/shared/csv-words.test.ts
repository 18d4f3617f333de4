import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { groupIssues, type LineIssue } from '../../src/core/csv-issues.ts'
import { readHistoryCsv } from '../../src/core/csv-read.ts'
import { groupWords, issueWords, linesWords } from '../../src/shared/csv-words.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import { CORPUS_OPTIONS, MALFORMED } from '../support/malformed-csv.ts'
import { hasMessage, keyName } from '../support/page-messages.ts'

const catalog = messages as Catalog

beforeEach(() => setMessageSource(catalogSource(catalog), 'en-GB'))

describe('CSV words', () => {
  it('has a catalogue entry for every csv key the words and the import-result component use', () => {
    const used = new Set<string>()
    for (const file of ['src/shared/csv-words.ts', 'src/ui/ImportResult.tsx']) {
      const text = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8')
      for (const m of text.matchAll(/'(csv[A-Z][A-Za-z0-9]*)'/g)) used.add(m[1] as string)
    }
    expect([...used].filter((key) => !hasMessage(key, catalog))).toEqual([])
    const unused = Object.keys(catalog).filter((key) => key.startsWith('csv') && !used.has(keyName(key)))
    expect(unused).toEqual([])
  })

  it.each(MALFORMED.map((m) => [m.name, m]))('words the issue of %s without codes or blanks', (_name, m) => {
    const read = readHistoryCsv(m.text, CORPUS_OPTIONS)
    if (read.ok || read.error.code !== 'bad-lines') throw new Error('not refused')
    const text = issueWords((read.error.issues[0] as LineIssue).issue)
    expect(text).not.toMatch(/\bcsv[A-Z]|\$\d|undefined|\[object/)
    expect(text.length).toBeGreaterThan(10)
  })

  it('groups identical causes into one line with their line numbers and says what the spreadsheet did', () => {
    const issue = {
      code: 'out-of-range',
      field: 'brand',
      value: '12402',
      min: 0,
      max: 25,
      integer: false,
    } as const
    const issues: LineIssue[] = Array.from({ length: 43 }, (_, i) => ({ line: i + 2, issue }))
    const groups = groupIssues(issues)
    expect(groups).toHaveLength(1)
    expect(groupWords(groups[0] as never)).toBe(
      'Lines 2–44: Establish your professional brand is 12402, not 0–25. The file looks like a spreadsheet read 12.402 as 12402 (a decimal point taken for a thousands separator): export again with the European format or import the original file.',
    )
  })

  it.each([
    [[5], '5'],
    [[2, 3, 4, 9], '2–4, 9'],
    [[2, 4, 5, 6, 10, 11], '2, 4–6, 10–11'],
  ])('writes the lines %j as %s', (lines, text) => {
    expect(linesWords(lines)).toBe(text)
  })
})
