/**
 * Where extension-page strings come from: the browser's i18n (`_locales/<lang>/messages.json`). Tests swap the
 * source for `catalogSource(messagesJson)`, which applies the same substitution rules as Chrome and Firefox, so
 * pages render real text without a browser. Each page types its own key prefix on top (`pageWords`, used by
 * `popup/i18n.ts`, `options/i18n.ts`, …) so a test can check every key a page uses exists.
 */

import { roundTenth } from '../core/format.ts'
import { formatDay, formatDayLong, formatHour, formatMonth } from '../core/format-date.ts'

/** Chrome's and Firefox's `i18n.getMessage` signature. */
export type GetMessage = (key: string, substitutions?: string[]) => string

interface Source {
  getMessage: GetMessage
  locale: string
}

/** The manifest's `__MSG_…__` format: a message and its named placeholders (whose content refers to $1…$9). */
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>

function browserSource(): Source | null {
  // `chrome.i18n` exists in Chrome, Edge and Firefox extension pages alike and is synchronous; reading it directly
  // keeps this module importable in tests without the polyfill.
  const i18n = typeof chrome === 'undefined' ? undefined : chrome.i18n
  if (!i18n?.getMessage) return null
  return { getMessage: (key, subs) => i18n.getMessage(key, subs), locale: i18n.getUILanguage() }
}

let source: Source | null = null

/** Replaces where messages come from (tests: `setMessageSource(catalogSource(json), 'en-GB')`). */
export function setMessageSource(getMessage: GetMessage, locale: string): void {
  source = { getMessage, locale }
}

function current(): Source {
  source ??= browserSource() ?? { getMessage: () => '', locale: 'en' }
  return source
}

/**
 * The message `key` with its substitutions. A missing message shows its key rather than an empty space, so a
 * forgotten string is visible instead of silently blank.
 */
export function message(key: string, substitutions: ReadonlyArray<string | number>): string {
  return current().getMessage(key, substitutions.map(String)) || key
}

/**
 * The comma of the UI language with its space: ", ", in Arabic "، ". It joins a list's items and a value to what is
 * said of it ("Top 12%, unchanged"). The catalogue's `listComma` holds the mark alone, as translation tools strip
 * a message's trailing space.
 */
export function comma(): string {
  return `${message('listComma', [])} `
}

/** `items` as the UI language lists them: "Brand, People", "العلامة، الأشخاص". */
export function listOf(items: readonly string[]): string {
  return items.join(comma())
}

/**
 * One page's words: `t` (a message) and `plural` (a message with plural forms, `$1` the count) typed to the
 * keys of that page's prefix, so a key of another page does not compile, and the page's `i18n.test.ts` can
 * check that every key its source names exists. Each page's `i18n.ts` makes its pair from this.
 */
export function pageWords<Key extends string>(): {
  t: (key: Key, ...substitutions: Array<string | number>) => string
  plural: (base: Key, count: number, ...substitutions: Array<string | number>) => string
} {
  return {
    t: (key, ...substitutions) => message(key, substitutions),
    plural: (base, count, ...substitutions) => plural(base, count, substitutions),
  }
}

/** The UI language the messages are in, as a BCP 47 tag (`pt-BR`), for `Intl`. */
export function uiLocale(): string {
  return bcp47(current().locale)
}

/** The UI language as a BCP 47 tag (`pt-BR`), whichever form the browser gave (`@@ui_locale` says `pt_BR`). */
function bcp47(locale: string): string {
  return locale.replace(/_/g, '-')
}

const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

// The same rounding as `formatNumber`, so the form chosen always matches the number shown: 0.96 reads "1",
// and takes the singular.
const TENTHS = { maximumFractionDigits: 1 } as const

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale, TENTHS)
    pluralRules.set(locale, rules)
  }
  return rules
}

/**
 * A message whose words depend on a count: `<base>_<category>` for the UI language's `Intl.PluralRules`
 * category of `count` (`one`, `few`, `many`, … — Polish and Arabic need more than two forms), or
 * `<base>_other` when the catalogue lacks that form. `$1` is the count as `formatNumber` writes it; further
 * substitutions are `$2`…. A missing message shows `<base>_other`, as `message` shows its key.
 */
export function plural(
  base: string,
  count: number,
  substitutions: ReadonlyArray<string | number> = [],
): string {
  const { getMessage, locale } = current()
  const subs = [formatNumber(count), ...substitutions.map(String)]
  const category = rulesFor(bcp47(locale)).select(roundTenth(count))
  return getMessage(`${base}_${category}`, subs) || getMessage(`${base}_other`, subs) || `${base}_other`
}

