/**
 * `npm run demo`: SSI Lens working without a LinkedIn account. Builds the extension, starts Chromium with it and a
 * throwaway profile, seeds 49 days of history through the popup's own Import CSV, then opens the sample SSI page
 * (served on loopback as https://www.linkedin.com/sales/ssi) so today is captured, the inline badge appears and
 * the toolbar badge shows the score. Windowed: the SSI page, popup and options stay open until the browser is
 * closed. `--headless`: screenshots and a summary of what the popup showed go to a folder, then it exits.
 * Loaded by scripts/demo.mjs, because Node 20 cannot run TypeScript.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { dayKey } from '../src/core/day.ts'
import { PILLAR_LABELS } from '../src/core/snapshot.ts'
import { captureToday, headlessCheck, OPTIONS, POPUP, READY, seedHistory, WAIT_MS } from './lib/demo-run.ts'
import { CHROMIUM, DIST, type ExtensionHarness, launchExtension, ROOT } from './lib/harness.ts'

const USAGE = `Usage: npm run demo [-- OPTIONS]   (or: node scripts/demo.mjs [OPTIONS])

  (no flag)    open a Chromium window with SSI Lens, the sample SSI page, the popup and the options
  --headless   write screenshots and summary.json instead, then exit (the default without a display)
  --out DIR    where --headless writes (default test-results/demo/)
  --docs       also copy the README's screenshots into docs/
  --no-build   use the existing dist/ instead of running vite build first
  --dist DIR   load the extension built in DIR (implies --no-build)

Chromium: ${CHROMIUM} (set CHROMIUM_PATH to use another).`

interface DemoOptions {
  headless: boolean
  out: string
  build: boolean
  docs: boolean
  dist: string
}

const DOCS_IMAGES = ['popup-light.png', 'popup-dark.png', 'ssi-page-badge.png'] as const

function readOptions(argv: string[]): DemoOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      headless: { type: 'boolean', default: false },
      out: { type: 'string', default: join(ROOT, 'test-results/demo') },
      docs: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) return 'help'
  return {
    headless: values.headless,
    out: resolve(values.out),
    build: !values['no-build'] && values.dist === undefined,
    docs: values.docs,
    dist: values.dist === undefined ? DIST : resolve(values.dist),
  }
}

/** Runs the demo; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let options: DemoOptions
  try {
    const read = readOptions(argv)
    if (read === 'help') {
      console.log(USAGE)
      return 0
    }
    options = read
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (!options.headless && !process.env.DISPLAY) {
    console.log('No display (DISPLAY is not set): running headless and writing screenshots instead.')
    options.headless = true
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium not found at ${CHROMIUM}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
    )
    return 1
  }
  if (options.build && !build()) return 1

  const harness = await launchExtension({
    dist: options.dist,
    headless: options.headless,
    // A window follows the system's light or dark scheme; screenshots are taken in both, explicitly.
    colorScheme: options.headless ? 'light' : null,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
  })
  // On Ctrl+C, Playwright closes Chromium and exits the process itself (code 130), possibly before `finally`
  // below has run: the exit handler makes sure the throwaway profile goes with it either way.
  let interrupted = false
  const onSignal = () => {
    interrupted = true
  }
  const removeProfile = () => {
    if (harness.profileDir) rmSync(harness.profileDir, { recursive: true, force: true })
  }
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal).once('exit', removeProfile)
  try {
    return options.headless ? await headless(harness, options) : await windowed(harness)
  } catch (error) {
    if (!interrupted) throw error
    console.error('Interrupted.')
    return 130
  } finally {
    // Deletes the throwaway profile too.
    await harness.close()
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('exit', removeProfile)
  }
}

/** `vite build` into dist/, with its output on stderr so stdout stays the demo's own. */
function build(): boolean {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] })
  if (result.status === 0) return true
  console.error('The build failed; the demo needs a working dist/.')
  return false
}

/** Runs the headless check, prints what it saw, and copies the README's pictures on a clean run with --docs. */
async function headless(harness: ExtensionHarness, options: DemoOptions): Promise<number> {
  const summary = await headlessCheck(harness, options.out)
  const { popup, toolbarBadge, inlineBadge, screenshots } = summary
  console.log(
    `Seeded ${summary.seededDays} days through Import CSV: ${summary.importResult || '(no result line)'}`,
  )
  console.log(
    `Today (${summary.today}): ${summary.captured ? 'captured from the sample SSI page' : 'NOT captured'}.`,
  )
  console.log(
    `Popup: score ${popup.currentScore || '—'}, ${popup.chartTableRows} days in the chart table, next pillar: ${namedPillar(popup.nextPillar)}`,
  )
  console.log(`Toolbar badge: "${toolbarBadge.text}". Inline badge: ${inlineBadge.text || '(none)'}`)
  console.log(`Screenshots and summary.json in ${shortPath(options.out)}/`)
  for (const path of Object.values(screenshots)) console.log(`  ${shortPath(path)}`)
  if (summary.problems.length > 0) {
    for (const problem of summary.problems) console.error(`Problem: ${problem}`)
    if (options.docs) console.error('docs/ left unchanged: its screenshots are only replaced by a clean run.')
    return 1
  }
  if (options.docs) {
    const docs = join(ROOT, 'docs')
    mkdirSync(docs, { recursive: true })
    for (const name of DOCS_IMAGES) copyFileSync(join(options.out, name), join(docs, name))
    console.log(`Copied ${DOCS_IMAGES.join(', ')} to docs/.`)
  }
  return 0
}

/** The pillar a text names first (by its English label), or a dash. */
function namedPillar(text: string): string {
  const found = Object.values(PILLAR_LABELS)
    .map((label) => ({ label, at: text.indexOf(label) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0]
  return found?.label ?? '—'
}

/** `path` relative to the working directory when it lies inside it, else as given. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') ? rel : path
}

async function windowed(harness: ExtensionHarness): Promise<number> {
  const today = dayKey(new Date())
  const ssiPage = harness.context.pages()[0] ?? (await harness.context.newPage())
  const popup = await harness.context.newPage()
  await popup.goto(harness.url(POPUP))
  await popup.locator(READY).first().waitFor({ timeout: WAIT_MS })
  const seeded = await seedHistory(popup, today)
  const captured = await captureToday(harness, ssiPage, today)
  await popup.reload()
  const options = await harness.context.newPage()
  await options.goto(harness.url(OPTIONS))
  await ssiPage.bringToFront()

  console.log(`SSI Lens is running in Chromium with a throwaway profile and ${seeded.records} seeded days.
Look at:
  • the SSI page tab: the badge next to the score (${captured.inlineBadge.text || 'not shown'});
  • the toolbar: puzzle icon → pin SSI Lens; its badge reads "${captured.toolbarBadge.text}"; click it for the popup;
  • the popup tab: the 49-day chart, the changes and the next pillar (Export CSV / Import CSV work too);
  • the options tab: switch the inline or toolbar badge off, set a goal.
Only www.linkedin.com resolves, to the local sample page; every other host fails.
Close the browser window (or press Ctrl+C) to end; the profile is deleted then.`)
  await new Promise<void>((done) => {
    harness.context.on('close', () => done())
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done())
  })
  return 0
}
