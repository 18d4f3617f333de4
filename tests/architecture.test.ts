/**
 * The layout's arrows point inward: content, background, popup and options may import core and shared; core imports
 * nothing of theirs and no browser API; the contexts never import each other. `ui` holds Preact components shared
 * by the extension pages: the pages may import it, it may import core, shared and preact, and content and the
 * background may not import it. This test fails the build otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = resolve(import.meta.dirname, '../src')
const CONTEXTS = ['content', 'background', 'popup', 'options', 'team', 'history'] as const
/** `ui`: Preact components shared by the extension pages (TEAM.md); the pages may import it, content and background not. */
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

function sources(dir = SRC): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    if (!/\.(ts|tsx)$/.test(entry.name)) return []
    return [{ path: relative(SRC, full), text: readFileSync(full, 'utf8') }]
  })
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
})
