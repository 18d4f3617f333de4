/**
 * The popup as people see it, measured in real Chromium at Chrome's popup size: the trend is a visible slope
 * (seven weeks where the total climbs 40 → 47 and Insights slips 8.6 → 7.8), every chart label is at least
 * 11 px, the default view fits 420 × 600 without scrolling in light and dark and in each of the nine languages,
 * each range shows its span, and the screenshots of every state are written to test-results/ for a person to
 * look at.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, fixture, launchExtension, SSI_URL } from '../../scripts/lib/harness.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { formatDay } from '../../src/core/format-date.ts'
import { crossesYear } from '../../src/core/series.ts'
import { sevenWeeks } from '../support/records.ts'
import { csvOf, importThroughExtension } from './bench.ts'

const today = dayKey(new Date())
let h: ExtensionHarness
const measured: Record<string, number | string> = {}

beforeAll(async () => {
  h = await launchExtension()
})
afterAll(async () => {
  console.log(`\npopup measurements: ${JSON.stringify(measured)}\n`)
  await h?.close()
})

async function openPopup(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await h.openPopup()
  await page.emulateMedia({ colorScheme: scheme })
  return page
}

const heightOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().height)

/**
 * What fitting the popup means, measured in the page: the content's height, the document's scroll size, the
 * smallest chart label, how many rows the actions take, and the panel headers that run into the next panel or
 * out of the chart (the chart is drawn left to right in every language, so "next" is to the right).
 */
function fitOf(page: Page) {
  return page.evaluate(() => {
    const chartText = [...document.querySelectorAll('[data-testid="trend-chart"] *')]
    const svg = document.querySelector('[data-testid="trend-chart"] svg')?.getBoundingClientRect()
    const heads = [...document.querySelectorAll('.panel-head')].map((el) => ({
      text: el.textContent ?? '',
      box: el.getBoundingClientRect(),
    }))
    const headOverlaps = heads.flatMap((a) => {
      const right = Math.min(
        svg?.right ?? Number.POSITIVE_INFINITY,
        ...heads.filter((b) => b.box.top === a.box.top && b.box.left > a.box.left).map((b) => b.box.left),
      )
      return a.box.right > right + 0.5 ? [`${a.text} (${Math.ceil(a.box.right - right)} px too wide)`] : []
    })
    const actions = [...document.querySelectorAll('.data-actions > .button')]
    return {
      // The document is at least as tall as the viewport; the content's own bottom says whether it fits.
      contentHeight: Math.ceil(document.body.getBoundingClientRect().bottom),
      scrollHeight: document.documentElement.scrollHeight,
      scrollingHeight: document.scrollingElement?.scrollHeight ?? 0,
      small: chartText
        .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < 11)
        .map((el) => `${el.tagName}.${el.getAttribute('class')}:${el.textContent}`)
        .slice(0, 5),
      scrollWidth: document.documentElement.scrollWidth,
      smallestLabel: Math.min(
        ...chartText
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
      ),
      actionRows: new Set(actions.map((el) => Math.round(el.getBoundingClientRect().top))).size,
      actions: actions.map((el) => `${el.textContent}:${Math.round(el.getBoundingClientRect().width)}`),
      // Whatever stands past the popup's side padding (`.popup`'s, inside the body), the chart's SVG drawing aside.
      outside: (() => {
        const body = document.body.getBoundingClientRect()
        const pad = Number.parseFloat(
          getComputedStyle(document.querySelector('.popup') ?? document.body).paddingLeft,
        )
        const [left, right] = [body.left + pad - 0.5, body.right - pad + 0.5]
        return [...document.querySelectorAll('.popup *:not(svg *)')]
          .filter((el) => {
            const box = el.getBoundingClientRect()
            return box.width > 0 && (box.left < left || box.right > right)
          })
          .map((el) => `${el.tagName}.${el.getAttribute('class')}: ${el.textContent?.slice(0, 30)}`)
          .slice(0, 5)
      })(),
      // An action narrower than its label shows it cut short (the row shrinks its buttons rather than the popup).
      clipped: actions.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent ?? ''),
      headOverlaps,
    }
  })
}

/** What fitting means, asserted: legible labels, no scrolling either way, the actions on one row, no overlaps. */
function expectFit(fit: Awaited<ReturnType<typeof fitOf>>): void {
  expect(fit.smallestLabel).toBeGreaterThanOrEqual(11)
  expect(fit.scrollingHeight).toBeLessThanOrEqual(600)
  expect(fit.contentHeight).toBeLessThanOrEqual(600)
  expect(fit.scrollWidth).toBeLessThanOrEqual(420)
  expect(fit.actionRows, `the actions stand on one row: ${fit.actions.join(', ')}`).toBe(1)
  expect(fit.outside, "nothing but the chart's drawing stands past the popup's padding").toEqual([])
  expect(fit.clipped, `each action shows its whole label: ${fit.actions.join(', ')}`).toEqual([])
  expect(fit.headOverlaps, 'each panel header stays inside its panel').toEqual([])
}

