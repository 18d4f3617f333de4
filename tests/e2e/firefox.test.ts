/**
 * The capture path in Firefox ESR (MV3, background scripts): the content script reads the SSI fixture and the
 * background stores the day (the popup and options are firefox-pages.test.ts's). The proof is the inline badge's
 * state (inside its closed shadow root, read through BiDi's shadow-piercing serialisation), which the content
 * script sets only after the background answered the save.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixture, SCREENSHOTS, SSI_URL } from '../../scripts/lib/harness.ts'
import { BADGE_HOST_CANDIDATES, BADGE_SERIALIZATION, badgeStateIn } from '../support/inline-badge-bidi.ts'
import { pollUntil } from '../support/poll.ts'
import { FIREFOX, FirefoxHarness } from './firefox.ts'
import { salesHomeWithInAppLink, withoutCdn } from './pages.ts'

describe.runIf(existsSync(FIREFOX) || process.env.CI)('capture in Firefox ESR', () => {
  let ff: FirefoxHarness
  beforeAll(async () => {
    ff = await new FirefoxHarness().launch()
  })
  afterAll(async () => {
    await ff?.close()
  })

  const badgeState = async () =>
    badgeStateIn(await ff.evaluateSerialized(BADGE_HOST_CANDIDATES, BADGE_SERIALIZATION))

  // /sales/SSI: the manifest lists the page in every mix of capitals, since Firefox's match is case-sensitive too.
  it.each([
    ['the SSI page', SSI_URL],
    ['the SSI page loaded as /sales/SSI', 'https://www.linkedin.com/sales/SSI?src=bookmark'],
  ])('records %s and answers the content script', async (_what, url) => {
    ff.server.serve(url, withoutCdn(fixture('ssi-modern-en')))
    await ff.navigate(url)
    expect(await pollUntil(badgeState, (s) => s !== '')).toBe('recorded')
  })

  it('records the SSI page reached by an in-app link: the background injects the reader (scripting)', async () => {
    ff.server.serve('https://www.linkedin.com/sales/home', withoutCdn(salesHomeWithInAppLink()))
    await ff.navigate('https://www.linkedin.com/sales/home')
    const loads = () => ff.server.requests.filter((r) => r.startsWith('GET /sales/ssi')).length
    const before = loads()
    await ff.evaluate("document.getElementById('to-ssi').click()")
    expect(await pollUntil(badgeState, (s) => s !== '')).toBe('recorded')
    expect(loads()).toBe(before) // no page load of the SSI page happened: the reader came from the background
  })

  it('reports a logged-out page as a failed reading, not a record', async () => {
    ff.server.serve(SSI_URL, withoutCdn(fixture('ssi-logged-out-login')))
    await ff.navigate(SSI_URL)
    expect(await pollUntil(badgeState, (s) => s !== '')).toBe('not-logged-in')
  })

  it('leaves no attribute on the page that names SSI Lens, and no word of the badge for window.find', async () => {
    ff.server.serve(SSI_URL, withoutCdn(fixture('ssi-modern-en')))
    await ff.navigate(SSI_URL)
    expect(await pollUntil(badgeState, (s) => s !== '')).toBe('recorded')
    const probe = `(() => {
      const marked = [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name + '=' + a.value)).filter((a) => /lens/i.test(a))
      const found = ['Recorded', 'SSI Lens', 'Next:', '7-day change'].filter((w) => { getSelection().removeAllRanges(); return window.find(w, false, false, true) })
      getSelection().selectAllChildren(document.body)
      const selected = getSelection().toString()
      getSelection().removeAllRanges()
      return JSON.stringify({ marked, found, selectedWords: /Recorded|SSI Lens|Next:/.test(selected), selectedPage: selected.includes('out of 100') })
    })()`
    expect(JSON.parse(String(await ff.evaluate(probe)))).toEqual({
      marked: [],
      found: [],
      selectedWords: false,
      selectedPage: true,
    })
    // Drawn all the same (the words are generated content): a picture to look at.
    const shot = await ff.send('browsingContext.captureScreenshot', { context: ff.context })
    mkdirSync(SCREENSHOTS, { recursive: true })
    writeFileSync(join(SCREENSHOTS, 'firefox-badge.png'), Buffer.from(String(shot.data), 'base64'))
  })

  it('reaches no host but the loopback fixture server (the proxy refuses Firefox services too)', () => {
    // The pages are served without their CDN links, so any other host would have to come from SSI Lens. Firefox
    // itself keeps asking for its remote settings despite the prefs; those are its requests, not ours.
    const firefoxOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/
    expect(ff.refusedHosts.filter((host) => !firefoxOwn.test(host))).toEqual([])
  })
})
