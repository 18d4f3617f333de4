/** The options page's strings: `t()` over the shared i18n source, typed to the `options` keys. */
import { message, plural as pluralMessage } from '../shared/i18n.ts'

export { type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** Options keys carry the `options` prefix; `tests/options/i18n.test.ts` checks every key used here exists. */
export type OptionsKey = `options${string}`

export function t(key: OptionsKey, ...substitutions: Array<string | number>): string {
  return message(key, substitutions)
}

/** A message with plural forms: `<base>_one`, `<base>_few`, … by the UI language's rules; `$1` is the count. */
export function plural(base: OptionsKey, count: number, ...substitutions: Array<string | number>): string {
  return pluralMessage(base, count, substitutions)
}
