/**
 * The capture path in Firefox ESR (MV3, background scripts): the content script reads the SSI fixture and the
 * background stores the day. BiDi cannot open moz-extension:// pages or read the extension's IndexedDB, so the
 * proof is the inline badge's state, which the content script sets only after the background answered the save.
 */
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIREFOX, FirefoxHarness } from './firefox.ts'
import { fixture, SSI_URL } from './harness.ts'
import { withoutCdn } from './pages.ts'

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout
  let value = await read()
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}

describe.runIf(existsSync(FIREFOX) || process.env.CI)('capture in Firefox ESR', () => {
  let ff: FirefoxHarness
  beforeAll(async () => {
    ff = await new FirefoxHarness().launch()
  })
  afterAll(async () => {
    await ff?.close()
  })

  const badgeState = () =>
    ff.evaluate(`document.querySelector('[data-ssi-lens]')?.getAttribute('data-ssi-lens') ?? ''`)

  it('records the SSI page and answers the content script', async () => {
    ff.server.serve(SSI_URL, withoutCdn(fixture('ssi-modern-en')))
    await ff.navigate(SSI_URL)
    expect(await poll(badgeState, (s) => s !== '')).toBe('recorded')
  })

  it('reports a logged-out page as a failed reading, not a record', async () => {
    ff.server.serve(SSI_URL, withoutCdn(fixture('ssi-logged-out-login')))
    await ff.navigate(SSI_URL)
    expect(await poll(badgeState, (s) => s !== '')).toBe('not-logged-in')
  })

  it('reaches no host but the loopback fixture server (the proxy refuses Firefox services too)', () => {
    // The pages are served without their CDN links, so any other host would have to come from SSI Lens. Firefox
    // itself keeps asking for its remote settings despite the prefs; those are its requests, not ours.
    const firefoxOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/
    expect(ff.refusedHosts.filter((host) => !firefoxOwn.test(host))).toEqual([])
  })
})
