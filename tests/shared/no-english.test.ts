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
 * English still assembled in core, each a known gap: the validator's problem text is the technical reason behind
 * "Details" (the main text comes from its code through csv-words/failure-words), as the page reader's reasons are.
 */
const KNOWN: Record<string, string> = {
  'src/core/validate.ts': 'problemText: the technical detail of a refused day, behind a Details disclosure',
  // The protocol's error replies are English technical reasons; a few still reach people as they are (#16, open).
  'src/background/handlers.ts':
    "error replies ('day refused: …', 'a person needs a name'), some shown by the Team page",
  'src/background/imported-days.ts':
    "refusal reasons ('the day is in the future'), shown in the import preview",
  'src/background/listener.ts':
    'the refusal of a message from a wrong sender (a technical reply, never shown)',
}

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
    ['not a comment', "// the pillar's name\n/* a block of words */ const x = 1", []],
  ])('finds %s', (_what, source, expected) => {
    expect(sentenceLiterals(source)).toEqual(expected)
  })
})
