import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { type Catalog, catalogSource, dayCount, setMessageSource, t } from '../../src/popup/i18n.ts'
import { hasMessage, keyName } from '../support/page-messages.ts'

const catalog = messages as Catalog
const POPUP = resolve(import.meta.dirname, '../../src/popup')

/** Every `'popup…'` string literal in the popup's source: the keys it asks for. */
function keysUsedInSource(): Set<string> {
  const keys = new Set<string>()
  for (const name of readdirSync(POPUP)) {
    if (!/\.tsx?$/.test(name)) continue
    for (const m of readFileSync(join(POPUP, name), 'utf8').matchAll(/'(popup[A-Z][A-Za-z0-9]*)'/g))
      keys.add(m[1] as string)
  }
  return keys
}

describe('catalogSource', () => {
  const get = catalogSource({
    named: {
      message: 'Saved $FILE$ ($Days$).',
      placeholders: { file: { content: '$1' }, days: { content: '$2' } },
    },
    direct: { message: 'Line $1: $2' },
    dollars: { message: 'Costs $$5 or $AMOUNT$', placeholders: { amount: { content: '$1' } } },
    plain: { message: 'Export CSV' },
  })

  it.each([
    ['fills named placeholders, whatever their case', 'named', ['a.csv', '3 days'], 'Saved a.csv (3 days).'],
    ['fills $1…$9 written straight into the message', 'direct', ['4', 'bad date'], 'Line 4: bad date'],
    ['turns $$ into a dollar sign', 'dollars', ['$1'], 'Costs $5 or $1'],
    ['leaves a substitution that looks like a placeholder as it is', 'direct', ['$2', 'x'], 'Line $2: x'],
    ['fills a missing substitution with nothing', 'direct', ['4'], 'Line 4: '],
    ['returns a message without placeholders unchanged', 'plain', [], 'Export CSV'],
    ['answers an unknown key with an empty string, as browsers do', 'nope', [], ''],
  ])('%s', (_what, key, subs, expected) => {
    expect(get(key, subs)).toBe(expected)
  })
})

describe('t()', () => {
  it('shows the key of a missing message instead of nothing', () => {
    setMessageSource(() => '', 'en')
    expect(t('popupNotThere')).toBe('popupNotThere')
  })

  it('passes numbers as text and picks the singular or plural day', () => {
    setMessageSource(catalogSource(catalog), 'en')
    expect(dayCount(1)).toBe('1 day')
    expect(dayCount(12)).toBe('12 days')
    expect(t('popupExportDone', 'a.csv', dayCount(12))).toBe('Saved a.csv (12 days).')
  })
})

describe('the popup messages in _locales/en/messages.json', () => {
  const popupKeys = Object.keys(catalog).filter((k) => k.startsWith('popup'))

  it('has every key the popup asks for', () => {
    const missing = [...keysUsedInSource()].filter((k) => !hasMessage(k))
    expect(missing).toEqual([])
  })

  it('has no popup key the popup no longer asks for', () => {
    const used = keysUsedInSource()
    expect(popupKeys.filter((k) => !used.has(keyName(k)))).toEqual([])
  })

  it.each(popupKeys)('%s declares every $NAME$ it uses, each filled by $1…$9', (key) => {
    const entry = catalog[key]
    const names = [...(entry?.message ?? '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
      m[1]?.toLowerCase(),
    )
    const declared = Object.fromEntries(
      Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    )
    for (const name of names) expect(declared[name as string], `${key}: $${name}$`).toMatch(/^\$[1-9]$/)
  })

  it('names the export button and the import input exactly as the test contract says', () => {
    expect(catalog.popupExportCsv?.message).toBe('Export CSV')
    expect(catalog.popupImportCsv?.message).toBe('Import CSV')
    expect(catalog.popupOptions?.message).toBe('Options')
    expect(
      [
        catalog.popupRange49Days,
        catalog.popupRange6Months,
        catalog.popupRange1Year,
        catalog.popupRangeAll,
      ].map((m) => m?.message),
    ).toEqual(['49 days', '6 months', '1 year', 'All'])
  })
})
