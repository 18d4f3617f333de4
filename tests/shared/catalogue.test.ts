/**
 * Every catalogue under `_locales/` against `en`: same keys, the plural forms its language needs, the same
 * placeholders, no empty message, store texts within the limits (`scripts/catalogue-check.ts`). The second
 * half feeds the checks broken catalogues, so a check that could never fail would show here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  catalogueProblems,
  type Messages,
  pluralCategories,
  STORE_LIMITS,
} from '../../scripts/catalogue-check.ts'

const ROOT = join(import.meta.dirname, '../..')
const read = (folder: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, '_locales', folder, 'messages.json'), 'utf8')) as Messages
const folders = readdirSync(join(ROOT, '_locales')).sort()
const en = read('en')
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>

describe('the catalogues in _locales/', () => {
  it('keep en as the default locale', () => {
    expect(manifest.default_locale).toBe('en')
    expect(folders).toContain('en')
  })

  it.each(folders)('%s has every key of en, its plural forms and placeholders, nothing empty', (folder) => {
    expect(catalogueProblems(folder, read(folder), en)).toEqual([])
  })

  // Each page has its own key for words it shares with another (its prefix types it), so the words are written
  // once per page: they must be the same words.
  const SAME_WORDS = {
    'a rank ("Top 12%")': ['popupRankTop', 'historyRankTop'],
    'a history that could not be read': ['popupLoadFailed', 'historyLoadFailed'],
    'an action that failed': ['popupActionFailed', 'historyActionFailed', 'teamActionFailed'],
  }
  for (const [concept, keys] of Object.entries(SAME_WORDS))
    it.each(folders)(`%s says ${concept} the same way on every page`, (folder) => {
      const messages = read(folder)
      const said = keys.map((key) => {
        const entry = messages[key]
        expect(entry, key).toBeDefined()
        let text = entry?.message ?? ''
        for (const [name, placeholder] of Object.entries(entry?.placeholders ?? {}))
          text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), placeholder.content)
        return text
      })
      expect(new Set(said).size, JSON.stringify(said)).toBe(1)
    })

  it.each(folders)(
    "%s titles each full page's tab 'SSI Lens', a dash and the name the popup links it by",
    (folder) => {
      const messages = read(folder)
      const word = (key: string) => messages[key]?.message as string
      const titles = { options: 'popupOptions', history: 'popupHistory', team: 'popupTeam' }
      const prefixes = Object.entries(titles).map(([page, link]) => {
        const title = word(`${page}PageTitle`)
        expect(title.endsWith(word(link)), `${page}: ${title}`).toBe(true)
        return title.slice(0, -word(link).length)
      })
      expect(new Set(prefixes).size, JSON.stringify(prefixes)).toBe(1)
      expect(prefixes[0]).toMatch(/^SSI Lens [–—] $/)
    },
  )

  it('takes every store text the manifest names from a limited key, and keeps short_name short', () => {
    for (const field of ['name', 'description']) {
      const key = /^__MSG_(\w+)__$/.exec(String(manifest[field]))?.[1]
      expect(key && Object.hasOwn(STORE_LIMITS, key), field).toBe(true)
    }
    const short = String(manifest.short_name)
    if (!short.startsWith('__MSG_')) expect([...short].length).toBeLessThanOrEqual(12)
  })
})

const COUNT = { count: { content: '$1' } }
const reference: Messages = {
  extName: { message: 'SSI Lens' },
  extDescription: { message: 'Records your SSI.' },
  saved: { message: 'Saved $FILE$.', placeholders: { file: { content: '$1' } } },
  line: { message: 'Line $1: $2' },
  days_one: { message: '$COUNT$ day', placeholders: COUNT },
  days_other: { message: '$COUNT$ days', placeholders: COUNT },
  future_one: {
    message: '$COUNT$ day is after today ($DATES$)',
    placeholders: { count: { content: '$1' }, dates: { content: '$2' } },
  },
  future_other: {
    message: '$COUNT$ days are after today ($DATES$)',
    placeholders: { count: { content: '$1' }, dates: { content: '$2' } },
  },
}
const { days_one, days_other, future_one, future_other, ...singles } = reference
const german: Messages = {
  ...singles,
  saved: { message: '$FILE$ gespeichert.', placeholders: { file: { content: '$1' } } },
  days_one: { message: '$COUNT$ Tag', placeholders: COUNT },
  days_other: { message: '$COUNT$ Tage', placeholders: COUNT },
  future_one: { ...(future_one as Messages[string]), message: 'Ein Tag liegt nach heute ($DATES$)' },
  future_other: {
    ...(future_other as Messages[string]),
    message: '$COUNT$ Tage liegen nach heute ($DATES$)',
  },
}
const arabicDays: Messages = Object.fromEntries(
  pluralCategories('ar').map((c) => [`days_${c}`, { message: `$COUNT$ ${c}`, placeholders: COUNT }]),
)
const arabicFuture: Messages = Object.fromEntries(
  pluralCategories('ar').map((c) => [
    `future_${c}`,
    {
      message: `$COUNT$ ${c} ($DATES$)`,
      placeholders: { count: { content: '$1' }, dates: { content: '$2' } },
    },
  ]),
)
const without = (messages: Messages, key: string): Messages =>
  Object.fromEntries(Object.entries(messages).filter(([k]) => k !== key))

describe('the catalogue checks', () => {
  it('pass good catalogues: en itself, German with two forms, Arabic with six', () => {
    expect(catalogueProblems('en', reference, reference)).toEqual([])
    expect(catalogueProblems('de', german, reference)).toEqual([])
    expect(catalogueProblems('ar', { ...singles, ...arabicDays, ...arabicFuture }, reference)).toEqual([])
  })

  it.each<[string, string, Messages, RegExp]>([
    ['a missing key', 'de', without(german, 'saved'), /^saved: missing$/],
    ['a key en no longer has', 'de', { ...german, savedOld: { message: 'x' } }, /^savedOld: not in en/],
    ['an empty message', 'de', { ...german, line: { message: '  ' } }, /^line: empty$/],
    ['a missing plural form', 'de', without(german, 'days_one'), /^days: missing the plural form _one/],
    [
      'Polish with only two forms',
      'pl',
      german,
      /^days: missing the plural forms _few _many \(pl has one few many other\)/,
    ],
    [
      'a form the language does not have',
      'de',
      { ...german, days_few: { message: '$COUNT$ Tage', placeholders: COUNT } },
      /^days: _few is not a plural form of de/,
    ],
    [
      'a placeholder renamed',
      'de',
      { ...german, saved: { message: '$DATEI$ gespeichert.', placeholders: { datei: { content: '$1' } } } },
      /^saved: placeholders datei=\$1, en has file=\$1/,
    ],
    [
      'a placeholder filled from another substitution',
      'de',
      { ...german, saved: { message: '$FILE$ gespeichert.', placeholders: { file: { content: '$2' } } } },
      /^saved: placeholders file=\$2, en has file=\$1/,
    ],
    [
      'a placeholder used but not declared',
      'de',
      { ...german, saved: { message: '$FILE$ gespeichert.' } },
      /^saved: uses \$FILE\$ without declaring it/,
    ],
    [
      'a placeholder left out',
      'de',
      { ...german, saved: { message: 'Gespeichert.', placeholders: { file: { content: '$1' } } } },
      /^saved: uses none, en uses \$FILE\$/,
    ],
    [
      'a $1…$9 substitution left out',
      'de',
      { ...german, line: { message: 'Zeile $1' } },
      /^line: uses \$1 directly, en uses \$1, \$2/,
    ],
    [
      'a plural form without a placeholder that is not the count',
      'de',
      {
        ...german,
        future_other: { ...(future_other as Messages[string]), message: '$COUNT$ Tage liegen nach heute' },
      },
      /^future_other: must use \$DATES\$/,
    ],
    [
      'a form without the count where it covers several numbers (French one is 0 and 1)',
      'fr',
      {
        ...singles,
        days_one: { message: 'un jour', placeholders: COUNT },
        days_many: { message: '$COUNT$ jours', placeholders: COUNT },
        days_other: { message: '$COUNT$ jours', placeholders: COUNT },
        future_one: { ...(future_one as Messages[string]), message: '$COUNT$ jour ($DATES$)' },
        future_many: { ...(future_other as Messages[string]), message: '$COUNT$ jours ($DATES$)' },
        future_other: { ...(future_other as Messages[string]), message: '$COUNT$ jours ($DATES$)' },
      },
      /^days_one: must use \$COUNT\$ \(in fr the form _one is used for more than one number\)/,
    ],
    [
      'a description over 132 characters',
      'de',
      { ...german, extDescription: { message: 'x'.repeat(133) } },
      /^extDescription: 133 characters, the stores take at most 132/,
    ],
    [
      'a name over 50 characters',
      'de',
      { ...german, extName: { message: 'x'.repeat(51) } },
      /^extName: 51 characters/,
    ],
    [
      'two keys differing only in case',
      'de',
      { ...german, Saved: { message: 'x' } },
      /^Saved: the same key as saved/,
    ],
    ['a folder Intl does not know', 'xx_YY', german, /^xx_YY: not a language Intl knows/],
  ])('refuse %s', (_what, folder, messages, problem) => {
    const problems = catalogueProblems(folder, messages, reference)
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('\n'),
    ).toBe(true)
  })

  it('require en to give every plural message its count as $1 named "count"', () => {
    const broken = {
      ...reference,
      days_other: { message: '$N$ days', placeholders: { n: { content: '$1' } } },
    }
    expect(catalogueProblems('en', broken, broken)).toContain(
      'days_other: a plural message declares its count as "count": { "content": "$1" }',
    )
  })
})