describe('the popup with seven weeks of full data', () => {
  beforeAll(async () => {
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(sevenWeeks(today)))
  })

  for (const scheme of ['light', 'dark'] as const)
    it(`draws the trend as a slope and fits 420 × 600 without scrolling (${scheme})`, async () => {
      const page = await openPopup(scheme)
      const total = await heightOf(page, '[data-series="overall"] path')
      const insights = await heightOf(page, '[data-series="insights"] path')
      const fit = await fitOf(page)
      await h.screenshot(page, `popup-49-days-${scheme}`)
      measured[`totalSpan-${scheme}`] = total
      measured[`insightsSpan-${scheme}`] = insights
      measured[`scrollHeight-${scheme}`] = fit.scrollHeight
      measured[`contentHeight-${scheme}`] = fit.contentHeight
      if (fit.small.length > 0) console.log(fit.small)
      measured[`smallestLabel-${scheme}`] = fit.smallestLabel
      expect(total).toBeGreaterThanOrEqual(40)
      expect(insights).toBeGreaterThanOrEqual(8)
      expect(fit.scrollHeight).toBeLessThanOrEqual(600)
      expectFit(fit)
      for (const name of ['Export CSV', 'Options', '49 days', '6 months', '1 year', 'All'])
        await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true)
      await expect(page.getByLabel('Import CSV').count()).resolves.toBe(1)
      // "What to do" may follow the reason on its last line; opened, its list still comes under the reason.
      await page.locator('.next-actions summary').click()
      await expect(page.locator('.next-actions ul').isVisible()).resolves.toBe(true)
      await h.screenshot(page, `popup-49-days-what-to-do-${scheme}`)
      await page.close()
    })

  it('moves through the days with the arrow keys and announces each day’s values', async () => {
    const page = await openPopup('light')
    const slider = page.getByRole('slider')
    await slider.focus()
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(
      /: Total 47, Brand 15\.5, People 9\.5, Insights 7\.8, Relationships 14\.2$/,
    )
    await page.keyboard.press('ArrowLeft')
    await expect(slider.getAttribute('aria-valuenow')).resolves.toBe('47')
    await expect(page.locator('.cursor line').count()).resolves.toBe(5)
    await page.close()
  })
})

/**
 * The same fit in every language of the catalogue (Chromium's UI language set through `LANGUAGE`, as
 * tests/e2e/languages.test.ts does): longer words must not push the popup past 600 px, wrap the actions onto a
 * second row, or run a panel's header into the next panel. English is the browser above.
 */
const LANGUAGES = ['de', 'es', 'fr', 'it', 'nl', 'pt-BR', 'pl', 'ar'] as const

describe.each(LANGUAGES)('the popup with seven weeks of full data in %s', (language) => {
  let local: ExtensionHarness
  beforeAll(async () => {
    local = await launchExtension({ language })
    await importThroughExtension(local, csvOf(sevenWeeks(today)))
  }, 120_000)
  afterAll(async () => {
    await local?.close()
  })

  for (const scheme of ['light', 'dark'] as const)
    it(`fits 420 × 600 without scrolling, the actions on one row (${scheme})`, async () => {
      const page = await local.openPopup()
      await page.emulateMedia({ colorScheme: scheme })
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
      const fit = await fitOf(page)
      await local.screenshot(page, `popup-fit-${language}-${scheme}`)
      measured[`${language}-${scheme}`] = fit.contentHeight
      measured[`${language}-actions`] = fit.actions.join(' ')
      expectFit(fit)
      await page.close()
    })

  it('fits 420 × 600 with the last visit refused and today not recorded yet', () =>
    expectFitWithARefusedVisit(local, language, ['light']))
})

/**
 * The longest state above the chart: today not recorded yet, and today's visit refused (a conflict has the
 * longest words of every failure) with its Details. The popup still fits, its actions on one row.
 */
async function expectFitWithARefusedVisit(
  harness: ExtensionHarness,
  name: string,
  schemes: readonly ('light' | 'dark')[],
): Promise<void> {
  await harness.sendFromExtensionPage('clearAll', {})
  await importThroughExtension(harness, csvOf(sevenWeeks(today).slice(0, -1)))
  harness.server.serve(SSI_URL, fixture('ssi-conflict-stale-json-en'))
  const ssi = await harness.openPage(SSI_URL)
  await harness.waitForDatabase((d) => (d.failures?.length ?? 0) === 1)
  await ssi.close()
  for (const scheme of schemes) {
    const page = await harness.openPopup()
    await page.emulateMedia({ colorScheme: scheme })
    await expect(page.locator('.status-failure').count()).resolves.toBe(1)
    // The failure today says that today is not recorded: no second line says it again.
    await expect(page.locator('.status-pending').count()).resolves.toBe(0)
    const fit = await fitOf(page)
    await harness.screenshot(page, `popup-fit-refused-${name}-${scheme}`)
    measured[`refused-${name}-${scheme}`] = fit.contentHeight
    expectFit(fit)
    await page.close()
  }
}

