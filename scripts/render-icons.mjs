// Renders assets/icon.svg to the PNG sizes the manifest names, with Debian's Chromium (no image library needed).
// Run after editing the SVG: `node scripts/render-icons.mjs`; commit the PNGs.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '..')
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  )
  await page.screenshot({ path: join(root, `assets/icon-${size}.png`), omitBackground: true })
  await page.close()
}
await browser.close()
console.log('wrote assets/icon-{16,32,48,128}.png')
