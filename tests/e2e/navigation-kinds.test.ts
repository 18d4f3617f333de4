/**
 * Every way a single-page app changes its address without a page load reaches the content scripts, in real
 * Chromium: the watcher listens to the Navigation API's `currententrychange` alone (src/content/index.ts), and this
 * is the evidence that one event covers them — an intercepted `navigation.navigate`, and going back and forward
 * (which also fire `popstate`), besides the bare `pushState` of capture.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { contentScriptSettled, messageLog } from '../support/content-script.ts'
import { modernMain } from './pages.ts'

const HOME = 'https://www.linkedin.com/sales/home'

/** A home page whose link to the SSI page is a navigation the app intercepts (`event.intercept()`). */
function salesHomeWithInterceptedLink(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sales Navigator</title></head>
<body><div id="app"><main id="content-main"><h1>Home</h1></main></div>
<script>
const home = document.querySelector('main').outerHTML
navigation.addEventListener('navigate', (event) => {
  if (!event.canIntercept) return
  const url = new URL(event.destination.url)
  event.intercept({ handler: async () => {
    document.querySelector('main').outerHTML = url.pathname === '/sales/ssi' ? ${JSON.stringify(modernMain())} : home
  } })
})
</script></body></html>`
}

describe('the navigation watcher in Chromium', () => {
  let h: ExtensionHarness
  beforeEach(async () => {
    h = await launchExtension()
  })
  afterEach(async () => {
    await h.close()
  })

  it('notices an intercepted navigation, going back and going forward, and captures on each arrival', async () => {
    h.server.serve(HOME, salesHomeWithInterceptedLink())
    const received = await messageLog(h)
    const page = await h.openPage(HOME)
    await contentScriptSettled(page, h.extensionId)
    const saves = async () => (await received()).filter((type) => type === 'saveSnapshot').length

    await page.evaluate("navigation.navigate('/sales/ssi').finished")
    await expect.poll(saves).toBe(1)
    expect((await received()).filter((type) => type === 'injectReader')).toHaveLength(1)

    // Back to home (the reader stops), then forward to the SSI page (it reads the page again).
    await page.evaluate('navigation.back().finished')
    expect(new URL(page.url()).pathname).toBe('/sales/home')
    await page.evaluate('navigation.forward().finished')
    await expect.poll(saves).toBe(2)
    // The reader already runs in this document: the watcher hands it the arrival and asks for no second one.
    expect((await received()).filter((type) => type === 'injectReader')).toHaveLength(1)
  })
})
