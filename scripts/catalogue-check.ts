/**
 * What every catalogue under `_locales/` must be, checked against `en` (the default locale): the same keys, the
 * plural forms its language needs, the same placeholders, no empty message, and store texts within the stores'
 * limits. `tests/shared/catalogue.test.ts` runs it for every locale; `npm run --silent catalogue` prints the
 * same problems for translators while they work. Plain data in, plain sentences out: no file access here.
 */

export type Messages = Record<
  string,
  {
    message: string
    description?: string
    placeholders?: Record<string, { content: string; example?: string }>
  }
>

/** The CLDR categories, in the order translators list them. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/

/** The count a plural message is given as `$1`; a form may leave it out only where its category is one number. */
export const COUNT_PLACEHOLDER = 'count'

/**
 * The stores' limits on the manifest's texts: Chrome Web Store and Edge Add-ons take at most 132 characters of
 * description and 75 of name; addons.mozilla.org takes at most 50 of name. The strictest of each applies.
 */
export const STORE_LIMITS: Readonly<Record<string, number>> = {
  extName: 50,
  extShortName: 12,
  extDescription: 132,
}

/** `pt_BR` (a `_locales` folder) → `pt-BR` (what `Intl` takes). */
export function localeTag(folder: string): string {
  return folder.replace(/_/g, '-')
}

/** The plural categories `Intl.PluralRules` gives a locale: `one other` for German, six for Arabic. */
export function pluralCategories(tag: string): string[] {
  const listed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[]
  return PLURAL_CATEGORIES.filter((c) => listed.includes(c))
}

/** The plural bases of `en`: `popupDays` for `popupDays_one` + `popupDays_other`. */
export function pluralBases(en: Messages): Set<string> {
  const bases = new Set<string>()
  for (const key of Object.keys(en)) {
    const m = PLURAL_KEY.exec(key)
    if (m && Object.hasOwn(en, `${m[1]}_other`)) bases.add(m[1] as string)
  }
  return bases
}

/** Whether a category holds exactly one whole number in this language (English `one` is 1; French `one` is 0 and 1). */
function singleNumber(tag: string, category: string): boolean {
  const rules = new Intl.PluralRules(tag)
  let found = 0
  for (const n of [...Array(1001).keys(), 1_000_000]) if (rules.select(n) === category) found++
  return found === 1
}

const named = (text: string): Set<string> =>
  new Set([...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()))
const direct = (text: string): Set<string> =>
  new Set(
    [...text.replace(/\$\$/g, '').matchAll(/\$([1-9])(?![A-Za-z0-9_@]*\$)/g)].map((m) => m[1] as string),
  )
const declared = (entry: Messages[string]): Map<string, string> =>
  new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]))
const list = (items: Iterable<string>): string => [...items].sort().join(', ') || 'none'
const same = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x))

