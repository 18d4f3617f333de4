/**
 * `npm run demo`: SSI Lens working without a LinkedIn account. Builds the extension, starts Chromium with it and a
 * throwaway profile, seeds 49 days of history through the popup's own Import CSV, then opens the sample SSI page
 * (served on loopback as https://www.linkedin.com/sales/ssi) so today is captured, the inline badge appears and
 * the toolbar badge shows the score. Windowed: the SSI page, popup and options stay open until the browser is
 * closed. `--headless`: screenshots and a summary of what the popup showed go to a folder, then it exits.
 * Loaded by scripts/demo.mjs, because Node 20 cannot run TypeScript.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { historyToCsv } from '../src/core/csv-write.ts'
import { dayKey } from '../src/core/day.ts'
import { PILLAR_LABELS } from '../src/core/snapshot.ts'
import {
  CHROMIUM,
  DIST,
  type ExtensionHarness,
  fixture,
  launchExtension,
  POPUP_VIEWPORT,
  ROOT,
  SSI_URL,
  storedDays,
} from '../tests/e2e/harness.ts'
import { boxOf, readBadge, waitForBadge } from '../tests/support/inline-badge.ts'
import { demoHistory } from './demo-history.ts'

const USAGE = `Usage: npm run demo [-- OPTIONS]   (or: node scripts/demo.mjs [OPTIONS])

  (no flag)    open a Chromium window with SSI Lens, the sample SSI page, the popup and the options
  --headless   write screenshots and summary.json instead, then exit (the default without a display)
  --out DIR    where --headless writes (default test-results/demo/)
  --docs       also copy the README's screenshots into docs/
  --no-build   use the existing dist/ instead of running vite build first
  --dist DIR   load the extension built in DIR (implies --no-build)

Chromium: ${CHROMIUM} (set CHROMIUM_PATH to use another).`

/** What the headless run saw, read from the pages' DOM; tests/e2e/demo.test.ts checks it. */
export interface DemoSummary {
  today: string
  /** Days in the seeded CSV, and the result line the popup showed after importing it. */
  seededDays: number
  importResult: string
  /** Days stored after today's capture (the background's own count). */
  storedDays: number
  popup: { currentScore: string; chartTableRows: number; nextPillar: string }
  inlineBadge: { present: boolean; text: string }
  toolbarBadge: { text: string; color: number[] }
  /** Whether today's reading of the sample page reached the history. */
  captured: boolean
  /** Requests that completed to any host other than the loopback www.linkedin.com (must stay empty). */
  leftLoopback: string[]
  /** What did not work as it should; the demo exits 1 when this is not empty. */
  problems: string[]
  screenshots: Record<'ssiPage' | 'popupLight' | 'popupDark' | 'options', string>
}

interface DemoOptions {
  headless: boolean
  out: string
  build: boolean
  docs: boolean
  dist: string
}

