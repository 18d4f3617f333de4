import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import type { Catalog } from '../../src/shared/i18n.ts'
import { hasMessage, keyName } from '../support/page-messages.ts'

const catalog = messages as Catalog
const TEAM = resolve(import.meta.dirname, '../../src/team')

/** Every `'team…'` string literal in the Team page's source: the keys it asks for. */
function keysUsedInSource(): Set<string> {
  const keys = new Set<string>()
  for (const name of readdirSync(TEAM)) {
    if (!/\.tsx?$/.test(name)) continue
    for (const m of readFileSync(join(TEAM, name), 'utf8').matchAll(/'(team[A-Z][A-Za-z0-9]*)'/g))
      keys.add(m[1] as string)
  }
  return keys
}

describe('the Team page messages in _locales/en/messages.json', () => {
  const teamKeys = Object.keys(catalog).filter((k) => k.startsWith('team'))

  it('has every key the page asks for, and none it no longer asks for', () => {
    const used = keysUsedInSource()
    expect([...used].filter((k) => !hasMessage(k))).toEqual([])
    expect(teamKeys.filter((k) => !used.has(keyName(k)))).toEqual([])
  })

  it.each(teamKeys)('%s declares every $NAME$ it uses, each filled by $1…$9', (key) => {
    const entry = catalog[key]
    const names = [...(entry?.message ?? '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
      m[1]?.toLowerCase(),
    )
    const declared = Object.fromEntries(
      Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    )
    for (const name of names) expect(declared[name as string], `${key}: $${name}$`).toMatch(/^\$[1-9]$/)
  })

  it('names the controls exactly as the test contract says', () => {
    expect(catalog.teamExportCsv?.message).toBe('Export team CSV')
    expect(catalog.teamRemove?.message).toBe('Remove')
    expect(catalog.teamYou?.message).toBe('You')
    expect(catalog.teamRange49Days?.message).toBe('49 days')
    expect(catalog.teamRange6Months?.message).toBe('6 months')
    expect(catalog.teamRange1Year?.message).toBe('1 year')
  })
})
