/**
 * Where extension-page strings come from: the browser's i18n (`_locales/<lang>/messages.json`). Tests swap the
 * source for `catalogSource(messagesJson)`, which applies the same substitution rules as Chrome and Firefox, so
 * pages render real text without a browser. Each page types its own key prefix on top (`popup/i18n.ts`,
 * `options/i18n.ts`) so a test can check every key a page uses exists.
 */

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

/** The UI language the messages are in, for dates and hours (`Intl`). */
export function uiLocale(): string {
  return current().locale
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
