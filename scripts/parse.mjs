#!/usr/bin/env node
/**
 * Prints the PageSnapshot JSON of a saved SSI page, read by the same parser the content script runs:
 *
 *   npm run --silent parse -- PAGE.html [--url URL]
 *
 * This is how a user attaches a page SSI Lens misreads to a bug report. Only the JSON goes to stdout. Exit 0 for
 * every answer, refusals included ({"error": "loading", …} is an answer); exit 1 only when the page cannot be
 * read, exit 2 for a wrong command line. The URL is, in order: --url, the "saved from url=" mark browsers write
 * into saved pages, a fixture's "Page URL to use when loading:" header, else https://www.linkedin.com/sales/ssi.
 * Nothing is fetched and no page script runs: the DOM is happy-dom with scripts, styles and frames switched off.
 * Node cannot run the TypeScript parser directly, so Vite's module runner loads it.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const DEFAULT_URL = 'https://www.linkedin.com/sales/ssi'
const USAGE = 'usage: npm run --silent parse -- PAGE.html [--url URL]'

function parseArgs(argv) {
  let file = null
  let url = null
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') return { help: true }
    if (arg === '--url') url = argv[++i] ?? ''
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length)
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}` }
    else if (file === null) file = arg
    else return { error: `one page at a time (got ${file} and ${arg})` }
  }
  if (file === null) return { error: 'no page given' }
  if (url !== null && !/^https?:\/\/\S+$/.test(url)) return { error: `--url needs a URL, got "${url}"` }
  return { file, url }
}

/** The URL a saved page names for itself: Chrome's and Edge's "saved from url=(0034)…", or a fixture header. */
function urlInPage(html) {
  const head = html.slice(0, 4000)
  return (
    /<!--\s*saved from url=\(\d+\)(https?:\/\/\S+?)\s*-->/i.exec(head)?.[1] ??
    /Page URL to use when loading:\s*(https:\/\/\S+)/.exec(head)?.[1] ??
    null
  )
}

const args = parseArgs(process.argv.slice(2))
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
if (args.error) {
  console.error(`${args.error}\n${USAGE}`)
  process.exit(2)
}

let html
try {
  html = await readFile(args.file, 'utf8')
} catch (error) {
  console.error(`cannot read ${args.file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
  process.exit(1)
}
const url = args.url ?? urlInPage(html) ?? DEFAULT_URL

const [{ Window }, { runnerImport }] = await Promise.all([import('happy-dom'), import('vite')])
const root = fileURLToPath(new URL('..', import.meta.url))
const { module } = await runnerImport(
  fileURLToPath(new URL('../src/core/page/parse-page.ts', import.meta.url)),
  {
    root,
    configFile: false,
    logLevel: 'silent',
  },
)

const window = new Window({
  url,
  settings: {
    disableJavaScriptFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
  },
})
const doc = new window.DOMParser().parseFromString(html, 'text/html')
const result = module.parsePage(doc, url)
// The printed answer is the fixtures' expected format: the snapshot itself, or the refusal as `"error": code`
// with its reason (and, for a conflict, the disagreements).
const { code, ...refusal } = result.ok ? {} : result.error
process.stdout.write(`${JSON.stringify(result.ok ? result.value : { error: code, ...refusal }, null, 2)}\n`)
await window.happyDOM.close()
