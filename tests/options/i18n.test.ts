import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { PILLAR_IDS } from '../../src/core/snapshot.ts'
import { hasMessage } from '../support/page-messages.ts'

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
const catalog = messages as Catalog
const SRC = join(import.meta.dirname, '../../src')

/** Every message key a set of source files names as a string literal with `prefix` (comments use backticks). */
function keysUsed(dir: string, files: RegExp, prefix: string): string[] {
  const keys = new Set<string>()
  for (const name of readdirSync(join(SRC, dir)).filter((f) => files.test(f))) {
    const text = readFileSync(join(SRC, dir, name), 'utf8')
    for (const m of text.matchAll(new RegExp(`'(${prefix}[A-Z][A-Za-z]*)'`, 'g'))) keys.add(m[1] as string)
  }
  return [...keys].sort()
}

describe('messages', () => {
  it.each([
    ['the options page', 'options', /\.tsx?$/, 'options'],
    ['the inline badge', 'content', /^badge.*\.ts$/, 'badge'],
    ['the reminder', 'background', /^reminder\.ts$/, 'reminder'],
  ])('has every key %s uses', (_what, dir, files, prefix) => {
    // 'badgePillar' is the prefix the badge completes with a pillar id (checked below), not a key itself.
    const used = keysUsed(dir, files, prefix).filter((key) => key !== 'badgePillar')
    expect(used.length).toBeGreaterThan(1)
    expect(used.filter((key) => !hasMessage(key, catalog))).toEqual([])
  })

  // Failure codes take their words from shared/failure-words (tests/shared/failure-words.test.ts checks those).
  it.each([...PILLAR_IDS.map((id) => `badgePillar${id[0]?.toUpperCase()}${id.slice(1)}`)])(
    'has the key %s the badge derives from a pillar id',
    (key) => {
      expect(catalog[key]).toBeDefined()
    },
  )

  it('builds the badge change keys it names by parts', () => {
    for (const trend of ['Up', 'Down', 'Flat'])
      for (const suffix of ['', 'Since'])
        expect(catalog[`badge${trend}${suffix}`], `badge${trend}${suffix}`).toBeDefined()
  })

  it('gives every placeholder a $1…$9 substitution', () => {
    const mine = Object.entries(catalog).filter(([key]) => /^(options|badge|reminder)/.test(key))
    for (const [key, entry] of mine) {
      const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
        (m[1] as string).toLowerCase(),
      )
      const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase())
      expect(named.sort(), key).toEqual(declared.sort())
      for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$[1-9]$/)
    }
  })
})
