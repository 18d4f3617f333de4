/**
 * What the options, History and Team pages fetch to open: each is built alone as one module with its CSS inline
 * (page-build.ts), so an open asks for the HTML and that one module, and for no stylesheet, no preloaded chunk and
 * no other script. A page that started to share chunks again would fetch more and fail here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { dayKey } from '../../src/core/day.ts'
import { syntheticHistory } from '../support/records.ts'

let h: ExtensionHarness

beforeAll(async () => {
  h = await launchExtension()
  // Days to show, so History and Team draw their tables and charts, not only their empty states.
  await h.sendFromExtensionPage('importCsv', { text: historyToCsv(syntheticHistory(60, dayKey(new Date()))) })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

/** Every extension file `page` fetches until it is ready, by kind, named without its content hash. */
async function fetchedToOpen(page: string): Promise<{ html: string[]; js: string[]; css: string[] }> {
  const tab = await h.context.newPage()
  const cdp = await h.context.newCDPSession(tab)
  const fetched: string[] = []
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    const url = new URL(request.url)
    if (url.protocol === 'chrome-extension:')
      fetched.push(url.pathname.replace(/-[\w-]{8}\.(js|css)$/, '.$1'))
  })
  await cdp.send('Network.enable')
  await tab.goto(h.url(page))
  await tab.waitForSelector('[data-ready]', { timeout: 15_000 })
  await cdp.detach()
  await tab.close()
  const of = (ext: string) => fetched.filter((path) => path.endsWith(ext)).sort()
  return { html: of('.html'), js: of('.js'), css: of('.css') }
}

describe('a full page opens with one module, its CSS inline', () => {
  it.each([
    ['options', 'src/options/index.html'],
    ['history', 'src/history/index.html'],
    ['team', 'src/team/index.html'],
  ])('%s', async (name, page) => {
    expect(await fetchedToOpen(page)).toEqual({
      html: [`/${page}`],
      js: [`/assets/${name}.js`],
      css: [],
    })
  })
})
