/**
 * The checks every extension page's catalogue keys get: each key the page's source asks for exists, none is left
 * over, and each `$NAME$` a message uses is declared and filled by `$1`…`$9`. A page's keys share its prefix.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import type { Catalog } from '../../src/shared/i18n.ts'

export const catalog = messages as Catalog

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** The name source code asks for: a plain key, or the base of a plural message (`popupDays` for `popupDays_one`). */
export function keyName(key: string): string {
  return key.replace(PLURAL_SUFFIX, '')
}

/** Whether `name` (a key, or a plural base the i18n module completes with `_one`, `_other`, …) is in `catalog`. */
export function hasMessage(name: string, messages: Catalog = catalog): boolean {
  return Object.hasOwn(messages, name) || Object.hasOwn(messages, `${name}_other`)
}

/** Every `'<prefix>…'` string literal in the `.ts`/`.tsx` files of `dir`: the keys the page asks for. */
export function keysUsedIn(dir: string, prefix: string): Set<string> {
  const keys = new Set<string>()
  const pattern = new RegExp(`'(${prefix}[A-Z][A-Za-z0-9]*)'`, 'g')
  for (const name of readdirSync(dir)) {
    if (!/\.tsx?$/.test(name)) continue
    for (const m of readFileSync(join(dir, name), 'utf8').matchAll(pattern)) keys.add(m[1] as string)
  }
  return keys
}

/** Registers the two catalogue checks for the page whose source is in `dir` and whose keys start with `prefix`. */
export function checkPageMessages(dir: string, prefix: string): void {
  const pageKeys = Object.keys(catalog).filter((k) => k.startsWith(prefix))

  it('has every key the page asks for, and none it no longer asks for', () => {
    const used = keysUsedIn(dir, prefix)
    expect([...used].filter((k) => !hasMessage(k))).toEqual([])
    expect(pageKeys.filter((k) => !used.has(keyName(k)))).toEqual([])
  })

  it.each(pageKeys)('%s declares every $NAME$ it uses, each filled by $1…$9', (key) => {
    const entry = catalog[key]
    const names = [...(entry?.message ?? '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
      m[1]?.toLowerCase(),
    )
    const declared = Object.fromEntries(
      Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    )
    for (const name of names) expect(declared[name as string], `${key}: $${name}$`).toMatch(/^\$[1-9]$/)
  })
}
