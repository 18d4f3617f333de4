/** The popup's strings: `t()` over the shared i18n source, typed to the `popup` keys. */
import { message, plural as pluralMessage } from '../shared/i18n.ts'

export { type Catalog, catalogSource, type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** Popup keys carry the `popup` prefix; `tests/popup/i18n.test.ts` checks every key used here exists. */
export type MessageKey = `popup${string}`

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return message(key, substitutions)
}

/** A message with plural forms: `<base>_one`, `<base>_few`, … by the UI language's rules; `$1` is the count. */
export function plural(base: MessageKey, count: number, ...substitutions: Array<string | number>): string {
  return pluralMessage(base, count, substitutions)
}

/** "1 day" / "12 days": the one plural the popup needs. */
export function dayCount(count: number): string {
  return plural('popupDays', count)
}
