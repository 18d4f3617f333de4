/**
 * Firefox ESR driven over WebDriver BiDi (Playwright cannot install extensions into a stock Firefox). Pages are
 * served by the same loopback HTTPS FixtureServer as in Chromium; Firefox reaches it through a loopback CONNECT
 * proxy that tunnels only www.linkedin.com:443 and refuses every other host — so no root and no port 443 needed.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GECKO_ID } from '../../firefox-manifest.ts'
import { FixtureServer, ROOT } from '../../scripts/lib/harness.ts'

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const DIST_FIREFOX = join(ROOT, 'dist-firefox')
/**
 * The add-on's internal UUID, fixed through `extensions.webextensions.uuids` (a JSON map of add-on id → UUID), so
 * its pages have a known address: moz-extension://<EXTENSION_UUID>/src/popup/index.html.
 */
export const EXTENSION_UUID = '3b7e2f1a-9c4d-4e8a-b5f6-0123456789ab'

/** A CONNECT proxy on 127.0.0.1 that tunnels www.linkedin.com:443 to `target` and nothing else. */
async function startProxy(targetPort: number, refused: string[]): Promise<Server> {
  const proxy = createServer((_req, res) => res.writeHead(403).end())
  proxy.on('connect', (req, client, head) => {
    if (req.url !== 'www.linkedin.com:443') {
      refused.push(req.url ?? '')
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done))
  return proxy
}

type BidiResult = Record<string, unknown>

export class FirefoxHarness {
  readonly server = new FixtureServer()
  /** Hosts Firefox tried to reach other than www.linkedin.com (should stay empty). */
  readonly refusedHosts: string[] = []
  private proxy: Server | undefined
  private firefox: ChildProcess | undefined
  private socket: WebSocket | undefined
  private profile = ''
  private nextId = 1
  private pending = new Map<number, { done: (r: BidiResult) => void; fail: (e: Error) => void }>()
  context = ''

  async launch(dist = DIST_FIREFOX): Promise<this> {
    if (!existsSync(join(dist, 'manifest.json')))
      throw new Error(`${dist} is missing: run npm run build:firefox`)
    await this.server.start()
    this.proxy = await startProxy(this.server.port, this.refusedHosts)
    const proxyPort = (this.proxy.address() as AddressInfo).port
    this.profile = mkdtempSync(join(tmpdir(), 'ssi-lens-ff-'))
    const prefs: Record<string, string | number | boolean> = {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.trr.mode': 5,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Quiet start: no update, telemetry, remote settings or first-run pages try to leave the machine.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'services.settings.server': 'https://127.0.0.1:9/',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // The media plugin updater (Widevine, OpenH264) checks Google's update service (update.googleapis.com) some
      // seconds after start, so whether a test saw it depended on how long the run had lasted.
      'media.gmp-manager.updateEnabled': false,
      'media.gmp-widevinecdm.enabled': false,
      'media.gmp-gmpopenh264.enabled': false,
    }
    writeFileSync(
      join(this.profile, 'user.js'),
      Object.entries(prefs)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('\n'),
    )
    // --remote-allow-system-access: without it, BiDi refuses to navigate to moz-extension:// pages ("not allowed
    // in this context"), so the popup and options could not be opened at all.
    const args = [
      '--headless',
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      '--profile',
      this.profile,
    ]
    const firefox = spawn(FIREFOX, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.firefox = firefox
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('Firefox did not start WebDriver BiDi in 30 s')), 30_000)
      timer.unref()
      let buffer = ''
      firefox.stderr?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(buffer)
        if (m?.[1]) {
          clearTimeout(timer)
          done(m[1])
        }
      })
      firefox.on('exit', (code) => fail(new Error(`Firefox exited early (${code}): ${buffer.slice(-500)}`)))
    })
    const socket = new WebSocket(`${url}/session`)
    this.socket = socket
    socket.addEventListener('message', (event) => {
      const msg = JSON.parse(String(event.data)) as {
        id?: number
        error?: string
        message?: string
        result?: BidiResult
      }
      const waiter = msg.id === undefined ? undefined : this.pending.get(msg.id)
      if (!waiter || msg.id === undefined) return
      this.pending.delete(msg.id)
      if (msg.error) waiter.fail(new Error(`${msg.error}: ${msg.message}`))
      else waiter.done(msg.result ?? {})
    })
    await new Promise<void>((done, fail) => {
      socket.addEventListener('open', () => done())
      socket.addEventListener('error', () => fail(new Error('BiDi socket failed')))
    })
    await this.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } })
    await this.send('webExtension.install', { extensionData: { type: 'path', path: dist } })
    const created = await this.send('browsingContext.create', { type: 'tab' })
    this.context = String(created.context)
    return this
  }

  send(method: string, params: Record<string, unknown>): Promise<BidiResult> {
    const id = this.nextId++
    return new Promise((done, fail) => {
      this.pending.set(id, { done, fail })
      this.socket?.send(JSON.stringify({ id, method, params }))
    })
  }

  /** The address of one of the add-on's pages, e.g. `src/popup/index.html`. */
  extensionUrl(path: string): string {
    return `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`
  }

  async navigate(url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' })
  }

  /** Evaluates `expression` in the page (main world) and returns BiDi's serialised result as it is. */
  async evaluateSerialized(
    expression: string,
    serializationOptions: Record<string, unknown>,
  ): Promise<unknown> {
    const r = await this.send('script.evaluate', {
      expression,
      target: { context: this.context },
      awaitPromise: true,
      serializationOptions,
    })
    return r.result
  }

  /** Evaluates `expression` in the page (main world) and returns its primitive value. */
  async evaluate(expression: string): Promise<unknown> {
    const r = await this.send('script.evaluate', {
      expression,
      target: { context: this.context },
      awaitPromise: true,
    })
    return (r.result as { value?: unknown } | undefined)?.value
  }

  async close(): Promise<void> {
    this.socket?.close()
    this.firefox?.kill('SIGKILL')
    await new Promise<void>((done) => (this.proxy ? this.proxy.close(() => done()) : done()))
    await this.server.stop()
    if (this.profile) rmSync(this.profile, { recursive: true, force: true })
  }
}