function numberFormat(locale: string, signed: boolean, decimals: 1 | 2): Intl.NumberFormat {
  const key = `${locale}|${signed}|${decimals}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    })
    numberFormats.set(key, format)
  }
  return format
}

/**
 * A number for people, in the UI language: one decimal at most, a trailing zero dropped, halves away from zero
 * (`core/format.ts`'s rule): 7.8 → "7.8" (en), "7,8" (de, pl, pt-BR), whatever digits the locale's default
 * numbering system uses (Arabic: as `Intl` says for `ar`); 3650 → "3,650" / "3.650". `signed` writes changes:
 * "+1.2", "−0.9", "0". `decimals: 2` keeps a second decimal, as LinkedIn's page shows a pillar (the History
 * table, to check a day against a screenshot): 16.4382 → "16.44". Where the locale's minus is the ASCII hyphen
 * we print U+2212, as the English UI always did; a locale with its own minus sign (Arabic's, with its direction
 * mark) keeps it.
 */
export function formatNumber(n: number, options: NumberOptions = {}): string {
  return formatNumberIn(bcp47(current().locale), n, options)
}

type NumberOptions = { signed?: boolean; decimals?: 1 | 2 }

/**
 * `formatNumber` in the language `locale` (BCP 47) names rather than this page's: for words one context makes for
 * another, such as the inline badge's lines, which the background words in the badge's language.
 */
export function formatNumberIn(locale: string, n: number, options: NumberOptions = {}): string {
  const decimals = options.decimals ?? 1
  const format = numberFormat(locale, options.signed === true, decimals)
  // Two decimals are rounded by Intl (as the History table always was); what rounds to zero is 0, never "−0".
  const shown = decimals === 1 ? roundTenth(n) : Math.abs(n) < 0.005 ? 0 : n
  return format
    .formatToParts(shown)
    .map((part) => (part.type === 'minusSign' && part.value === '-' ? '\u2212' : part.value))
    .join('')
}

/**
 * A calendar day (`YYYY-MM-DD`) for people, in the UI language: short ("14 Nov", with the year when it is not
 * `today`'s year or `alwaysYear`) or `long` ("Sat, 14 Nov 2026"). The rules are `core/format-date.ts`'s.
 */
export function formatDate(
  day: string,
  options: { long?: boolean; today?: string; alwaysYear?: boolean } = {},
): string {
  const locale = bcp47(current().locale)
  return options.long
    ? formatDayLong(day, locale)
    : formatDay(day, locale, options.today ?? day, options.alwaysYear)
}

/** A calendar month (`YYYY-MM`) in the UI language: "November 2026", "novembro de 2026". */
export function formatMonthName(month: string): string {
  return formatMonth(month, bcp47(current().locale))
}

/** An hour of the local day (0–23) in the UI language: "9 AM", "09 Uhr". */
export function formatHourOfDay(hour: number): string {
  return formatHour(hour, bcp47(current().locale))
}

// The scripts written right to left among the languages a UI may have; the browser says it itself through
// `@@bidi_dir`, this is only for a source without predefined messages (tests).
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'])

/**
 * The UI language and its direction for a page's `<html lang dir>` and the inline badge's root: `@@ui_locale` as
 * a BCP 47 tag (`pt-BR`) and `@@bidi_dir` (`rtl` for Arabic), as the browser gives them to extension pages.
 */
export function uiLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const { getMessage, locale } = current()
  const lang = bcp47(getMessage('@@ui_locale') || locale)
  const said = getMessage('@@bidi_dir')
  const rtl = said ? said === 'rtl' : RTL_LANGUAGES.has(lang.split('-')[0]?.toLowerCase() ?? '')
  return { lang, dir: rtl ? 'rtl' : 'ltr' }
}

/** Sets `lang` and `dir` on the page's root element; each page calls it before it renders anything. */
export function markPageLanguage(doc: Document = document): void {
  const { lang, dir } = uiLanguage()
  doc.documentElement.lang = lang
  doc.documentElement.dir = dir
}

/** `getMessage` over a messages.json object, following the browsers' rules: `$NAME$` → its placeholder's content, then `$1`…`$9` → substitutions, `$$` → `$`. */
export function catalogSource(catalog: Catalog): GetMessage {
  return (key, substitutions = []) => {
    const entry = catalog[key]
    if (!entry) return ''
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    )
    const template = entry.message.replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
    )
    // One pass, so a substitution that itself contains "$1" is left as it is.
    return template.replace(/\$(\$|[1-9])/g, (_whole, what: string) =>
      what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
    )
  }
}
