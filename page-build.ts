/**
 * The options, History and Team pages, each built on its own after the extension's build: one module with
 * everything the page runs, its CSS inline in the HTML.
 *
 * In the extension's build they shared chunks with each other and the background: History opened with its module,
 * sixteen modulepreloads and two stylesheets, Team with seventeen and three, options with five and one, and an
 * extension page pays for each request once its document is parsed. None of them has anything behind a click that
 * is worth a chunk of its own (they import nothing dynamically), so each is one file, which also compresses better
 * than twenty. As with the popup's build (popup-build.ts), the chunks the extension's build made for them are left
 * unreached, and removed once every page is built.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build, type Plugin } from 'vite'
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

/** Rolldown's chunk groups: each module goes into the first group whose `test` it passes. */
export interface ChunkGroups {
  groups: { name: string; test: (id: string) => boolean }[]
}

/**
 * Builds the page `html` (a path from `root`) alone into `dist`, its files named `name-…` in assets/, and puts its
 * CSS into the HTML. One module by default; the popup passes its own plugins and chunk groups (popup-build.ts).
 */
export async function buildPageAlone(
  root: string,
  dist: string,
  name: string,
  html: string,
  options: { plugins?: Plugin[]; chunks?: ChunkGroups } = {},
): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [pageShell, ...(options.plugins ?? [])],
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      // No <link rel=modulepreload>: a page is one module, and the popup's first module asks for its second only
      // once the kept view is drawn.
      modulePreload: false,
      rollupOptions: {
        input: { [name]: join(root, html) },
        output: {
          codeSplitting: options.chunks ?? false,
          entryFileNames: `assets/${name}-[hash].js`,
          chunkFileNames: `assets/${name}-[name]-[hash].js`,
          assetFileNames: `assets/${name}-[name]-[hash][extname]`,
        },
      },
    },
  })
  inlineCss(dist, html)
}
