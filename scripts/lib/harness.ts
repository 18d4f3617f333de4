/**
 * End-to-end harness: the built extension (`dist/`) in real headless Chromium (Debian's), with fixture pages served
 * over HTTPS on loopback as `https://www.linkedin.com/...`. Every other host fails to resolve, so a test can never
 * reach the live site. Used by every Chromium e2e test, `npm run demo` and `npm run store` (so it lives outside tests/).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core'
import type { DayRecord, FailureRecord } from '../../src/core/snapshot.ts'
import { ROOT, SSI_URL } from './fixtures.ts'

export { FIXTURES, fixture, ROOT, SSI_URL } from './fixtures.ts'

export const DIST = join(ROOT, 'dist')
export const SCREENSHOTS = join(ROOT, 'test-results')

/** Debian's real binary: the /usr/bin/chromium wrapper adds an empty --load-extension and other flags. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'

/** A popup is ~400 px wide in the toolbar; screenshots use this viewport to look like it. */
export const POPUP_VIEWPORT = { width: 420, height: 600 }

export type Handler = { status?: number; headers?: Record<string, string>; body: string }

/** An HTTPS server on 127.0.0.1 answering for www.linkedin.com from a route table tests can change at any time. */
export class FixtureServer {
  readonly routes = new Map<string, Handler>()
  /** Every request the server saw, as `METHOD path` (the host is always www.linkedin.com). */
  readonly requests: string[] = []
  private server: Server | undefined
  port = 0

  async start(): Promise<void> {
    const { key, cert } = certificate()
    const server = createServer({ key, cert }, (req, res) => {
      const path = req.url ?? '/'
      this.requests.push(`${req.method} ${path}`)
      const route = this.routes.get(path) ?? this.routes.get(path.split('?')[0] ?? path)
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      res.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers })
      res.end(route.body)
    })
    this.server = server
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    this.port = (server.address() as AddressInfo).port
  }

  /** Serves `body` at a www.linkedin.com URL or path (query strings match exactly first, then by path). */
  serve(urlOrPath: string, body: string, extra: Omit<Handler, 'body'> = {}): void {
    const path = urlOrPath.startsWith('http')
      ? new URL(urlOrPath).pathname + new URL(urlOrPath).search
      : urlOrPath
    this.routes.set(path, { ...extra, body })
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()))
  }
}

