import { describe, expect, it } from 'vitest'
import {
  catalogSource,
  formatDate,
  formatNumber,
  listOf,
  plural,
  setMessageSource,
  uiLanguage,
  uiLocale,
} from '../../src/shared/i18n.ts'

// Forms written the way the translators write them: every category `Intl.PluralRules` gives each locale.
const catalog = {
  files_one: { message: '$COUNT$ file', placeholders: { count: { content: '$1' } } },
  files_other: {
    message: '$COUNT$ files in $WHERE$',
    placeholders: { count: { content: '$1' }, where: { content: '$2' } },
  },
  // Polish: one, few, many, other.
  pliki_one: { message: '$COUNT$ plik', placeholders: { count: { content: '$1' } } },
  pliki_few: { message: '$COUNT$ pliki', placeholders: { count: { content: '$1' } } },
  pliki_many: { message: '$COUNT$ plików', placeholders: { count: { content: '$1' } } },
  pliki_other: { message: '$COUNT$ pliku', placeholders: { count: { content: '$1' } } },
  // Arabic: zero, one, two, few, many, other.
  ayam_zero: { message: 'لا أيام' },
  ayam_one: { message: 'يوم واحد' },
  ayam_two: { message: 'يومان' },
  ayam_few: { message: '$COUNT$ أيام', placeholders: { count: { content: '$1' } } },
  ayam_many: { message: '$COUNT$ يومًا', placeholders: { count: { content: '$1' } } },
  ayam_other: { message: '$COUNT$ يوم', placeholders: { count: { content: '$1' } } },
  onlyOther_other: { message: '$COUNT$ things', placeholders: { count: { content: '$1' } } },
}

describe('plural', () => {
  it.each([
    ['en', 'files', 1, '1 file'],
    ['en', 'files', 0, '0 files in '],
    ['en', 'files', 2, '2 files in '],
    // The count is rounded as it is shown, and the form follows what is shown: 0.96 reads "1".
    ['en', 'files', 0.96, '1 file'],
    ['en', 'files', 1.5, '1.5 files in '],
    ['en', 'files', 3650, '3,650 files in '],
    ['pl', 'pliki', 1, '1 plik'],
    ['pl', 'pliki', 3, '3 pliki'],
    ['pl', 'pliki', 22, '22 pliki'],
    ['pl', 'pliki', 5, '5 plików'],
    ['pl', 'pliki', 12, '12 plików'],
    ['pl', 'pliki', 1.5, '1,5 pliku'],
    ['ar', 'ayam', 0, 'لا أيام'],
    ['ar', 'ayam', 1, 'يوم واحد'],
    ['ar', 'ayam', 2, 'يومان'],
    ['ar', 'ayam', 3, `${new Intl.NumberFormat('ar').format(3)} أيام`],
    ['ar', 'ayam', 11, `${new Intl.NumberFormat('ar').format(11)} يومًا`],
    ['ar', 'ayam', 100, `${new Intl.NumberFormat('ar').format(100)} يوم`],
    // A form the catalogue lacks falls back to `_other`; a missing message shows the key rather than nothing.
    ['en', 'onlyOther', 1, '1 things'],
    ['en', 'nothing', 1, 'nothing_other'],
  ])('%s %s %d → %s', (locale, base, count, expected) => {
    setMessageSource(catalogSource(catalog), locale)
    expect(plural(base, count)).toBe(expected)
  })

  it('passes further substitutions as $2…', () => {
    setMessageSource(catalogSource(catalog), 'en')
    expect(plural('files', 4, ['Downloads'])).toBe('4 files in Downloads')
  })
})

describe('formatNumber', () => {
  it.each([
    ['en', 7.8, false, '7.8'],
    ['de', 7.8, false, '7,8'],
    ['pl', 7.8, false, '7,8'],
    ['pt-BR', 7.8, false, '7,8'],
    // @@ui_locale's form of the same tag.
    ['pt_BR', 7.8, false, '7,8'],
    ['fr', 3650, false, '3\u202f650'],
    ['de', 3650, false, '3.650'],
    ['en', 15.04, false, '15'],
    ['en', 7.85, false, '7.9'],
    ['en', -0.04, false, '0'],
    ['en', 1.25, true, '+1.3'],
    ['en', -0.9, true, '\u22120.9'],
    ['de', -0.9, true, '\u22120,9'],
    ['en', 0.04, true, '0'],
    ['en', -0.04, true, '0'],
    // Arabic: whatever digits and signs the locale's default numbering system has.
    ['ar', 7.8, false, new Intl.NumberFormat('ar', { maximumFractionDigits: 1 }).format(7.8)],
  ])('%s %d (signed %s) → %s', (locale, n, signed, expected) => {
    setMessageSource(() => '', locale)
    expect(formatNumber(n, { signed })).toBe(expected)
  })
})

describe('formatNumber with two decimals (a pillar as LinkedIn shows it)', () => {
  it.each([
    ['en', 16.4382, '16.44'],
    ['de', 16.4382, '16,44'],
    ['en', 7.815, '7.82'],
    ['en', 9.27, '9.27'],
    ['en', 15, '15'],
    ['fr', 1234.5, '1\u202f234,5'],
    ['en', -0.001, '0'],
    ['en', -1.256, '\u22121.26'],
  ])('%s %d → %s', (locale, n, expected) => {
    setMessageSource(() => '', locale)
    expect(formatNumber(n, { decimals: 2 })).toBe(expected)
  })
})

describe('listOf', () => {
  it.each([
    ['en', ',', ['Brand', 'People', 'Insights'], 'Brand, People, Insights'],
    // Arabic's own comma, as its catalogue writes it: the mark alone, since translation tools strip a trailing space.
    ['ar', '،', ['العلامة', 'الأشخاص'], 'العلامة، الأشخاص'],
    ['en', ',', ['one'], 'one'],
    ['en', ',', [], ''],
  ])('joins items in %s with its comma and a space', (locale, comma, items, expected) => {
    setMessageSource(catalogSource({ listComma: { message: comma } }), locale)
    expect(listOf(items)).toBe(expected)
  })
})

describe('formatDate and uiLocale', () => {
  it('gives the UI language as a BCP 47 tag and dates in it', () => {
    setMessageSource(() => '', 'pt_BR')
    expect(uiLocale()).toBe('pt-BR')
    setMessageSource(() => '', 'de')
    expect(formatDate('2026-11-14', { today: '2026-12-01' })).toBe('14. Nov.')
    expect(formatDate('2025-11-14', { today: '2026-12-01' })).toBe('14. Nov. 2025')
    expect(formatDate('2026-11-14', { long: true })).toBe('Sa., 14. Nov. 2026')
  })
})

describe('uiLanguage', () => {
  it.each<[string, Record<string, string>, string, string]>([
    [
      'the browser’s @@ui_locale and @@bidi_dir',
      { '@@ui_locale': 'pt_BR', '@@bidi_dir': 'ltr' },
      'pt-BR',
      'ltr',
    ],
    ['Arabic, as the browser says', { '@@ui_locale': 'ar', '@@bidi_dir': 'rtl' }, 'ar', 'rtl'],
    ['a source without predefined messages: the locale and its script', {}, 'ar', 'rtl'],
  ])('takes %s', (_what, predefined, lang, dir) => {
    setMessageSource((key) => predefined[key] ?? '', 'ar')
    expect(uiLanguage()).toEqual({ lang, dir })
  })
})
