/**
 * Measurements behind the performance budgets (README, "Performance"), shared by `npm run bench` (prints a table and
 * writes test-results/bench.json) and the budget test in the e2e suite. Times are medians of many runs: the
 * machines are shared and noisy, and a single run says little.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import {
  DIST,
  type ExtensionHarness,
  fixture,
  POPUP_VIEWPORT,
  ROOT,
  SSI_URL,
} from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { CHART_DRAWN_MARK } from '../../src/popup/marks.ts'

export const BUDGETS = {
  /**
   * The brief's budget is 12 KiB (goal 8); held near what the content script reaches since the reader split
   * (5,799 bytes on the SSI page, December 2026) so that bytes creeping back fail here.
   */
  contentGzip: 6 * 1024,
  /**
   * The brief's budget is 30 KiB (goal 13); held near what the popup reaches (23,614 bytes to open, December 2026:
   * 22,142 before it opened on the view kept from its last open, which costs a second module and its code) so
   * that bytes creeping back fail here.
   */
  popupGzip: 23.1 * 1024,
  /**
   * No budget in the brief; held near what the background reaches (32,054 bytes, December 2026: it grew 7 KiB when
   * it took over the page reader's rules and 0.7 KiB with the view revision, and lost 2.4 KiB of chunks it shared
   * with the History and Team pages once they were built alone) so that bytes creeping back fail here.
   */
  backgroundGzip: 31.5 * 1024,
  parseMs: 2,
  popupOpenMs: 150,
  /** "All" with ten years against the 49-day default, opened alternately in one run. */
  popupAllTo49Ratio: 1.25,
  /** Popup open → chart drawn, against an empty page of the extension opened alternately (goal 1.2). */
  popupLimitRatio: 1.5,
  /**
   * The same against the floor page (bench-limit.ts: the empty page with one tiny module that reads the storage
   * once), the least any extension page that shows stored data can cost: what the popup adds beyond it is its own.
   * Not the brief's budget: the floor itself stands 1.4–1.7× above the empty page on this machine.
   */
  popupFloorRatio: 1.2,
  /** The content script's main-thread time on a Sales Navigator page that is not the SSI page. */
  contentOtherPageMs: 1,
  exportMs: 300,
  importMs: 300,
  /** Team page: add 30 people's two-year files (through the page's own file input). */
  teamAddMs: 5000,
  /** Team page with 30 people × 2 years stored: open → first rows in the DOM. */
  teamOpenMs: 300,
  /** History page with ten years stored: open → first rows in the DOM. */
  historyOpenMs: 300,
} as const

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length

/** Imports in built JS: `import x from "./a.js"`, `import "./a.js"` (static) and `import("./a.js")` (dynamic). */
const ANY_IMPORT = /(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g
const STATIC_IMPORT = /import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g

/** A built JS file plus every chunk it imports (statically and dynamically, or statically only), inside dist/. */
function jsGraph(entry: string, dist: string, seen = new Set<string>(), imports = ANY_IMPORT): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const code = readFileSync(join(dist, entry), 'utf8')
  for (const m of code.matchAll(imports)) {
    const spec = m[1] as string
    const target = spec.startsWith('/')
      ? spec.slice(1)
      : posix.normalize(posix.join(posix.dirname(entry), spec))
    jsGraph(target, dist, seen, imports)
  }
  return seen
}

export interface SizeReport {
  content: { files: string[]; gzip: number }
  /**
   * What the popup loads on every open: its HTML (with the CSS inline), its first module (which draws the view
   * kept from the last open, popup/opening.ts) and the popup module that module always imports, each with what it
   * imports statically.
   */
  popup: { files: string[]; gzip: number }
  /** What the kept view needs to be drawn: the HTML and the first module alone. */
  popupFirstPaint: { files: string[]; gzip: number }
  /**
   * What the popup loads later: on a click (the chart's table, an export or import, an error's words) or in the
   * states that show it (the goal's line, the empty state, a failure, days after today, a shift).
   */
  popupLazy: { files: string[]; gzip: number }
  background: { files: string[]; gzip: number }
}

