/** The popup's strings: `t()` over the shared i18n source, typed to the `popup` keys. */
import { message } from '../shared/i18n.ts'

export { type Catalog, catalogSource, type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** Popup keys carry the `popup` prefix; `tests/popup/i18n.test.ts` checks every key used here exists. */
export type MessageKey = `popup${string}`

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return message(key, substitutions)
}

/** "1 day" / "12 days": the one plural the popup needs. */
export function dayCount(count: number): string {
  return count === 1 ? t('popupDaysOne') : t('popupDaysMany', count)
}
