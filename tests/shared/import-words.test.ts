import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import type { ImportIssue } from '../../src/core/import-issues.ts'
import { SHEET_FIELDS } from '../../src/core/import-sheet-mapping.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import {
  groupImportIssues,
  importGroupWords,
  importIssueWords,
  sheetFieldWords,
} from '../../src/shared/import-words.ts'
import { hasMessage, keyName } from '../support/page-messages.ts'

const catalog = messages as Catalog
beforeEach(() => setMessageSource(catalogSource(catalog), 'en-GB'))

const ownIssues: ImportIssue[] = [
  { code: 'conflicting-values', field: 'overall', first: '40', second: '41' },
  { code: 'conflicting-values', field: 'industry.brand', first: '9', second: '9,5' },
  { code: 'missing-total' },
  { code: 'missing-pillars', missing: ['insights', 'relationships'] },
  { code: 'no-date-column' },
  { code: 'no-score-columns' },
  { code: 'duplicate-mapping', field: 'brand', columns: ['Marke', 'Brand'] },
  { code: 'conflicting-files', day: '2026-03-10', otherFile: 'ssi_2026-03-10.csv' },
]

describe('import preview words', () => {
  it('has a catalogue entry for every importPreview key in use, and none unused', () => {
    const used = new Set<string>()
    for (const file of ['src/shared/import-words.ts', 'src/ui/ImportPreview.tsx', 'src/ui/ImportFiles.tsx']) {
      const text = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8')
      for (const m of text.matchAll(/'(importPreview[A-Z][A-Za-z0-9]*)'/g)) used.add(m[1] as string)
    }
    // A plural message is asked for by its base (`importPreviewIgnoredRows` for its `_one`, `_other`, …).
    expect([...used].filter((key) => !hasMessage(key))).toEqual([])
    expect(
      Object.keys(catalog).filter((k) => k.startsWith('importPreview') && !used.has(keyName(k))),
    ).toEqual([])
  })

  it.each(ownIssues.map((i) => [i.code, i]))('words %s without codes or blanks', (_code, issue) => {
    const text = importIssueWords(issue)
    expect(text).not.toMatch(/\bimportPreview[A-Z]|\bcsv[A-Z]|\$\d|undefined|\[object/)
    expect(text.length).toBeGreaterThan(10)
  })

  it('names peer pillars and days as people read them', () => {
    expect(importIssueWords(ownIssues[1] as ImportIssue)).toMatch(/industry/i)
    expect(importIssueWords(ownIssues[7] as ImportIssue)).toContain('10 Mar 2026')
  })

  it('words every mapping choice', () => {
    for (const field of SHEET_FIELDS) expect(sheetFieldWords(field)).not.toMatch(/^importPreview/)
  })

  it('groups one cause on many lines into one line, and a whole-file problem without a line', () => {
    const groups = groupImportIssues([
      { line: 2, issue: { code: 'missing-total' } },
      { line: 3, issue: { code: 'missing-total' } },
      { line: 4, issue: { code: 'missing-total' } },
      { line: 0, issue: { code: 'no-date-column' } },
    ])
    expect(groups.map(importGroupWords)).toEqual([
      `Lines 2–4: ${importIssueWords({ code: 'missing-total' })}`,
      importIssueWords({ code: 'no-date-column' }),
    ])
  })

  it('words the codes it shares with SSI Lens’s own import as that import does', () => {
    expect(importIssueWords({ code: 'sum-mismatch', sum: 34, overall: 40, tolerance: 1 })).toMatch(/34/)
  })
})
