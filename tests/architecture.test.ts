/**
 * The layout's arrows point inward: content, background, popup and options may import core and shared; core imports
 * nothing of theirs and no browser API; the contexts never import each other. `ui` holds Preact components shared
 * by the extension pages: the pages may import it, it may import core, shared and preact, and content and the
 * background may not import it. Around src/, the rooms: scripts/ (entry points and their modules in scripts/lib/)
 * and the build configuration import src/ and each other, never tests/; src/ imports neither tests/ nor
 * scripts/. Tests may import anything. This test fails the build otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')
/** Build configuration at the root, beside vite.config.ts: held to the scripts' rule. */
const BUILD_CONFIG = [
  'vite.config.ts',
  'vitest.config.ts',
  'vitest.e2e.config.ts',
  'firefox-manifest.ts',
  'popup-build.ts',
  'page-build.ts',
  'page-shell.ts',
]
const CONTEXTS = ['content', 'background', 'popup', 'options', 'team', 'history'] as const
/** `ui`: Preact components shared by the extension pages; the pages may import it, content and background not. */
type Area = 'core' | 'shared' | 'ui' | (typeof CONTEXTS)[number]

/** Packages each area may import; core may import none (it must run anywhere, including Node and tests). */
const PACKAGES: Record<Area, RegExp> = {
  core: /^$/,
  shared: /^webextension-polyfill$/,
  ui: /^preact(\/.*)?$/,
  content: /^webextension-polyfill$/,
  background: /^(webextension-polyfill|idb)$/,
  popup: /^(webextension-polyfill|preact(\/.*)?)$/,
  options: /^(webextension-polyfill|preact(\/.*)?)$/,
  team: /^(webextension-polyfill|preact(\/.*)?)$/,
  history: /^(webextension-polyfill|preact(\/.*)?)$/,
}

