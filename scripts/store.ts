/**
 * `npm run store`: the images the Chrome Web Store, Edge Add-ons and AMO listings need (STORE.md), into
 * release/store/. Every picture is SSI Lens's real rendering in headless Chromium, set up as the demo does
 * (scripts/lib/demo-run.ts: 49 seeded days through Import CSV, today captured from the sample SSI page): the popup, the
 * badge on the SSI page, the options page, and the Team and History pages when the build has them. The backdrops
 * and tiles around them are plain HTML. Screenshots come out as 24-bit PNG without alpha, as the stores ask.
 * Loaded by scripts/store.mjs, because Node 20 cannot run TypeScript.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { historyToCsv } from '../src/core/csv-write.ts'
import { dayKey } from '../src/core/day.ts'
import { demoHistory } from './lib/demo-history.ts'
import { captureToday, openPopup, seedHistory } from './lib/demo-run.ts'
import { DIST, type ExtensionHarness, launchExtension, ROOT } from './lib/harness.ts'
import { boxOf, readBadge } from './lib/inline-badge.ts'
import { pngWithoutAlpha } from './lib/png.ts'

const SCREENSHOT = { width: 1280, height: 800 }
const WAIT_MS = 20_000
/** Listing words around the pictures (the store's, not the extension's UI, so not in the catalogue). */
const TAGLINE = 'Your LinkedIn Social Selling Index, day by day'
const SUBLINE =
  'Today’s score, the seven-week trend and the pillar to work on next. Nothing leaves your browser.'
const BRAND = '#0a66c2'
const FONT = `system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`

/** The images this run writes, by file name. */
export type StoreImages = Record<string, { width: number; height: number }>

async function save(path: string, png: Buffer): Promise<void> {
  writeFileSync(path, pngWithoutAlpha(png))
}

/** A plain HTML picture of `width` × `height` (a backdrop or tile), photographed as it is. */
async function compose(h: ExtensionHarness, width: number, height: number, html: string): Promise<Buffer> {
  const page = await h.context.newPage()
  await page.setViewportSize({ width, height })
  await page.setContent(`<!doctype html><html><head><style>
    html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; font-family: ${FONT}; }
  </style></head><body>${html}</body></html>`)
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())))
  const png = await page.screenshot({ omitBackground: false })
  await page.close()
  return png
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`
const ICON = () => dataUrl(readFileSync(join(ROOT, 'assets/icon-128.png')))

/** The popup at its real size (420 × 600), light. */
async function popupPicture(h: ExtensionHarness): Promise<Buffer> {
  const popup = await openPopup(h, 'light')
  await popup.locator('[data-testid="trend-chart"]').first().waitFor({ timeout: WAIT_MS })
  const png = await popup.screenshot({ omitBackground: false })
  await popup.close()
  return png
}

/** The SSI page with the score card and the badge in view, at 1.5× so the badge's words can be read. */
async function ssiPagePicture(page: Page): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page)
  const scale = 1.5
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(SCREENSHOT.width / scale),
    height: Math.round(SCREENSHOT.height / scale),
    deviceScaleFactor: scale,
    mobile: false,
  })
  await page.evaluate(() => {
    const card = document.querySelector('.user-ssi-score')
    card?.scrollIntoView({ block: 'start' })
    window.scrollBy(0, -24)
  })
  const badge = await readBadge(page)
  if (!badge) throw new Error('no inline badge on the SSI page')
  await boxOf(page, badge.hostId)
  const png = await page.screenshot({ omitBackground: false })
  await cdp.send('Emulation.clearDeviceMetricsOverride')
  await cdp.detach()
  return png
}

/** An extension page (options, team, history) at 1280 × 800, once it has rendered. */
async function extensionPagePicture(
  h: ExtensionHarness,
  path: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Buffer> {
  const page = await h.context.newPage()
  await page.setViewportSize(SCREENSHOT)
  await page.goto(h.url(path))
  await page.locator('[data-ready]').first().waitFor({ timeout: WAIT_MS })
  await prepare?.(page)
  const png = await page.screenshot({ omitBackground: false })
  await page.close()
  return png
}

/** Three people's files (the demo's history, shifted), added through the Team page's own file input. */
async function addTeam(page: Page, today: string): Promise<void> {
  const people = [
    ['Alex Martin', 20_261_122, 0],
    ['Sam Rivera', 7, -6],
    ['Jo Chen', 42, 9],
  ] as const
  const files = people.map(([name, seed, shift]) => ({
    name: `${name}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(
      historyToCsv(
        demoHistory(today, seed).map((d) => ({
          ...d,
          overall: Math.max(0, Math.min(100, d.overall + shift)),
          pillars: Object.fromEntries(
            Object.entries(d.pillars).map(([k, v]) => [k, Math.max(0, Math.min(25, v + shift / 4))]),
          ) as typeof d.pillars,
        })),
      ),
    ),
  }))
  await page.locator('input[type="file"][multiple]').first().setInputFiles(files)
  await page
    .locator('[data-testid="team-table"] tbody tr')
    .nth(people.length - 1)
    .waitFor({ timeout: WAIT_MS })
}

