/** The options page's strings: `t()` over the shared i18n source, typed to the `options` keys. */
import { pageWords } from '../shared/i18n.ts'

export { type GetMessage, setMessageSource, uiLocale } from '../shared/i18n.ts'

/** Options keys carry the `options` prefix; `tests/options/i18n.test.ts` checks every key used here exists. */
export type OptionsKey = `options${string}`

export const { t, plural } = pageWords<OptionsKey>()
