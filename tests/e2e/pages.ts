/** Page variants built from the fixtures for end-to-end tests: late rendering and in-app (SPA) navigation. */
import { fixture } from '../../scripts/lib/harness.ts'

/** The `<main>…</main>` of the modern SSI fixture: what LinkedIn's app renders once the numbers arrive. */
export function modernMain(source = fixture('ssi-modern-en')): string {
  const match = /<main[\s\S]*<\/main>/.exec(source)
  if (!match) throw new Error('the modern fixture has no <main>')
  return match[0]
}

/**
 * The loading skeleton, whose numbers arrive when the test calls `window.renderNumbers()` (as the XHR-hydrated
 * page renders them once its request answers): the test decides when, so it can look at the page before.
 */
export function lateRenderingPage(main = modernMain()): string {
  const script = `<script>window.renderNumbers = () => { document.querySelector('main').outerHTML = ${JSON.stringify(main)} }</script>`
  return fixture('ssi-loading-skeleton').replace('</body>', `${script}</body>`)
}

/**
 * A Sales Navigator page (`/sales/home`) whose link to the SSI page is handled in-app: `pushState`, then the SSI
 * content is rendered a moment later, the way a single-page app does. No page load happens.
 */
export function salesHomeWithInAppLink(main = modernMain()): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sales Navigator</title></head>
<body><div id="app"><main id="content-main"><h1>Home</h1>
<a id="to-ssi" href="/sales/ssi">Social Selling Index</a></main></div>
<script>
document.getElementById('to-ssi').addEventListener('click', (event) => {
  event.preventDefault()
  history.pushState({}, '', '/sales/ssi')
  document.title = 'Social Selling Index | Sales Navigator'
  setTimeout(() => { document.querySelector('main').outerHTML = ${JSON.stringify(main)} }, 300)
})
</script></body></html>`
}

/**
 * The page with LinkedIn's CDN links (static.licdn.com, media.licdn.com) pointed at the loopback server instead,
 * so the page itself requests no other host: any request to another host must then come from the extension.
 */
export function withoutCdn(html: string): string {
  return html.replace(/https:\/\/(static|media)(-exp\d)?\.licdn\.com\//g, 'https://www.linkedin.com/cdn/$1/')
}
