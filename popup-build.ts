/**
 * The popup as two modules (the kept view, then the popup) with its CSS inline, built on its own after the
 * extension's build.
 *
 * In the extension's build the popup would share chunks with the background and the other pages: it then loaded
 * nine chunks through a chain of modulepreloads, and with them code only the others run (the
 * protocol's guards, the CSV reader's helpers). Built alone, it holds exactly what it runs, in one file that
 * compresses better than nine, and the things behind a click stay chunks of their own. Its stylesheet is small
 * and all of it is needed for the first paint, so it goes into the HTML (extension pages' CSP restricts scripts,
 * not styles) and the first paint waits for no second request.
 *
 * The options, History and Team pages are built alone after it, one module each (page-build.ts). Afterwards any JS
 * or CSS file in assets/ that no page, worker or content script reaches any more (the shared build's chunks of
 * those pages) is removed, so the package carries no dead copy.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { Plugin } from 'vite'
import { buildPageAlone, type ChunkGroups, STANDALONE_PAGES } from './page-build.ts'

const POPUP_HTML = 'src/popup/index.html'

/** Every file a built JS file imports, statically or dynamically, as paths inside `dist`. */
function reachable(dist: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry) || !existsSync(join(dist, entry))) return
  seen.add(entry)
  if (!entry.endsWith('.js')) return
  const code = readFileSync(join(dist, entry), 'utf8')
  for (const m of code.matchAll(/["'`]([^"'`\s]+\.(?:js|css))["'`]/g)) {
    // './x.js' is relative to the importing file; Vite names a lazy chunk's dependencies from the root.
    const spec = m[1] as string
    const relative = /^\.\.?\//.test(spec)
    reachable(
      dist,
      relative ? posix.normalize(posix.join(posix.dirname(entry), spec)) : spec.replace(/^\//, ''),
      seen,
    )
  }
}

/** The files an HTML page of `dist` references (scripts, preloads, stylesheets), and what they import. */
function fromHtml(dist: string, page: string, seen: Set<string>): void {
  seen.add(page)
  const html = readFileSync(join(dist, page), 'utf8')
  for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const ref = m[1] as string
    reachable(dist, ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(page), ref), seen)
  }
}

/** Removes JS and CSS files under assets/ that nothing in the manifest reaches. */
function pruneUnreached(dist: string): void {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'))
  const seen = new Set<string>()
  const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0]
  if (worker) reachable(dist, worker, seen)
  const loader = worker && readFileSync(join(dist, worker), 'utf8')
  for (const m of loader?.matchAll(/["'](?:\.?\/)?([^"'\s]+\.js)["']/g) ?? [])
    reachable(dist, m[1] as string, seen)
  for (const script of manifest.content_scripts ?? [])
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) reachable(dist, file, seen)
  const pages = readdirSync(join(dist, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => posix.join('src', f.split('\\').join('/')))
  for (const page of pages) fromHtml(dist, page, seen)
  for (const file of readdirSync(join(dist, 'assets')))
    if (/\.(?:js|css)$/.test(file) && !seen.has(`assets/${file}`)) rmSync(join(dist, 'assets', file))
}

/**
 * Two modules to open, each one file: the first module (opening.ts, which draws the view kept from the last open)
 * with every module it reaches through static imports, and the popup itself (main.tsx, which the first module
 * imports) with every module it reaches so. Rolldown would otherwise put what a module shares with a lazy chunk,
 * Preact above all, in a further chunk that has to be fetched before the popup can run. What only a later dynamic
 * import reaches (the chart's table rows, an import's decoder and result) stays in chunks of its own.
 */
function openingModules(): Plugin & { chunks: ChunkGroups } {
  const opening = new Set<string>()
  const app = new Set<string>()
  return {
    name: 'ssi-lens-opening-modules',
    buildEnd() {
      const walk = (id: string, into: Set<string>) => {
        if (opening.has(id) || into.has(id)) return
        into.add(id)
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) walk(next, into)
      }
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      for (const id of entries) walk(id, opening)
      for (const id of [...opening])
        for (const popup of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) walk(popup, app)
    },
    // Stylesheets too, wherever they are imported: a lazy chunk's few rules ride in the page's inline style, so
    // no lazy chunk brings a stylesheet to load (see plainDynamicImport).
    chunks: {
      groups: [
        { name: 'popup', test: (id) => opening.has(id) || /\.css(?:\?|$)/.test(id) },
        { name: 'app', test: (id) => app.has(id) },
      ],
    },
  }
}

/**
 * Vite wraps each dynamic import in `__vitePreload`, a 3.4 kB helper that preloads the lazy chunk's imports and
 * stylesheets. The popup's lazy chunks import only the two opening modules, which have run, and bring no
 * stylesheet of their own (their CSS is in the first module's, inline in the HTML), so the wrapper has nothing to
 * do: it is replaced by a plain call. Vite still names the inline stylesheet in the second module's dependency
 * list (`__vite__mapDeps`), which the plain call ignores; if a lazy chunk ever brings a stylesheet the HTML does not
 * inline, the build stops here instead of shipping a chunk whose styles never load.
 */
const plainDynamicImport: Plugin = {
  name: 'ssi-lens-plain-dynamic-import',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('vite/preload-helper.js') ? '\0ssi-lens-preload' : null),
  load: (id) => (id === '\0ssi-lens-preload' ? 'export const __vitePreload = (load) => load()' : null),
  // After Vite's own generateBundle, which writes the dependency lists.
  writeBundle(_, bundle) {
    const page = Object.values(bundle).find((file) => file.fileName === POPUP_HTML)
    const html = page?.type === 'asset' ? String(page.source) : ''
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue
      const deps = /__vite__mapDeps=.*?\[([^\]]*)\]/.exec(file.code)?.[1]
      if (deps === undefined) continue
      const named = [...deps.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1] as string)
      const own = named.filter((dep) => !(dep.endsWith('.css') && html.includes(`/${dep}"`)))
      if (own.length > 0)
        this.error(
          `${file.fileName}: a lazy popup chunk has dependencies to preload (${own}); see plainDynamicImport`,
        )
    }
  },
}

/**
 * The plugin: after the extension's bundle is written, the popup is built alone into the same directory, and so
 * are the options, History and Team pages (page-build.ts).
 */
export function standaloneBuilds(outDir: string): Plugin {
  let root = ''
  return {
    name: 'ssi-lens-standalone-builds',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    async closeBundle() {
      const dist = join(root, outDir)
      const entryModule = openingModules()
      await buildPageAlone(root, dist, 'popup', POPUP_HTML, {
        plugins: [plainDynamicImport, entryModule],
        chunks: entryModule.chunks,
      })
      // The options, History and Team pages too, one module each; then what none of them reaches goes.
      for (const [name, html] of Object.entries(STANDALONE_PAGES))
        await buildPageAlone(root, dist, name, html)
      pruneUnreached(dist)
    },
  }
}
