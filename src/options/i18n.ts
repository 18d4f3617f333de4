/**
 * Every options-page string goes through `t()`, which asks the browser's i18n (`_locales/<lang>/messages.json`).
 * Tests swap the source for one that reads the messages JSON directly, with the browsers' substitution rules.
 */

/** Options keys carry the `options` prefix; `tests/options/i18n.test.ts` checks every key used here exists. */
export type OptionsKey = `options${string}`

/** Chrome's and Firefox's `i18n.getMessage` signature. */
export type GetMessage = (key: string, substitutions?: string[]) => string

interface Source {
  getMessage: GetMessage
  locale: string
}

function browserSource(): Source | null {
  // `chrome.i18n` exists in Chrome, Edge and Firefox extension pages alike and is synchronous; reading it directly
  // keeps this module importable in tests without the polyfill.
  const i18n = typeof chrome === 'undefined' ? undefined : chrome.i18n
  if (!i18n?.getMessage) return null
  return { getMessage: (key, subs) => i18n.getMessage(key, subs), locale: i18n.getUILanguage() }
}

let source: Source | null = null

/** Replaces where messages come from (tests). */
export function setMessageSource(getMessage: GetMessage, locale: string): void {
  source = { getMessage, locale }
}

function current(): Source {
  source ??= browserSource() ?? { getMessage: () => '', locale: 'en' }
  return source
}

/** The message `key` with its substitutions; a missing message shows its key, so a gap is visible, not blank. */
export function t(key: OptionsKey, ...substitutions: Array<string | number>): string {
  return current().getMessage(key, substitutions.map(String)) || key
}

/** The UI language, for `Intl` formatting of hours. */
export function uiLocale(): string {
  return current().locale
}
