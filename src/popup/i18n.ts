/**
 * Every popup string goes through `t()`, which asks the browser's i18n (`_locales/<lang>/messages.json`). Tests and
 * other pages without the extension API swap the source for one that reads the messages JSON directly
 * (`catalogSource`), with the same substitution rules as Chrome and Firefox.
 */

/** Popup keys carry the `popup` prefix; `tests/popup/i18n.test.ts` checks every key used here exists. */
export type MessageKey = `popup${string}`

/** Chrome's and Firefox's `i18n.getMessage` signature. */
export type GetMessage = (key: string, substitutions?: string[]) => string

interface Source {
  getMessage: GetMessage
  locale: string
}

/** The manifest's `__MSG_…__` format: a message and its named placeholders (whose content refers to $1…$9). */
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>

function browserSource(): Source | null {
  // `chrome.i18n` exists in Chrome, Edge and Firefox extension pages alike; this module must not pull in the
  // polyfill, so tests can import it without a browser.
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
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return current().getMessage(key, substitutions.map(String)) || key
}

/** The UI language the messages are in, for dates (`Intl`). */
export function uiLocale(): string {
  return current().locale
}

/** "1 day" / "12 days": the one plural the popup needs. */
export function dayCount(count: number): string {
  return count === 1 ? t('popupDaysOne') : t('popupDaysMany', count)
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
