// Renders assets/icon.svg to the PNG sizes the manifest names, with Debian's Chromium (no image library needed).
// Run after editing the SVG: `node scripts/render-icons.mjs`; commit the PNGs.
//
// The toolbar sizes (16, 32, 48) are drawn edge to edge, so they stay legible. The 128 px icon is the one the
// Chrome Web Store and Edge Add-ons show: their guidelines want 96 × 96 px of artwork centred in 16 px of
// transparent padding, so there the SVG's rounded square (x, y 4…124) is cropped to and drawn at 96 px.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '..')
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8')
/** The artwork's own square inside the 128-unit grid: the rounded rectangle, without the SVG's 4-unit margin. */
const ARTWORK_VIEWBOX = '4 4 120 120'
const SIZES = [
  { size: 16, art: 16, svg },
  { size: 32, art: 32, svg },
  { size: 48, art: 48, svg },
  { size: 128, art: 96, svg: svg.replace(/viewBox="[^"]*"/, `viewBox="${ARTWORK_VIEWBOX}"`) },
]
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
for (const { size, art, svg: source } of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
  const pad = (size - art) / 2
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${art}px;height:${art}px;display:block;margin:${pad}px}</style>${source}`,
  )
  await page.screenshot({ path: join(root, `assets/icon-${size}.png`), omitBackground: true })
  await page.close()
}
await browser.close()
console.log('wrote assets/icon-{16,32,48,128}.png (128: 96 px artwork in 16 px of transparent padding)')
