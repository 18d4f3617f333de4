/**
 * The popup against the limit of an extension page: an empty HTML page of the same extension, opened alternately
 * with the popup in one browser run. Chromium's own cost of creating an extension page (a renderer, the document,
 * the extension's bindings) is in both; what the popup adds beyond it is SSI Lens's own cost. A ratio measured
 * side by side is robust to a busy machine in a way an absolute figure is not: a slow moment slows both pages.
 *
 * Beside them, the floor page: the empty page with one module of a few bytes that reads the storage once — what
 * any page that shows stored data pays at least, since an extension page may run no inline script. The popup's
 * ratio can come down to the floor's, not below it.
 *
 * Neither page is part of the extension: the bench copies the built `dist/` and adds `bench/` to the copy only,
 * so the shipped build (and its chunking) stays exactly what users install.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { DIST, type ExtensionHarness, POPUP_VIEWPORT } from '../../scripts/lib/harness.ts'
import { median, openPopupUntilDrawn } from './bench.ts'

export const EMPTY_PAGE = 'bench/empty.html'
const EMPTY_HTML =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body></body></html>\n'

/**
 * The floor of a page that runs anything: the empty page with one module of a few bytes, which reads one key of
 * the session storage (as any page that shows stored data must) and marks when it has it. Extension pages may run
 * no inline script (Manifest V3's CSP), so every popup pays at least this one file's fetch and one storage call.
 */
export const FLOOR_PAGE = 'bench/floor.html'
const FLOOR_MARK = 'ssi-lens-bench:floor'
const FLOOR_HTML = EMPTY_HTML.replace(
  '</head>',
  '<script type="module" src="/bench/floor.js"></script></head>',
).replace('<title>empty</title>', '<title>floor</title>')
const FLOOR_JS = `chrome.storage.session.get('floor').then(() => performance.mark('${FLOOR_MARK}'))\n`

/** A copy of `dist` with the empty page added; `remove()` deletes it. */
export function distWithEmptyPage(dist = DIST): { dir: string; remove: () => void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'ssi-lens-bench-')), 'dist')
  cpSync(dist, dir, { recursive: true })
  mkdirSync(join(dir, 'bench'), { recursive: true })
  writeFileSync(join(dir, EMPTY_PAGE), EMPTY_HTML)
  writeFileSync(join(dir, FLOOR_PAGE), FLOOR_HTML)
  writeFileSync(join(dir, 'bench/floor.js'), FLOOR_JS)
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) }
}

export interface LimitResult {
  /** Median milliseconds from navigation start to the popup's chart drawn. */
  popupMs: number
  /** Median milliseconds from navigation start to the empty page's load event. */
  emptyMs: number
  /** popupMs ÷ emptyMs. */
  ratio: number
  /** Median milliseconds from navigation start to the floor page's mark (its one module read the storage). */
  floorMs: number
  /** floorMs ÷ emptyMs: where any page that runs a script and reads storage starts. */
  floorRatio: number
  samples: number
}

/** Milliseconds from the page's navigation start to its load event (the empty page is then complete). */
async function openEmpty(h: ExtensionHarness): Promise<number> {
  const page = await h.openExtensionPage(EMPTY_PAGE, undefined, POPUP_VIEWPORT)
  try {
    return await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
    )
  } finally {
    await page.close()
  }
}

/** Milliseconds from the floor page's navigation start to its module having read the storage. */
async function openFloor(h: ExtensionHarness): Promise<number> {
  const page = await h.openExtensionPage(FLOOR_PAGE, undefined, POPUP_VIEWPORT)
  try {
    return await page.evaluate(
      (mark) =>
        new Promise<number>((resolve) => {
          const seen = () => performance.getEntriesByName(mark)[0]?.startTime
          const poll = () => {
            const at = seen()
            if (at === undefined) setTimeout(poll, 5)
            else resolve(at)
          }
          poll()
        }),
      FLOOR_MARK,
    )
  } finally {
    await page.close()
  }
}

/**
 * Stops every service worker of the browser through CDP (`ServiceWorker.stopAllWorkers`, what Chrome does to an
 * idle worker) and waits until CDP reports the extension's worker stopped (Playwright keeps listing a stopped
 * worker, so its list cannot tell). One session on a page kept open for the whole run, so stopping costs no page
 * of its own between samples.
 */
export class WorkerStopper {
  private readonly status = new Map<string, string>()
  private changed: (() => void) | null = null

  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    extensionId: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.includes(extensionId)) this.status.set(v.versionId, v.runningStatus)
      this.changed?.()
    })
  }

  static async open(h: ExtensionHarness): Promise<WorkerStopper> {
    const page = await h.context.newPage()
    const cdp = await h.context.newCDPSession(page)
    const stopper = new WorkerStopper(page, cdp, h.extensionId)
    await cdp.send('ServiceWorker.enable')
    return stopper
  }

  private stopped(): boolean {
    return [...this.status.values()].every((s) => s === 'stopped')
  }

  async stop(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers')
    while (!this.stopped())
      await new Promise<void>((done) => {
        this.changed = done
      })
    this.changed = null
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined)
    await this.page.close().catch(() => undefined)
  }
}

/**
 * Opens the empty page, the floor page and the popup in turn (`warmup` rounds not counted, then `samples`), with the
 * service worker running (it stays awake between opens: the popup's messages keep it so) or stopped before every
 * open of any page, and returns the medians and their ratios. The order inside a round alternates too, so a
 * machine slowing down or speeding up over the run favours neither page.
 */
export async function measureLimit(
  h: ExtensionHarness,
  options: { worker: 'running' | 'stopped'; samples?: number; warmup?: number },
): Promise<LimitResult> {
  const samples = options.samples ?? 15
  const warmup = options.warmup ?? 2
  const stopper = options.worker === 'stopped' ? await WorkerStopper.open(h) : null
  const times = { empty: [] as number[], floor: [] as number[], popup: [] as number[] }
  const open = { empty: openEmpty, floor: openFloor, popup: openPopupUntilDrawn }
  try {
    if (options.worker === 'running') await h.serviceWorker()
    for (let i = 0; i < warmup + samples; i++) {
      const order =
        i % 2 === 0 ? (['empty', 'floor', 'popup'] as const) : (['popup', 'floor', 'empty'] as const)
      for (const which of order) {
        await stopper?.stop()
        const ms = await open[which](h)
        if (i >= warmup) times[which].push(ms)
      }
    }
  } finally {
    await stopper?.close()
  }
  const [popupMs, emptyMs, floorMs] = [median(times.popup), median(times.empty), median(times.floor)]
  return { popupMs, emptyMs, ratio: popupMs / emptyMs, floorMs, floorRatio: floorMs / emptyMs, samples }
}