/** Gzip (level 9) bytes of each context with everything it loads, read from the built dist/. */
export function measureSizes(dist = DIST): SizeReport {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'))
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSize(join(dist, f)), 0)

  const contentFiles = new Set<string>()
  for (const script of manifest.content_scripts ?? [])
    for (const js of script.js ?? []) jsGraph(js, dist, contentFiles)
  for (const script of manifest.content_scripts ?? [])
    for (const css of script.css ?? []) contentFiles.add(css)

  const popupHtml = manifest.action.default_popup as string
  const html = readFileSync(join(dist, popupHtml), 'utf8')
  const firstPaintFiles = new Set<string>([popupHtml])
  for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const ref = m[1] as string
    const path = ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(popupHtml), ref)
    if (path.endsWith('.js')) jsGraph(path, dist, firstPaintFiles, STATIC_IMPORT)
    else firstPaintFiles.add(path)
  }
  // The first module imports the popup itself on every open, whether it drew a kept view or not.
  const popupFiles = new Set(firstPaintFiles)
  for (const file of firstPaintFiles) {
    if (!file.endsWith('.js')) continue
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(ANY_IMPORT)) {
      const spec = m[1] as string
      jsGraph(posix.normalize(posix.join(posix.dirname(file), spec)), dist, popupFiles, STATIC_IMPORT)
    }
  }
  const popupAll = new Set<string>()
  for (const file of popupFiles) if (file.endsWith('.js')) jsGraph(file, dist, popupAll)
  const popupLazy = [...popupAll].filter((f) => !popupFiles.has(f))
  // A lazy chunk's stylesheet is named in its importer's dependency list, not imported; the popup's own is named
  // there too, but it is inline in the HTML and its file is gone.
  for (const file of popupAll)
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/["'`](assets\/[^"'`]+\.css)["'`]/g))
      if (!popupLazy.includes(m[1] as string) && existsSync(join(dist, m[1] as string)))
        popupLazy.push(m[1] as string)

  const backgroundFiles = jsGraph(manifest.background.service_worker, dist)
  return {
    content: { files: [...contentFiles], gzip: sum(contentFiles) },
    popup: { files: [...popupFiles], gzip: sum(popupFiles) },
    popupFirstPaint: { files: [...firstPaintFiles], gzip: sum(firstPaintFiles) },
    popupLazy: { files: popupLazy, gzip: sum(popupLazy) },
    background: { files: [...backgroundFiles], gzip: sum(backgroundFiles) },
  }
}

/**
 * The page reader bundled alone, as an IIFE defining `SsiLensParse`: `parsePage` (both halves), `collectFacts`
 * (the content script's half) and `parseFacts` (the background's half).
 */
async function parserBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'tests/support/page-reader.ts'),
        name: 'SsiLensParse',
        formats: ['iife'],
        fileName: 'parse',
      },
    },
  })
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[]
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk')
  if (!chunk?.code) throw new Error('could not bundle the parser')
  return chunk.code
}

/** Median milliseconds of reading the modern SSI page: both halves, and each half alone. */
export interface ParseTimes {
  /** Collecting the facts and reading them, as `npm run parse` does: the brief's "parse the SSI page". */
  wholeMs: number
  /** Collecting the page's facts: what the content script does on the page. */
  collectMs: number
  /** Reading the facts into a snapshot or a refusal: what the background does (timed in the page, same V8). */
  readMs: number
}

/**
 * Median milliseconds to read the modern SSI page in Chromium, with the reader the extension runs.
 * Each sample times a batch of calls, because Chromium coarsens performance.now() to 0.1 ms.
 */
export async function measureParse(h: ExtensionHarness, samples = 40, batch = 10): Promise<ParseTimes> {
  const code = await parserBundle()
  h.server.serve('https://www.linkedin.com/sales/ssi?bench', fixture('ssi-modern-en'))
  const page = await h.openPage(`${SSI_URL}?bench`)
  await page.addScriptTag({ content: code })
  const times = await page.evaluate(
    ([n, size]) => {
      type Reader = {
        parsePage: (d: Document, u: string) => unknown
        collectFacts: (d: Document, u: string) => unknown
        parseFacts: (facts: unknown) => unknown
      }
      const reader = (globalThis as unknown as { SsiLensParse: Reader }).SsiLensParse
      const check = reader.parsePage(document, location.href) as { value?: { overall?: number } }
      if (check.value?.overall !== 47) throw new Error(`parser answered ${JSON.stringify(check)}`)
      const facts = reader.collectFacts(document, location.href)
      const timed = (work: () => unknown) => {
        const out: number[] = []
        for (let i = 0; i < n; i++) {
          const t0 = performance.now()
          for (let j = 0; j < size; j++) work()
          out.push((performance.now() - t0) / size)
        }
        return out
      }
      // One untimed pass of each first, so the JIT has seen all three before any is timed.
      for (const warm of [
        () => reader.parsePage(document, location.href),
        () => reader.collectFacts(document, location.href),
        () => reader.parseFacts(facts),
      ])
        for (let i = 0; i < n; i++) warm()
      return {
        whole: timed(() => reader.parsePage(document, location.href)),
        collect: timed(() => reader.collectFacts(document, location.href)),
        read: timed(() => reader.parseFacts(facts)),
      }
    },
    [samples, batch] as const,
  )
  await page.close()
  return { wholeMs: median(times.whole), collectMs: median(times.collect), readMs: median(times.read) }
}

/** Imports `csv` through the extension's own import path; throws unless it was accepted. */
export async function importThroughExtension(h: ExtensionHarness, csv: string): Promise<void> {
  const reply = (await h.sendFromExtensionPage('importCsv', { text: csv })) as {
    ok: boolean
    value?: { ok: boolean }
  }
  if (!reply.ok || !reply.value?.ok) throw new Error(`import refused: ${JSON.stringify(reply).slice(0, 500)}`)
}

export interface CsvTimes {
  exportMs: number
  importMs: number
}

/**
 * Median time of exporting and of importing ten years, measured in an extension page around the message round
 * trip (so it includes messaging, the CSV work and the single IndexedDB transaction). Imports go into an emptied
 * history each time, so every run writes all 3,650 days.
 */
export async function measureCsv(h: ExtensionHarness, csv: string, runs = 9): Promise<CsvTimes> {
  const page = await h.openExtensionPage('src/options/index.html')
  const result = await page.evaluate(
    async ([text, n]) => {
      const send = (type: string, payload: unknown) =>
        chrome.runtime.sendMessage({ type, payload }) as Promise<{
          ok: boolean
          error?: { code: string }
          value: unknown
        }>
      const exportTimes: number[] = []
      const importTimes: number[] = []
      for (let i = 0; i < n; i++) {
        await send('clearAll', {})
        let t0 = performance.now()
        const imported = await send('importCsv', { text })
        importTimes.push(performance.now() - t0)
        if (!imported.ok) throw new Error(JSON.stringify(imported.error))
        t0 = performance.now()
        const exported = await send('exportCsv', {})
        exportTimes.push(performance.now() - t0)
        if (!exported.ok) throw new Error(JSON.stringify(exported.error))
      }
      return { exportTimes, importTimes }
    },
    [csv, runs] as const,
  )
  await page.close()
  return { exportMs: median(result.exportTimes), importMs: median(result.importTimes) }
}

/**
 * Milliseconds from the popup's navigation start to its chart drawn (the popup marks `ssi-lens:chart-drawn` once
 * the chart is in the DOM). Nothing of Playwright runs in the page until then: a selector wait or
 * `page.evaluate` first injects Playwright's own script into the page (its constructor alone took 15 ms of the
 * popup's main thread in a CPU profile on a loaded machine), which ran while the popup was still loading and was
 * counted as the popup's. One DevTools-protocol evaluation of a few lines, after the load event, waits instead.
 */
export async function openPopupUntilDrawn(h: ExtensionHarness): Promise<number> {
  const page = await h.context.newPage()
  try {
    await page.setViewportSize(POPUP_VIEWPORT)
    const cdp = await h.context.newCDPSession(page)
    await page.goto(h.url('src/popup/index.html'))
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error('no chart drawn within 15 s')), 15000)
        const name = ${JSON.stringify(CHART_DRAWN_MARK)}
        const mark = performance.getEntriesByName(name)[0]
        if (mark) return resolve(mark.startTime)
        new PerformanceObserver((list, observer) => {
          const drawn = list.getEntriesByName(name)[0]
          if (!drawn) return
          observer.disconnect()
          resolve(drawn.startTime)
        }).observe({ type: 'mark' })
      })`,
      awaitPromise: true,
      returnByValue: true,
    })
    if (exceptionDetails)
      throw new Error(
        `the popup's chart mark: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      )
    await cdp.detach()
    return result.value as number
  } finally {
    await page.close()
  }
}

/** Median of `runs` `openPopupUntilDrawn`, with whatever history is stored, after one open that warms up. */
export async function measurePopupOpen(h: ExtensionHarness, runs = 15): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs + 1; i++) {
    const t = await openPopupUntilDrawn(h)
    if (i > 0) times.push(t) // the first open warms the worker and the HTTP cache of the extension's files
  }
  return median(times)
}

export function csvOf(records: readonly DayRecord[]): string {
  return historyToCsv(records)
}

export const TEAM_PAGE = 'src/team/index.html'

/** A file for Playwright's `setInputFiles`. */
export const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
})

/** Removes everyone from the Team page, through the protocol. */
export async function clearTeam(h: ExtensionHarness): Promise<void> {
  const team = (await h.sendFromExtensionPage('getTeam', {})) as { value: { people: { id: string }[] } }
  for (const { id } of team.value.people) await h.sendFromExtensionPage('removePerson', { id })
}

/**
 * Median milliseconds to add `files` on the Team page as a coach does (its file input, one batch): from the
 * input's change event (the files chosen) to the page saying all of them were added, timed in the page so
 * handing the files over the DevTools protocol does not count. The team is emptied before each run.
 */
export async function measureTeamAdd(
  h: ExtensionHarness,
  files: readonly { name: string; text: string }[],
  runs = 1,
): Promise<number> {
  const times: number[] = []
  const done = `${files.length} of ${files.length} files added.`
  for (let i = 0; i < runs; i++) {
    await clearTeam(h)
    const page = await h.openExtensionPage(TEAM_PAGE, '[data-ready]')
    const elapsed = page.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector('input[type="file"]') as HTMLInputElement
          input.addEventListener(
            'change',
            () => {
              const t0 = performance.now()
              const outcome = document.querySelector('[data-testid="add-outcome"]') as HTMLElement
              new MutationObserver((_, observer) => {
                if (outcome.querySelector('.summary')?.textContent !== text) return
                observer.disconnect()
                resolve(performance.now() - t0)
              }).observe(outcome, { childList: true, subtree: true, characterData: true })
            },
            { capture: true, once: true },
          )
        }),
      done,
    )
    await page.getByLabel("Add people's CSV files").setInputFiles(files.map((f) => csvFile(f.name, f.text)))
    times.push(await elapsed)
    await page.close()
  }
  return median(times)
}

/**
 * Median time from the Team page's navigation start to its rows being in the DOM (the page marks
 * `ssi-lens:team-rows`), with whatever team is stored.
 */
export async function measureTeamOpen(h: ExtensionHarness, runs = 11): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs + 1; i++) {
    const page = await h.openExtensionPage(TEAM_PAGE, '[data-testid="team-table"] tbody')
    const t = await page.evaluate(
      () => performance.getEntriesByName('ssi-lens:team-rows')[0]?.startTime ?? Number.NaN,
    )
    await page.close()
    if (i > 0) times.push(t) // the first open warms the worker and the HTTP cache of the extension's files
  }
  return median(times)
}

/**
 * Median time from opening the history page to its first rows in the DOM (the page's `ssi-lens:history-rows`
 * mark, relative to the navigation's start), over `runs` opens after one that warms the worker.
 */
export async function measureHistoryOpen(h: ExtensionHarness, runs = 11): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs + 1; i++) {
    const page = await h.openExtensionPage('src/history/index.html', '[data-testid="history-table"] tbody tr')
    const t = await page.evaluate(
      () => performance.getEntriesByName('ssi-lens:history-rows')[0]?.startTime ?? Number.NaN,
    )
    await page.close()
    if (i > 0) times.push(t)
  }
  return median(times)
}

export const BENCH_RESULTS = join(ROOT, 'test-results/bench.json')