const DOCS_IMAGES = ['popup-light.png', 'popup-dark.png', 'ssi-page-badge.png'] as const
/** Generous: the first load of a page in a cold Chromium on a 2-core machine. */
const WAIT_MS = 20_000
const POPUP = 'src/popup/index.html'
/** Set by the popup and the options page once their first real state is on screen (as the e2e harness waits). */
const READY = '[data-ready]'
const OPTIONS = 'src/options/index.html'

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
  const finished: string[] = []
  harness.context.on('requestfinished', (request) => {
    const url = request.url()
    if (!url.startsWith('chrome-extension://') && !url.startsWith('https://www.linkedin.com/'))
      finished.push(url)
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
    return options.headless ? await headless(harness, options, finished) : await windowed(harness)
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

/**
 * Seeds the history exactly as a user restoring a backup would: the popup's "Import CSV" file input, with a
 * file written by SSI Lens's own CSV writer. Returns the popup (now showing the seeded days) and what it said.
 */
export async function seedHistory(popup: Page, today: string): Promise<{ result: string; records: number }> {
  const records = demoHistory(today)
  const csv = historyToCsv(records)
  await popup.getByLabel('Import CSV').setInputFiles({
    name: `ssi-history-demo-${today}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })
  try {
    await popup.locator('[data-testid="current-score"]').waitFor({ timeout: WAIT_MS })
  } catch {
    const shown = await popup.locator('body').textContent()
    throw new Error(`the popup did not show the imported history; it says:\n${shown}`)
  }
  const result = (await popup.getByRole('status').allInnerTexts()).join(' ').trim()
  return { result, records: records.length }
}

/** The background's own count of stored days, asked from an extension page like the popup asks. */
async function countDays(page: Page): Promise<{ days: number }> {
  const reply = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'countDays', payload: {} }),
  )) as {
    ok: boolean
    result?: { days: number }
    error?: string
  }
  if (!reply.ok || !reply.result) throw new Error(`countDays failed: ${reply.error}`)
  return reply.result
}

/**
 * The sample SSI page (`tests/fixtures/ssi-modern-en.html`) with a stand-in for LinkedIn's stylesheet, which it
 * links from a host the demo never reaches. The markup, and so what SSI Lens reads, is the fixture's own.
 */
function samplePage(): string {
  const css = readFileSync(join(ROOT, 'scripts/demo-page.css'), 'utf8')
  return fixture('ssi-modern-en').replace('</head>', `<style>${css}</style>\n</head>`)
}

/** Opens the sample SSI page and waits until today is stored, the inline badge is on the page and the toolbar badge reads the total. */
export async function captureToday(harness: ExtensionHarness, page: Page, today: string) {
  harness.server.serve(SSI_URL, samplePage())
  await page.goto(SSI_URL, { waitUntil: 'domcontentloaded' })
  const captured = await harness
    .waitForDatabase((db) => storedDays(db).some((r) => r.day === today), WAIT_MS)
    .then(
      () => true,
      () => false,
    )
  // The badge's host carries no marker (PRODUCT.md): it is found inside its closed shadow root, through CDP.
  const badge = await waitForBadge(page, () => true, WAIT_MS).catch(() => null)
  const present = badge !== null
  const text = badge?.text ?? ''
  // The toolbar badge is redrawn just after the day is stored; until then it shows yesterday's total, marked.
  let toolbar = await harness.toolbarBadge()
  for (let end = Date.now() + 5_000; !/^\d+$/.test(toolbar.text) && Date.now() < end; ) {
    await page.waitForTimeout(100)
    toolbar = await harness.toolbarBadge()
  }
  return { captured, inlineBadge: { present, text }, toolbarBadge: toolbar }
}

/** The popup in a tab at toolbar-popup size, in `scheme`, once it has rendered its first state. */
export async function openPopup(harness: ExtensionHarness, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await harness.context.newPage()
  await page.setViewportSize(POPUP_VIEWPORT)
  await page.emulateMedia({ colorScheme: scheme })
  await page.goto(harness.url(POPUP))
  await page.locator(READY).first().waitFor({ timeout: WAIT_MS })
  return page
}

async function countTableRows(page: Page): Promise<number> {
  const summary = page.locator('.chart-table summary')
  await summary.click()
  const rows = page.locator('.chart-table table tbody tr')
  await rows.first().waitFor({ timeout: WAIT_MS })
  const count = await rows.count()
  await summary.click()
  return count
}

/** What the popup shows, read from its DOM: the contract's test ids and the rows of the chart's table. */
async function readPopup(page: Page): Promise<DemoSummary['popup']> {
  const text = async (selector: string) =>
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text keeps the spaces between blocks.
    (await page.locator(selector).first().innerText({ timeout: WAIT_MS })).replace(/\s+/g, ' ').trim()
  return {
    currentScore: await text('[data-testid="current-score"]'),
    // The chart's numbers as a table: one body row per recorded day of the window (gaps have no row). Its rows
    // are built when it is opened, so open it to count them and close it again, as a person would.
    chartTableRows: await countTableRows(page),
    nextPillar: await text('[data-testid="next-pillar"]'),
  }
}

/**
 * The SSI page clipped to the score and the inline badge (and what lies between them), with a margin. Falls back
 * to the whole first screen if either is missing, so a broken badge still shows in the picture.
 */
async function screenshotSsiPage(page: Page, path: string): Promise<void> {
  const badge = await readBadge(page)
  const boxes = [
    await page
      .locator('.user-ssi-score')
      .first()
      .boundingBox({ timeout: 2_000 })
      .catch(() => null),
    badge ? await boxOf(page, badge.hostId).catch(() => null) : null,
  ]
  const found = boxes.filter((b): b is NonNullable<typeof b> => b !== null && b.width > 0 && b.height > 0)
  if (found.length < 2) {
    await page.screenshot({ path })
    return
  }
  // Less than the gap between LinkedIn's cards, so the neighbours stay out of the picture.
  const margin = 8
  const x = Math.max(0, Math.min(...found.map((b) => b.x)) - margin)
  const y = Math.max(0, Math.min(...found.map((b) => b.y)) - margin)
  const right = Math.max(...found.map((b) => b.x + b.width)) + margin
  const bottom = Math.max(...found.map((b) => b.y + b.height)) + margin
  await page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y }, fullPage: true })
}

async function headless(
  harness: ExtensionHarness,
  options: DemoOptions,
  finished: string[],
): Promise<number> {
  const today = dayKey(new Date())
  mkdirSync(options.out, { recursive: true })
  const shot = (name: string) => join(options.out, name)

  const importer = await openPopup(harness, 'light')
  const seeded = await seedHistory(importer, today)
  await importer.close()

  const ssiPage = harness.context.pages()[0] ?? (await harness.context.newPage())
  const captured = await captureToday(harness, ssiPage, today)
  const screenshots: DemoSummary['screenshots'] = {
    ssiPage: shot('ssi-page-badge.png'),
    popupLight: shot('popup-light.png'),
    popupDark: shot('popup-dark.png'),
    options: shot('options.png'),
  }
  await screenshotSsiPage(ssiPage, screenshots.ssiPage)

  const light = await openPopup(harness, 'light')
  const popup = await readPopup(light)
  const { days: storedDays } = await countDays(light)
  await light.screenshot({ path: screenshots.popupLight, fullPage: true })
  const dark = await openPopup(harness, 'dark')
  await dark.screenshot({ path: screenshots.popupDark, fullPage: true })

  const optionsPage = await harness.context.newPage()
  await optionsPage.setViewportSize({ width: 800, height: 700 })
  await optionsPage.goto(harness.url(OPTIONS))
  await optionsPage.locator(READY).first().waitFor({ timeout: WAIT_MS })
  await optionsPage.screenshot({ path: screenshots.options, fullPage: true })

  const summary: DemoSummary = {
    today,
    seededDays: seeded.records,
    importResult: seeded.result,
    storedDays,
    popup,
    ...captured,
    leftLoopback: finished,
    problems: problemsOf(captured, popup, finished),
    screenshots,
  }
  writeFileSync(join(options.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)

  console.log(`Seeded ${seeded.records} days through Import CSV: ${seeded.result || '(no result line)'}`)
  console.log(
    `Today (${today}): ${captured.captured ? 'captured from the sample SSI page' : 'NOT captured'}.`,
  )
  console.log(
    `Popup: score ${popup.currentScore || '—'}, ${popup.chartTableRows} days in the chart table, next pillar: ${namedPillar(popup.nextPillar)}`,
  )
  console.log(
    `Toolbar badge: "${captured.toolbarBadge.text}". Inline badge: ${captured.inlineBadge.text || '(none)'}`,
  )
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

/** The promises of the demo that did not hold, as sentences. */
function problemsOf(
  captured: Awaited<ReturnType<typeof captureToday>>,
  popup: DemoSummary['popup'],
  leftLoopback: readonly string[],
): string[] {
  const problems: string[] = []
  if (!captured.captured) problems.push('today was not captured from the sample SSI page')
  if (!captured.inlineBadge.present) problems.push('the inline badge did not appear on the SSI page')
  if (popup.currentScore === '') problems.push('the popup shows no current score')
  if (captured.toolbarBadge.text === '' || !popup.currentScore.startsWith(captured.toolbarBadge.text))
    problems.push(
      `the toolbar badge reads "${captured.toolbarBadge.text}", the popup's score is "${popup.currentScore}"`,
    )
  if (leftLoopback.length > 0) problems.push(`requests left the machine: ${leftLoopback.join(', ')}`)
  return problems
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