describe('the ranges', () => {
  const oldest = addDays(today, -800)
  beforeAll(async () => {
    await h.sendFromExtensionPage('clearAll', {})
    const weeks = sevenWeeks(today)
    const old = sevenWeeks(addDays(today, -300)).slice(0, 20)
    const first = {
      ...(weeks[0] as (typeof weeks)[number]),
      day: oldest,
      capturedAt: `${oldest}T09:30:00.000Z`,
    }
    await importThroughExtension(h, csvOf([first, ...old, ...weeks]))
  })

  it.each([
    ['49 days', 48, 48],
    ['6 months', 25, 181],
    ['1 year', 52, 364],
    ['All', Math.ceil(801 / 7) - 1, 800],
  ])('%s shows its span: %d steps back to the day %d days ago', async (name, steps, daysBack) => {
    const page = await openPopup('light')
    await page.getByRole('button', { name, exact: true }).click()
    await expect.poll(() => page.getByRole('slider').getAttribute('aria-valuemax')).toBe(String(steps))
    const first = await page.locator('.axis text').first().textContent()
    const from = addDays(today, -daysBack)
    expect(first).toBe(formatDay(from, 'en-US', today, crossesYear(from, today)))
    await expect(page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    )
    measured[`contentHeight-${name}`] = await page.evaluate(() =>
      Math.ceil(document.body.getBoundingClientRect().bottom),
    )
    if (name === '1 year') {
      await h.screenshot(page, 'popup-1-year-light')
      await page.emulateMedia({ colorScheme: 'dark' })
      await h.screenshot(page, 'popup-1-year-dark')
    }
    await page.close()
  })

  it('remembers the range for the next open', async () => {
    const page = await openPopup('light')
    await page.getByRole('button', { name: '6 months', exact: true }).click()
    await expect.poll(() => page.getByRole('slider').getAttribute('aria-valuemax')).toBe('25')
    await page.close()
    const again = await openPopup('light')
    await expect(
      again.getByRole('button', { name: '6 months', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true')
    await expect(again.getByRole('slider').getAttribute('aria-valuemax')).resolves.toBe('25')
    await again.getByRole('button', { name: '49 days', exact: true }).click()
    await again.close()
  })
})

describe('the other states, for the eye', () => {
  it('one day, empty, and a failed visit, in light and dark', async () => {
    await h.sendFromExtensionPage('clearAll', {})
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openPopup(scheme)
      await h.screenshot(page, `popup-empty-${scheme}`)
      await page.close()
    }
    await importThroughExtension(h, csvOf(sevenWeeks(today).slice(-1)))
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openPopup(scheme)
      await h.screenshot(page, `popup-one-day-${scheme}`)
      measured[`scrollHeight-one-day-${scheme}`] = await page.evaluate(
        () => document.documentElement.scrollHeight,
      )
      await page.close()
    }
    await importThroughExtension(h, csvOf(sevenWeeks(today).slice(0, -1)))
    h.server.serve(SSI_URL, fixture('ssi-logged-out-login'))
    const ssi = await h.openPage(SSI_URL)
    await h.waitForDatabase((d) => (d.failures?.length ?? 0) === 1)
    await ssi.close()
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openPopup(scheme)
      await expect(page.locator('.status-failure').count()).resolves.toBe(1)
      await h.screenshot(page, `popup-failure-${scheme}`)
      const fit = await fitOf(page)
      measured[`contentHeight-failure-${scheme}`] = fit.contentHeight
      // The chart gives up height for the failure's lines: the actions stay in sight, the labels legible.
      expectFit(fit)
      await page.close()
    }
  })

  it('a refused visit with today not recorded fits too, in light and dark', () =>
    expectFitWithARefusedVisit(h, 'en', ['light', 'dark']))

  it('opened in a tab, the chart keeps its full height', async () => {
    const page = await h.openExtensionPage('src/popup/index.html', '[data-ready]', {
      width: 800,
      height: 600,
    })
    const total = await page.evaluate(
      () => document.querySelector('[data-testid="trend-chart"] svg')?.getBoundingClientRect().height ?? 0,
    )
    const popup = await openPopup('light')
    const shrunk = await popup.evaluate(
      () => document.querySelector('[data-testid="trend-chart"] svg')?.getBoundingClientRect().height ?? 0,
    )
    expect(shrunk).toBeLessThan(total)
    await page.close()
    await popup.close()
  })
})