/** Browser globals core must not touch; a Document passed in as a parameter is fine. */
const CORE_GLOBALS =
  /\b(chrome|browser)\.[a-z]+\.|\b(window|document|navigator|localStorage|indexedDB|location)\s*[.[]/

interface SourceFile {
  path: string // relative to src/, e.g. core/day.ts
  text: string
}

function areaOf(path: string): Area | null {
  const top = path.split('/')[0]
  return top === 'core' ||
    top === 'shared' ||
    top === 'ui' ||
    (CONTEXTS as readonly string[]).includes(top ?? '')
    ? (top as Area)
    : null
}

function importsOf(text: string): string[] {
  const specifiers: string[] = []
  const pattern =
    /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm
  for (const m of text.matchAll(pattern)) specifiers.push((m[1] ?? m[2] ?? m[3]) as string)
  return specifiers
}

/** Every import that points the wrong way, as readable sentences. */
function violations(files: readonly SourceFile[]): string[] {
  const problems: string[] = []
  for (const file of files) {
    const from = areaOf(file.path)
    if (!from) continue
    for (const spec of importsOf(file.text)) {
      if (spec.startsWith('.')) {
        const target = relative('/src', resolve('/src', dirname(file.path), spec.split('?')[0] ?? spec))
        const to = areaOf(target)
        if (to === from || to === 'core') continue
        if (to === 'shared' && from !== 'core') continue
        if (
          to === 'ui' &&
          from !== 'core' &&
          from !== 'shared' &&
          from !== 'content' &&
          from !== 'background'
        )
          continue
        if (to === null && !target.startsWith('..')) continue
        problems.push(`${file.path} imports ${spec} (${from} → ${to ?? target})`)
      } else if (!PACKAGES[from].test(spec)) {
        problems.push(`${file.path} imports the package ${spec}, which ${from} may not use`)
      }
    }
    if (from === 'core') {
      const code = file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      const hit = CORE_GLOBALS.exec(code)
      if (hit) problems.push(`${file.path} uses the browser global ${hit[0].trim()} in core`)
    }
  }
  return problems
}

/** The top-level room a repository path is in: src, tests, scripts, or build (configuration at the root). */
function roomOf(path: string): 'src' | 'tests' | 'scripts' | 'build' | null {
  const top = path.split('/')[0] ?? ''
  if (top === 'src' || top === 'tests' || top === 'scripts') return top
  return BUILD_CONFIG.includes(path) ? 'build' : null
}

/** Test folders every test may import from: the shared helpers and the fixtures. */
const SHARED_TEST_FOLDERS = ['support', 'fixtures']

/** The folder under tests/ a file is in (`e2e`, `core`, `support`…), or null for a file directly in tests/. */
function testFolderOf(path: string): string | null {
  const [top, folder, ...rest] = path.split('/')
  return top === 'tests' && folder && rest.length > 0 ? folder : null
}

/**
 * Imports between the repository's rooms that point the wrong way (paths relative to the repository root):
 * scripts and build configuration never import tests; src imports neither tests nor scripts; a test folder imports
 * no other test folder's files, only tests/support and tests/fixtures.
 */
function roomViolations(files: readonly SourceFile[]): string[] {
  const forbidden: Record<string, readonly string[]> = {
    src: ['tests', 'scripts'],
    scripts: ['tests'],
    build: ['tests'],
  }
  const problems: string[] = []
  for (const file of files) {
    const from = roomOf(file.path)
    if (!from) continue
    for (const spec of importsOf(file.text)) {
      if (!spec.startsWith('.')) continue
      const target = relative('/', resolve('/', dirname(file.path), spec.split('?')[0] ?? spec))
      const to = roomOf(target)
      if (to && forbidden[from]?.includes(to)) problems.push(`${file.path} imports ${spec} (${from} → ${to})`)
      const [fromFolder, toFolder] = [testFolderOf(file.path), testFolderOf(target)]
      if (fromFolder && toFolder && fromFolder !== toFolder && !SHARED_TEST_FOLDERS.includes(toFolder))
        problems.push(
          `${file.path} imports ${spec} (tests/${fromFolder} → tests/${toFolder}: share it in tests/support)`,
        )
    }
  }
  return problems
}

function sources(dir = SRC, base = SRC): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return sources(full, base)
    if (!/\.(ts|tsx|mts|mjs)$/.test(entry.name)) return []
    return [{ path: relative(base, full), text: readFileSync(full, 'utf8') }]
  })
}

/** Every source file of src/, scripts/, tests/ and the build configuration, by path from the repository root. */
function roomSources(): SourceFile[] {
  const config = BUILD_CONFIG.map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }))
  const tests = sources(join(ROOT, 'tests'), ROOT).filter((f) => !f.path.startsWith('tests/fixtures/'))
  return [...sources(SRC, ROOT), ...sources(join(ROOT, 'scripts'), ROOT), ...config, ...tests]
}

/**
 * The background is the only IndexedDB writer. Outside it, only the popup's read-only reader may touch IndexedDB
 * at all, and it may not open a write transaction, write a store or create one.
 */
