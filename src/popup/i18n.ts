/** The popup's strings: `t()` over the shared i18n source, typed to the `popup` keys. */
import { pageWords } from '../shared/i18n.ts'

export { type Catalog, catalogSource, type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** Popup keys carry the `popup` prefix; `tests/popup/i18n.test.ts` checks every key used here exists. */
export type MessageKey = `popup${string}`

export const { t, plural } = pageWords<MessageKey>()

/** "1 day" / "12 days": the one plural the popup needs. */
export function dayCount(count: number): string {
  return plural('popupDays', count)
}
