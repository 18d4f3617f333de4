/**
 * `i18n.getMessage` over the real `_locales/en/messages.json`, for tests that run without a browser: the same
 * `catalogSource` the pages' tests use, so the substitution rules are the shipped code's, not a copy of them.
 */
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { type Catalog, catalogSource } from '../../src/shared/i18n.ts'

const english = catalogSource(messages as Catalog)

/** Chrome's getMessage signature: one substitution may be passed as a plain string. */
export function englishMessage(key: string, substitutions: string | string[] = []): string {
  return english(key, typeof substitutions === 'string' ? [substitutions] : substitutions)
}
