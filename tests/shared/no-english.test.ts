/**
 * No words for people are assembled outside the i18n module: `src/core` and `src/background` hand over facts and
 * codes, and `src/shared`'s word modules turn them into sentences from the catalogue. This reads the source the
 * way a reviewer would: every string literal (quoted or template) that holds two words in a row is a sentence
 * in the making, unless it is an exception named below with its reason. A new English sentence in core or the
 * background fails here; the table under it shows the check catches each kind of literal.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const SCANNED = ['src/core', 'src/background']

/** Files whose words are read, never shown, with why. */
const READERS: Record<string, string> = {
  'src/core/page/': "the page reader: LinkedIn's own words in nine languages, to find the numbers by",
  'src/core/import-ssi-data.ts': "another tool's export: its Portuguese column names, to map them",
  'src/core/import-sheet-mapping.ts': 'spreadsheet headings the importer recognises',
  'src/core/snapshot.ts': "PILLAR_LABELS: LinkedIn's English pillar names, which the reader matches",
}

/**
 * English still assembled in core or the background, each a known gap with its reason. Empty: the validator's
 * problems, the background's refusals and the import's refused days are all codes with data now, worded by
 * `src/shared/*-words.ts`. A file added here must still hold English (the test below says so when it is gone).
 */
const KNOWN: Record<string, string> = {}

/** String literals of `source` that read as words: two runs of letters with a space between. */
function sentenceLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
  const found: string[] = []
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const literal = m[1] ?? m[2] ?? m[3] ?? ''
    // A programmer's error or a log line is for developers, in English like the code.
    const before = code.slice(Math.max(0, (m.index ?? 0) - 40), m.index)
    if (/(Error|console\.\w+)\(\s*$/.test(before)) continue
    // The product's name is a name in every language.
    if (literal === 'SSI Lens') continue
    if (/\p{L}{2,}[ \u00a0]+\p{L}{2,}/u.test(literal.replace(/\$\{[^}]*\}/g, ' '))) found.push(literal)
  }
  return found
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : []
  })

describe('no English assembled outside the i18n module', () => {
  const files = SCANNED.flatMap((dir) => walk(join(ROOT, dir))).map((f) => relative(ROOT, f))

  it.each(files.filter((f) => !Object.keys(READERS).some((r) => f.startsWith(r)) && !(f in KNOWN)))(
    '%s builds no sentence for people',
    (file) => {
      expect(sentenceLiterals(readFileSync(join(ROOT, file), 'utf8'))).toEqual([])
    },
  )

  it('has no known gaps left', () => {
    expect(KNOWN).toEqual({})
  })

  it('keeps the list of known gaps true: each still has English to move', () => {
    for (const file of Object.keys(KNOWN))
      expect(sentenceLiterals(readFileSync(join(ROOT, file), 'utf8')).length, file).toBeGreaterThan(0)
  })

  it.each<[string, string, string[]]>([
    ['a quoted sentence', "const a = 'your lowest pillar'", ['your lowest pillar']],
    [
      'a template with numbers in it',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template literal, on purpose.
      'const b = `${x} in the last ${d} days`',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal as found in that source.
      ['${x} in the last ${d} days'],
    ],
    ['a double-quoted phrase', 'const c = "since yesterday"', ['since yesterday']],
    [
      'not a key, an id or a code',
      "const k = ['adviceHead', 'insights-falling', 'not-saved', 'YYYY-MM-DD']",
      [],
    ],
    ['not an error for developers', "throw new Error('days must be a whole number')", []],
    // The sentences the background used to answer with, before its refusals became codes with data.
    [
      'a refusal thrown to the sender',
      "throw new Refusal('a person needs a name')",
      ['a person needs a name'],
    ],
    [
      'a refusal with its data in a template',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template literal, on purpose.
      'throw new Refusal(`day refused: ${fields.join(", ")}`)',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal as found in that source.
      ['day refused: ${fields.join(", ")}'],
    ],
    [
      'a reason a page shows as it is',
      "refused.push({ day, reason: 'the day is in the import twice' })",
      ['the day is in the import twice'],
    ],
    ['a validator sentence', "return 'the industry name is not text'", ['the industry name is not text']],
    ['not a comment', "// the pillar's name\n/* a block of words */ const x = 1", []],
  ])('finds %s', (_what, source, expected) => {
    expect(sentenceLiterals(source)).toEqual(expected)
  })
})
