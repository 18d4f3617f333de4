/**
 * The options, History and Team pages, each built on its own after the extension's build: one module with
 * everything the page runs, its CSS inline in the HTML.
 *
 * In the extension's build they shared chunks with each other and the background: History opened with its module,
 * sixteen modulepreloads and two stylesheets, Team with seventeen and three, options with five and one, and an
 * extension page pays for each request once its document is parsed. None of them has anything behind a click that
 * is worth a chunk of its own (they import nothing dynamically), so each is one file, which also compresses better
 * than twenty. Like the popup's
 * (popup-build.ts), the build that replaced them leaves the old chunks unreached, and the popup's build removes
 * what nothing reaches after all of them.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { pageShell } from './page-shell.ts'

/** The pages built alone, by the name their files carry in assets/. */
export const STANDALONE_PAGES = {
  options: 'src/options/index.html',
  history: 'src/history/index.html',
  team: 'src/team/index.html',
} as const

/** Puts every stylesheet `page` (a path inside `dist`) links into a `<style>` element and deletes the file. */
export function inlineCss(dist: string, page: string): void {
  const path = join(dist, page)
  const html = readFileSync(path, 'utf8').replace(
    /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)">/g,
    (_, href: string) => {
      const file = join(dist, href.replace(/^\//, ''))
      const css = readFileSync(file, 'utf8').trim()
      rmSync(file)
      return `<style>${css}</style>`
    },
  )
  writeFileSync(path, html)
}

/** Builds the page `html` (a path from `root`) alone into `dist`, as one module named `name-[hash].js`. */
export async function buildPageAlone(root: string, dist: string, name: string, html: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [pageShell],
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      // One module: nothing to preload.
      modulePreload: false,
      rollupOptions: {
        input: { [name]: join(root, html) },
        output: {
          codeSplitting: false,
          entryFileNames: `assets/${name}-[hash].js`,
          assetFileNames: `assets/${name}-[name]-[hash][extname]`,
        },
      },
    },
  })
  inlineCss(dist, html)
}