/** The problems of `messages` (the catalogue in `_locales/<folder>/`) against `en`; none means it is good. */
export function catalogueProblems(folder: string, messages: Messages, en: Messages): string[] {
  const problems: string[] = []
  const tag = localeTag(folder)
  if (Intl.PluralRules.supportedLocalesOf(tag).length === 0) return [`${folder}: not a language Intl knows`]
  const categories = pluralCategories(tag)
  const bases = pluralBases(en)

  const seen = new Map<string, string>()
  for (const key of Object.keys(messages)) {
    // Browsers look keys up without regard to case, so two keys differing only in case are one.
    const folded = key.toLowerCase()
    if (seen.has(folded)) problems.push(`${key}: the same key as ${seen.get(folded)} (keys ignore case)`)
    seen.set(folded, key)
    if (!/^[A-Za-z0-9_@]+$/.test(key)) problems.push(`${key}: a key may hold only A–Z, a–z, 0–9, _ and @`)
  }

  /** The `en` message a key of this catalogue translates (a plural form: `en`'s `_other`), and its category. */
  const reference = (key: string): { entry: Messages[string]; category: string | null } | null => {
    const m = PLURAL_KEY.exec(key)
    const base = m && bases.has(m[1] as string) ? (m[1] as string) : null
    const entry = base === null ? en[key] : en[`${base}_other`]
    return entry ? { entry, category: base === null ? null : (m?.[2] as string) } : null
  }

  for (const key of Object.keys(en)) {
    const m = PLURAL_KEY.exec(key)
    if (m && bases.has(m[1] as string)) continue
    if (!Object.hasOwn(messages, key)) problems.push(`${key}: missing`)
  }
  for (const base of bases) {
    const forms: string[] = PLURAL_CATEGORIES.filter((c) => Object.hasOwn(messages, `${base}_${c}`))
    const missing = categories.filter((c) => !forms.includes(c))
    const extra = forms.filter((c) => !categories.includes(c))
    if (missing.length > 0)
      problems.push(
        `${base}: missing the plural form${missing.length > 1 ? 's' : ''} ${missing.map((c) => `_${c}`).join(' ')} (${tag} has ${categories.join(' ')})`,
      )
    if (extra.length > 0)
      problems.push(
        `${base}: ${extra.map((c) => `_${c}`).join(' ')} is not a plural form of ${tag} (${tag} has ${categories.join(' ')})`,
      )
  }

  for (const [key, entry] of Object.entries(messages)) {
    const ref = reference(key)
    if (!ref) {
      problems.push(`${key}: not in en (a key left over after a rename?)`)
      continue
    }
    if (typeof entry.message !== 'string' || entry.message.trim() === '') {
      problems.push(`${key}: empty`)
      continue
    }
    const want = declared(ref.entry)
    const have = declared(entry)
    if (want.size !== have.size || [...want].some(([name, content]) => have.get(name) !== content))
      problems.push(
        `${key}: placeholders ${list([...have].map(([n, c]) => `${n}=${c}`))}, en has ${list([...want].map(([n, c]) => `${n}=${c}`))}`,
      )
    const used = named(entry.message)
    const undeclared = [...used].filter((n) => !have.has(n))
    if (undeclared.length > 0)
      problems.push(
        `${key}: uses ${list(undeclared.map((n) => `$${n.toUpperCase()}$`))} without declaring it`,
      )
    const wantUsed = named(ref.entry.message)
    if (ref.category === null) {
      if (!same(used, wantUsed))
        problems.push(
          `${key}: uses ${list([...used].map((n) => `$${n.toUpperCase()}$`))}, en uses ${list([...wantUsed].map((n) => `$${n.toUpperCase()}$`))}`,
        )
    } else {
      if (folder === 'en' && want.get(COUNT_PLACEHOLDER) !== '$1')
        problems.push(`${key}: a plural message declares its count as "count": { "content": "$1" }`)
      const needed = new Set([...wantUsed].filter((n) => n !== COUNT_PLACEHOLDER))
      if (!singleNumber(tag, ref.category)) needed.add(COUNT_PLACEHOLDER)
      const lacking = [...needed].filter((n) => !used.has(n))
      if (lacking.length > 0)
        problems.push(
          `${key}: must use ${list(lacking.map((n) => `$${n.toUpperCase()}$`))}${lacking.includes(COUNT_PLACEHOLDER) ? ` (in ${tag} the form _${ref.category} is used for more than one number)` : ''}`,
        )
      const foreign = [...used].filter((n) => !wantUsed.has(n) && n !== COUNT_PLACEHOLDER)
      if (foreign.length > 0)
        problems.push(`${key}: uses ${list(foreign.map((n) => `$${n.toUpperCase()}$`))}, which en does not`)
    }
    if (!same(direct(entry.message), direct(ref.entry.message)))
      problems.push(
        `${key}: uses ${list([...direct(entry.message)].map((n) => `$${n}`))} directly, en uses ${list([...direct(ref.entry.message)].map((n) => `$${n}`))}`,
      )
  }

  for (const [key, limit] of Object.entries(STORE_LIMITS)) {
    const text = messages[key]?.message
    if (text !== undefined && [...text].length > limit)
      problems.push(`${key}: ${[...text].length} characters, the stores take at most ${limit}`)
  }
  return problems
}