let cached: { key: string; cert: string } | undefined
/** A throwaway self-signed certificate for www.linkedin.com, made once per process with openssl. */
function certificate(): { key: string; cert: string } {
  if (cached) return cached
  const dir = mkdtempSync(join(tmpdir(), 'ssi-lens-cert-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=www.linkedin.com',
      '-addext',
      'subjectAltName=DNS:www.linkedin.com',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  cached = {
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
  }
  rmSync(dir, { recursive: true, force: true })
  return cached
}

/**
 * The stored days in a raw `readDatabase()` answer, ascending: the history is kept in month buckets
 * (`months` store, `{ month, days, dayKeys }`, see src/background/db.ts), read here in key order and flattened.
 */
export function storedDays(db: Record<string, unknown[]>): DayRecord[] {
  return (db.months ?? []).flatMap((bucket) => (bucket as { days: DayRecord[] }).days)
}

/** The stored failed readings (at most the latest one) in a raw `readDatabase()` answer. */
export function storedFailures(db: Record<string, unknown[]>): FailureRecord[] {
  return (db.failures ?? []) as FailureRecord[]
}

export interface LaunchOptions {
  dist?: string
  /** `null` follows the system's scheme (a windowed demo); light when not given. */
  colorScheme?: 'light' | 'dark' | null
  /** Keep the profile directory (for a demo that wants to look around); removed by `close()` otherwise. */
  keepProfile?: boolean
  headless?: boolean
  viewport?: { width: number; height: number } | null
  /**
   * The browser's UI language (`pt-BR`, `de`, `ar`): Chromium on Linux takes it from the `LANGUAGE` environment
   * variable, for the locales installed (Debian's chromium-l10n); the extension's catalogue follows it.
   */
  language?: string
}

export class ExtensionHarness {
  readonly server = new FixtureServer()
  context!: BrowserContext
  extensionId = ''
  /** Every URL any page or worker of the browser requested (to prove the extension itself requests nothing). */
  readonly browserRequests: string[] = []
  private profile = ''

  constructor(private readonly options: LaunchOptions = {}) {}

  /** The throwaway profile directory ('' before `launch()`), e.g. to delete it from a process exit handler. */
  get profileDir(): string {
    return this.profile
  }

  async launch(): Promise<this> {
    const dist = this.options.dist ?? DIST
    if (!existsSync(join(dist, 'manifest.json')))
      throw new Error(`${dist} has no manifest.json: run npm run build`)
    await this.server.start()
    this.profile = mkdtempSync(join(tmpdir(), 'ssi-lens-profile-'))
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: this.options.headless ?? true,
      colorScheme: this.options.colorScheme === undefined ? 'light' : this.options.colorScheme,
      viewport: this.options.viewport === undefined ? { width: 1280, height: 900 } : this.options.viewport,
      ignoreHTTPSErrors: true,
      ...(this.options.language
        ? { env: { ...process.env, LANGUAGE: this.options.language.replace('-', '_'), LANG: 'C.UTF-8' } }
        : {}),
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // www.linkedin.com is our loopback server; every other name fails, so nothing can leave the machine.
        `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${this.server.port},MAP * ~NOTFOUND,EXCLUDE 127.0.0.1`,
        '--ignore-certificate-errors',
      ],
    })
    this.context.on('request', (request) => {
      this.browserRequests.push(request.url())
    })
    const worker = await this.serviceWorker()
    this.extensionId = new URL(worker.url()).host
    return this
  }

  /** The extension's current service worker (waits for it, e.g. after it was stopped and woken again). */
  async serviceWorker(): Promise<Worker> {
    const live = this.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    if (live) return live
    return this.context.waitForEvent('serviceworker', { timeout: 15_000 })
  }

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`
  }

  /** Opens a page of the extension (popup or options) in a tab and waits for `readySelector`. */
  async openExtensionPage(
    path: string,
    readySelector?: string,
    viewport: { width: number; height: number } | null = null,
  ): Promise<Page> {
    const page = await this.context.newPage()
    if (viewport) await page.setViewportSize(viewport)
    await page.goto(this.url(path))
    if (readySelector) await page.waitForSelector(readySelector, { timeout: 15_000 })
    return page
  }

  /** The popup at popup size. Waits until the app has rendered its first real state. */
  async openPopup(readySelector = '[data-ready]'): Promise<Page> {
    return this.openExtensionPage('src/popup/index.html', readySelector, POPUP_VIEWPORT)
  }

  async openOptions(readySelector = '[data-ready]'): Promise<Page> {
    return this.openExtensionPage('src/options/index.html', readySelector)
  }

  /** Opens `url` (served by the fixture server) in a new tab. */
  async openPage(url = SSI_URL): Promise<Page> {
    const page = await this.context.newPage()
    await page.goto(url, { waitUntil: 'domcontentloaded' })
    return page
  }

  /**
   * Sends a protocol message from an extension page, exactly as the popup would (sender = extension page).
   * Returns the reply envelope `{ ok, result | error }`.
   */
  async sendFromExtensionPage(type: string, payload: unknown): Promise<unknown> {
    const page = await this.openExtensionPage('src/options/index.html')
    try {
      return await page.evaluate(
        ([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }),
        [type, payload],
      )
    } finally {
      await page.close()
    }
  }

  /** Every object store of the extension's IndexedDB `name` (or only the stores named), read raw inside the service worker. */
  async readDatabase(name = 'ssi-lens', only?: readonly string[]): Promise<Record<string, unknown[]>> {
    return (await this.eachStore(name, only, 'getAll')) as Record<string, unknown[]>
  }

  /** How many records each store holds, counted in the worker: thirty people's days are megabytes to carry out. */
  async countRecords(name = 'ssi-lens'): Promise<Record<string, number>> {
    return (await this.eachStore(name, undefined, 'count')) as Record<string, number>
  }

  /** Every store's records (`getAll`) or their number (`count`), read in the worker in one transaction. */
  private async eachStore(name: string, only: readonly string[] | undefined, how: 'getAll' | 'count') {
    const worker = await this.serviceWorker()
    return worker.evaluate(
      ([dbName, only, how]) =>
        new Promise<Record<string, unknown>>((done, fail) => {
          const open = indexedDB.open(dbName)
          open.onerror = () => fail(open.error)
          open.onsuccess = () => {
            const db = open.result
            const names = Array.from(db.objectStoreNames).filter((n) => !only || only.includes(n))
            const out: Record<string, unknown> = {}
            if (names.length === 0) {
              db.close()
              done(out)
              return
            }
            const tx = db.transaction(names, 'readonly')
            for (const n of names) {
              const req = how === 'count' ? tx.objectStore(n).count() : tx.objectStore(n).getAll()
              req.onsuccess = () => {
                out[n] = req.result
              }
            }
            tx.oncomplete = () => {
              db.close()
              done(out)
            }
            tx.onerror = () => fail(tx.error)
          }
        }),
      [name, only, how] as const,
    )
  }

  /** Polls `readDatabase` until `predicate` holds (captures are asynchronous). */
  async waitForDatabase(
    predicate: (db: Record<string, unknown[]>) => boolean,
    timeout = 15_000,
  ): Promise<Record<string, unknown[]>> {
    const end = Date.now() + timeout
    let last: Record<string, unknown[]> = {}
    while (Date.now() < end) {
      last = await this.readDatabase()
      if (predicate(last)) return last
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`database never matched; last contents: ${JSON.stringify(last).slice(0, 2000)}`)
  }

  /** Stops the extension's service worker through CDP, as Chrome does when it is idle (or crashes). */
  async stopServiceWorker(): Promise<void> {
    const page = await this.context.newPage()
    try {
      const cdp = await this.context.newCDPSession(page)
      await cdp.send('ServiceWorker.enable')
      await cdp.send('ServiceWorker.stopAllWorkers')
      const end = Date.now() + 10_000
      while (
        this.context.serviceWorkers().some((w) => w.url().includes(this.extensionId)) &&
        Date.now() < end
      )
        await new Promise((r) => setTimeout(r, 50))
      await cdp.detach()
    } finally {
      await page.close()
    }
  }

  /** The toolbar badge text and colour, read from the service worker. */
  async toolbarBadge(): Promise<{ text: string; color: number[] }> {
    const worker = await this.serviceWorker()
    return worker.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      color: await chrome.action.getBadgeBackgroundColor({}),
    }))
  }

  /** Saves a screenshot of `page` (or one element of it) under test-results/NAME.png and returns its path. */
  async screenshot(page: Page, name: string, selector?: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const path = join(SCREENSHOTS, `${name}.png`)
    if (selector) await page.locator(selector).first().screenshot({ path })
    else await page.screenshot({ path })
    return path
  }

  /** Requests that went anywhere except the fixture server's pages and the extension itself. */
  foreignRequests(): string[] {
    return this.browserRequests.filter(
      (url) => !url.startsWith('chrome-extension://') && !url.startsWith('https://www.linkedin.com/'),
    )
  }

  async close(): Promise<void> {
    await this.context?.close().catch(() => undefined)
    await this.server.stop()
    if (!this.options.keepProfile && this.profile) rmSync(this.profile, { recursive: true, force: true })
  }
}

/** Launches Chromium with the built extension loaded and a fresh profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  return new ExtensionHarness(options).launch()
}