function popupBackdrop(popup: Buffer): string {
  return `<div style="display:flex;align-items:center;justify-content:center;gap:72px;width:100%;height:100%;
      background:linear-gradient(135deg,#eef1f4,#dfe5ea);">
    <div style="width:460px;color:#1d2226;">
      <img src="${ICON()}" width="72" height="72" style="display:block;margin:0 0 20px -10px">
      <h1 style="margin:0 0 16px;font-size:40px;line-height:1.15;font-weight:700;">${TAGLINE}</h1>
      <p style="margin:0;font-size:20px;line-height:1.5;color:#45505a;">${SUBLINE}</p>
    </div>
    <img src="${dataUrl(popup)}" width="420" height="600"
      style="border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.18),0 0 0 1px rgba(0,0,0,.08);">
  </div>`
}

function smallTile(): string {
  return `<div style="display:flex;flex-direction:column;justify-content:center;gap:14px;box-sizing:border-box;
      width:100%;height:100%;padding:0 36px;background:${BRAND};color:#fff;">
    <div style="display:flex;align-items:center;gap:16px;">
      <img src="${ICON()}" width="88" height="88" style="margin:-12px">
      <span style="font-size:44px;font-weight:700;letter-spacing:-0.01em;">SSI Lens</span>
    </div>
    <p style="margin:0;font-size:22px;line-height:1.35;font-weight:500;">${TAGLINE}</p>
  </div>`
}

function marquee(popup: Buffer): string {
  return `<div style="display:flex;align-items:center;justify-content:space-between;box-sizing:border-box;
      width:100%;height:100%;padding:0 120px;background:${BRAND};color:#fff;overflow:hidden;">
    <div style="width:640px;">
      <div style="display:flex;align-items:center;gap:18px;margin-bottom:24px;">
        <img src="${ICON()}" width="96" height="96" style="margin:-12px">
        <span style="font-size:52px;font-weight:700;">SSI Lens</span>
      </div>
      <p style="margin:0 0 12px;font-size:32px;line-height:1.25;font-weight:600;">${TAGLINE}</p>
      <p style="margin:0;font-size:21px;line-height:1.45;opacity:.9;">${SUBLINE}</p>
    </div>
    <img src="${dataUrl(popup)}" width="420" height="600"
      style="align-self:flex-start;margin-top:48px;border-radius:12px;box-shadow:0 16px 48px rgba(0,0,0,.35);">
  </div>`
}

/** Makes every image into `out`; returns what it wrote. */
export async function makeStoreImages(out: string, dist = DIST): Promise<StoreImages> {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const written: StoreImages = {}
  const write = async (name: string, png: Buffer, size: { width: number; height: number }) => {
    await save(join(out, name), png)
    written[name] = size
  }
  const h = await launchExtension({ dist, colorScheme: 'light', viewport: SCREENSHOT })
  try {
    const today = dayKey(new Date())
    const importer = await openPopup(h, 'light')
    await seedHistory(importer, today)
    await importer.close()
    const ssiPage = h.context.pages()[0] ?? (await h.context.newPage())
    const captured = await captureToday(h, ssiPage, today)
    if (!captured.captured || !captured.inlineBadge.present)
      throw new Error('the sample SSI page was not captured, or its badge did not appear')

    const popup = await popupPicture(h)
    await write('screenshot-1-popup.png', await compose(h, 1280, 800, popupBackdrop(popup)), SCREENSHOT)
    await write('screenshot-2-ssi-page.png', await ssiPagePicture(ssiPage), SCREENSHOT)
    await write(
      'screenshot-3-options.png',
      await extensionPagePicture(h, 'src/options/index.html'),
      SCREENSHOT,
    )
    // Pages other engineers build: pictured once the build has them.
    if (existsSync(join(dist, 'src/team/index.html')))
      await write(
        'screenshot-4-team.png',
        await extensionPagePicture(h, 'src/team/index.html', (page) => addTeam(page, today)),
        SCREENSHOT,
      )
    if (existsSync(join(dist, 'src/history/index.html')))
      await write(
        'screenshot-5-history.png',
        await extensionPagePicture(h, 'src/history/index.html'),
        SCREENSHOT,
      )
    await write('promo-small-440x280.png', await compose(h, 440, 280, smallTile()), {
      width: 440,
      height: 280,
    })
    await write('promo-marquee-1400x560.png', await compose(h, 1400, 560, marquee(popup)), {
      width: 1400,
      height: 560,
    })
  } finally {
    await h.close()
  }
  return written
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, dist: { type: 'string' } },
  })
  const out = values.out ?? join(ROOT, 'release/store')
  const written = await makeStoreImages(out, values.dist ?? DIST)
  for (const [name, { width, height }] of Object.entries(written))
    console.log(`${join(out, name)}  ${width}×${height}`)
  return 0
}
