/** `i18n.getMessage` over the real `_locales/en/messages.json`, for tests that run without a browser. */
import messages from '../../_locales/en/messages.json' with { type: 'json' }

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>

/** Chrome's getMessage rules: `$NAME$` → its placeholder's content, then `$1`…`$9`, `$$` → `$`. */
export function englishMessage(key: string, substitutions: string | string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions
  const entry = (messages as Catalog)[key]
  if (!entry) return ''
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  )
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole)
    .replace(/\$(\$|[1-9])/g, (_w, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')))
}