const IDB_USE = /\bindexedDB\b|\bIDBFactory\b|\bIDBDatabase\b/
const IDB_WRITE =
  /['"]readwrite['"]|\.(put|add|delete|clear|createObjectStore|deleteObjectStore|createIndex)\(/
const IDB_READERS = ['popup/stored-overview.ts']

function databaseWriters(files: readonly SourceFile[]): string[] {
  const problems: string[] = []
  for (const file of files) {
    if (areaOf(file.path) === 'background' || !IDB_USE.test(file.text)) continue
    const code = file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    if (!IDB_READERS.includes(file.path)) problems.push(`${file.path} uses IndexedDB outside the background`)
    else if (IDB_WRITE.test(code))
      problems.push(`${file.path} writes IndexedDB: ${IDB_WRITE.exec(code)?.[0]}`)
  }
  return problems
}

describe('architecture', () => {
  it('keeps every import pointing inward in src/', () => {
    expect(violations(sources())).toEqual([])
  })

  it.each([
    ['core importing a context', 'core/a.ts', "import { x } from '../popup/App.tsx'"],
    ['core importing idb', 'core/a.ts', "import { openDB } from 'idb'"],
    ['core importing preact', 'core/a.ts', "import { h } from 'preact'"],
    ['core calling a browser API', 'core/a.ts', 'const x = chrome.storage.local'],
    ['core reading the document global', 'core/a.ts', 'const t = document.title'],
    ['the popup importing the background', 'popup/a.tsx', "import { db } from '../background/db.ts'"],
    ['content importing options', 'content/a.ts', "export { y } from '../options/y.ts'"],
    ['background importing the content script', 'background/a.ts', "import '../content/index.ts'"],
    ['background importing preact', 'background/a.ts', "import { render } from 'preact'"],
    ['shared importing a context', 'shared/a.ts', "import type { X } from '../background/x.ts'"],
    ['a dynamic import across contexts', 'popup/a.ts', "const m = await import('../content/badge.ts')"],
    ['the background importing a ui component', 'background/a.ts', "import { X } from '../ui/X.tsx'"],
    ['ui importing a page', 'ui/a.tsx', "import { t } from '../popup/i18n.ts'"],
    ['the team page importing the popup', 'team/a.tsx', "import { App } from '../popup/App.tsx'"],
    ['content importing ui', 'content/a.ts', "import { TrendChart } from '../ui/TrendChart.tsx'"],
    ['core importing ui', 'core/a.ts', "import { x } from '../ui/x.ts'"],
    ['ui importing idb', 'ui/a.ts', "import { openDB } from 'idb'"],
  ])('flags %s', (_what, path, text) => {
    expect(violations([{ path, text }])).toHaveLength(1)
  })

  it.each([
    ['core importing core', 'core/page/a.ts', "import { dayKey } from '../day.ts'"],
    [
      'a context importing core and shared',
      'popup/a.tsx',
      "import { x } from '../core/x.ts'\nimport { y } from '../shared/y.ts'",
    ],
    [
      'core taking a Document as a parameter',
      'core/a.ts',
      'export function f(doc: Document) { return doc.title }',
    ],
    [
      'a comment that mentions chrome.storage.local',
      'core/a.ts',
      '// unlike chrome.storage.local, this is pure',
    ],
    ['the background importing idb', 'background/db.ts', "import { openDB } from 'idb'"],
    ['a page importing a ui component', 'options/a.tsx', "import { X } from '../ui/X.tsx'"],
    ['the team page importing ui', 'team/a.tsx', "import { saveText } from '../ui/save-text.ts'"],
    ['a page importing ui', 'popup/a.tsx', "import { TrendChart } from '../ui/TrendChart.tsx'"],
    [
      'ui importing core, shared and preact',
      'ui/a.tsx',
      "import { x } from '../core/x.ts'\nimport { y } from '../shared/y.ts'\nimport { h } from 'preact'",
    ],
  ])('allows %s', (_what, path, text) => {
    expect(violations([{ path, text }])).toEqual([])
  })

  describe('IndexedDB', () => {
    it("is written by the background only, and read outside it only by the popup's read-only reader", () => {
      expect(databaseWriters(sources())).toEqual([])
    })

    it.each([
      ['the options page opening the database', 'options/a.ts', "indexedDB.open('ssi-lens')"],
      [
        "the popup's reader opening a write transaction",
        'popup/stored-overview.ts',
        "const db: IDBDatabase = x\ndb.transaction(['months'], 'readwrite')",
      ],
      [
        "the popup's reader creating a store",
        'popup/stored-overview.ts',
        "(db as IDBDatabase).createObjectStore('x')",
      ],
      [
        "the popup's reader putting a record",
        'popup/stored-overview.ts',
        'const f: IDBFactory = x\nstore.put(bucket)',
      ],
    ])('flags %s', (_what, path, text) => {
      expect(databaseWriters([{ path, text }])).toHaveLength(1)
    })
  })

  describe('rooms', () => {
    it('keeps scripts and build configuration out of tests, src out of both, test folders out of each other', () => {
      expect(roomViolations(roomSources())).toEqual([])
    })

    it.each([
      ['a script importing the e2e tests', 'scripts/demo.ts', "import { x } from '../tests/e2e/x.ts'"],
      [
        'a script module importing a test helper',
        'scripts/lib/a.ts',
        "import { y } from '../../tests/support/y.ts'",
      ],
      ['an .mjs entry point importing tests', 'scripts/a.mjs', "const m = await import('../tests/x.ts')"],
      ['the build configuration importing tests', 'vite.config.ts', "import { z } from './tests/z.ts'"],
      [
        'src importing a test helper',
        'src/core/a.ts',
        "import { day } from '../../tests/support/records.ts'",
      ],
      ['src importing a script', 'src/popup/a.ts', "import { x } from '../../scripts/lib/x.ts'"],
      [
        'a test folder importing another',
        'tests/core/a.test.ts',
        "import { day } from '../background/days.ts'",
      ],
      [
        'a shared helper importing a test folder',
        'tests/support/a.ts',
        "import { x } from '../e2e/pages.ts'",
      ],
    ])('flags %s', (_what, path, text) => {
      expect(roomViolations([{ path, text }])).toHaveLength(1)
    })

    it.each([
      [
        'a script importing src and its own modules',
        'scripts/demo.ts',
        "import { x } from '../src/core/x.ts'\nimport { y } from './lib/y.ts'",
      ],
      [
        'the build configuration importing its helper',
        'vite.config.ts',
        "import { f } from './firefox-manifest.ts'",
      ],
      [
        'a test importing a script module',
        'tests/e2e/a.test.ts',
        "import { h } from '../../scripts/lib/harness.ts'",
      ],
      [
        'a test importing shared helpers and fixtures',
        'tests/core/a.test.ts',
        "import { day } from '../support/records.ts'\nimport { v1 } from '../fixtures/db-v1/v1-database.ts'",
      ],
      [
        'a test importing its own folder',
        'tests/core/page/a.test.ts',
        "import { m } from './modern-page.ts'",
      ],
    ])('allows %s', (_what, path, text) => {
      expect(roomViolations([{ path, text }])).toEqual([])
    })
  })

  describe('the reader split', () => {
    /** The reader's rules, which run in the background: the content script only collects the page's facts. */
    const RULES =
      /^core\/(?:page\/(?:parse-facts|parse-page|read-dom|read-json|read-text|labels|numbers|cross-check)|validate)\.ts$/

    /** Each rule module the content script's files reach through their imports, with the file that imports it. */
    function splitViolations(files: readonly SourceFile[]): string[] {
      const byPath = new Map(files.map((f) => [f.path, f]))
      const problems: string[] = []
      const seen = new Set<string>()
      const walk = (path: string, from: string) => {
        if (seen.has(path)) return
        seen.add(path)
        if (RULES.test(path)) return void problems.push(`${from} brings ${path} into the content script`)
        // Type-only imports bring no code into a bundle.
        const text = (byPath.get(path)?.text ?? '').replace(
          /^(?:import|export) type\b[^'"]*from\s+['"][^'"]+['"]/gm,
          '',
        )
        for (const spec of importsOf(text))
          if (spec.startsWith('.'))
            walk(relative('/src', resolve('/src', dirname(path), spec.split('?')[0] ?? spec)), path)
      }
      for (const f of files) if (f.path.startsWith('content/')) walk(f.path, f.path)
      return problems
    }

    it("keeps the reader's rules out of the content script, which only collects the page's facts", () => {
      expect(splitViolations(sources())).toEqual([])
    })

    it('flags a content module that reaches the parser through core', () => {
      const files = [
        { path: 'content/a.ts', text: "import { collect } from '../core/page/collect.ts'" },
        { path: 'core/page/collect.ts', text: "import { parseLocaleNumber } from './numbers.ts'" },
      ]
      expect(splitViolations(files)).toEqual([
        'core/page/collect.ts brings core/page/numbers.ts into the content script',
      ])
    })
  })

  describe('one SSI address', () => {
    const ADDRESS_FILE = 'core/page/address.ts'
    /** A string literal that spells LinkedIn's address or the SSI page's path. */
    const SPELLED = /['"`](?:https:\/\/(?:www\.)?linkedin\.com|\/sales\/ssi\b)/

    /** The code without its comments (which may name the page, as this one does: `/sales/ssi`). */
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '')

    function addressViolations(files: SourceFile[]): string[] {
      return files.filter((f) => f.path !== ADDRESS_FILE && SPELLED.test(code(f.text))).map((f) => f.path)
    }

    it(`writes the address only in src/${ADDRESS_FILE}`, () => {
      expect(addressViolations(sources())).toEqual([])
    })

    // Match patterns are case-sensitive and LinkedIn serves the SSI page in any capitals (`/sales/SSI`): the reader's
    // entry lists each spelling of the page's last segment, lower case first, so that the watcher, which reads no
    // address at load, never has to ask for the reader on a page load.
    const everyCapitals = (url: string): string[] => {
      const cut = url.lastIndexOf('/') + 1
      const spellings = [...url.slice(cut)].reduce<string[]>(
        (heads, c) => heads.flatMap((head) => [head + c, head + c.toUpperCase()]),
        [''],
      )
      return spellings.map((last) => url.slice(0, cut) + last)
    }

    it("matches the manifest's content scripts to it: the reader on the SSI page, the watcher on Sales Navigator", async () => {
      const { LINKEDIN_ORIGIN, SALES_PATH, SSI_PAGE_URL } = await import('../src/core/page/address.ts')
      const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'))
      expect(
        manifest.content_scripts.map((c: { matches: string[]; js: string[] }) => [c.matches, c.js]),
      ).toEqual([
        [everyCapitals(SSI_PAGE_URL).map((url) => `${url}*`), ['src/content/reader.ts']],
        [[`${LINKEDIN_ORIGIN}${SALES_PATH}*`], ['src/content/index.ts']],
      ])
    })

    it.each([
      ['a link to the page', 'popup/a.tsx', "const url = 'https://www.linkedin.com/sales/ssi'"],
      ['the path alone', 'core/a.ts', 'const SSI = `/sales/ssi`'],
    ])('flags %s', (_what, path, text) => {
      expect(addressViolations([{ path, text }])).toEqual([path])
    })

    it.each([
      ['a line comment', '// runs on https://www.linkedin.com/sales/*'],
      ['a doc comment', '/** True for `https://www.linkedin.com/sales/ssi`. */'],
    ])('allows %s that names the page', (_what, text) => {
      expect(addressViolations([{ path: 'content/a.ts', text }])).toEqual([])
    })
  })

  describe('documents', () => {
    // The project's working notes live outside the repository; a comment that cites one sends a newcomer nowhere.
    const OUTSIDE = new RegExp(
      `\\b(?:${['ssi-page', 'PRODUCT', 'STYLE', 'TOOLCHAIN', 'TEAM', 'COMMON'].join('|')})\\.md\\b`,
    )
    const FOLDERS = ['src', 'tests', 'scripts', '_locales']
    const TEXT = /\.(?:ts|tsx|mjs|css|html|json|md)$/

    function textFiles(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return textFiles(path)
        return TEXT.test(entry.name) ? [path] : []
      })
    }

    it('cites no document outside the repository', () => {
      const files = [
        ...FOLDERS.flatMap((folder) => textFiles(join(ROOT, folder))),
        ...['README.md', 'STORE.md', 'CHANGELOG.md', ...BUILD_CONFIG].map((name) => join(ROOT, name)),
      ]
      const citing = files.filter((file) => OUTSIDE.test(readFileSync(file, 'utf8')))
      expect(citing.map((file) => relative(ROOT, file))).toEqual([])
    })

    it('flags a citation of one', () => {
      expect(OUTSIDE.test(`LinkedIn writes it so (${['ssi-page', 'md'].join('.')} §4.1)`)).toBe(true)
      expect(OUTSIDE.test('see STORE.md and README.md')).toBe(false)
    })
  })
})
