/**
 * Accessibility of what people see, scanned by axe-core in real Chromium (the popup at 420 × 600): the popup with
 * seven weeks of history, the empty popup, the popup after a failed visit, the options page, and the History and
 * Team pages with days and people in them, each in light and dark. Serious and critical violations fail the test;
 * moderate and minor ones are printed for a person, and so is what axe leaves for review. axe cannot tell the
 * background behind a chart's SVG text (it lists it as "needs review"), so `chartContrast` measures that text's
 * fill (the popup's chart, the Team page's) against the nearest opaque background itself.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, fixture, launchExtension, SSI_URL } from '../../scripts/lib/harness.ts'
import { dayKey } from '../../src/core/day.ts'
import { sevenWeeks } from '../support/records.ts'
import { teamFiles } from '../support/team-files.ts'
import { csvFile, csvOf, importThroughExtension, TEAM_PAGE } from './bench.ts'

const today = dayKey(new Date())
const schemes = ['light', 'dark'] as const
let h: ExtensionHarness
const minor: string[] = []
const scanned: string[] = []

beforeAll(async () => {
  h = await launchExtension()
})
afterAll(async () => {
  console.log(`\naxe scans:\n${scanned.join('\n')}`)
  if (minor.length > 0) console.log(`\naxe, moderate/minor (not failing):\n${minor.join('\n')}\n`)
  await h?.close()
})

/** Scans the page; returns the serious/critical violations as readable lines, and records the rest. */
async function scan(page: Page, where: string): Promise<string[]> {
  const { incomplete, passes, url, violations } = await new AxeBuilder({ page }).analyze()
  // A scan of the wrong document (or of nothing) would pass vacuously.
  expect(url).toBe(page.url())
  expect(passes.length).toBeGreaterThan(10)
  // "Incomplete" is what axe could not decide alone (often contrast over a gradient): listed for a person.
  scanned.push(
    `${where}: ${passes.length} rules pass, ${violations.length} violated, needs review: ${
      incomplete.map((r) => `${r.id}×${r.nodes.length}`).join(' ') || 'none'
    }`,
  )
  const lines = (impacts: string[]) =>
    violations
      .filter((v) => impacts.includes(v.impact ?? ''))
      .map(
        (v) =>
          `${where}: [${v.impact}] ${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 4)
            .join(', ')}`,
      )
  minor.push(...lines(['moderate', 'minor']))
  return lines(['serious', 'critical'])
}

/** The chart's text that is below WCAG AA (4.5:1 — it is all 11 px, not large), and how much text was measured. */
function chartContrast(page: Page): Promise<{ measured: number; low: string[] }> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const x = v / 255
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const background = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor
        if ((rgb(c)[3] ?? 1) > 0) return c
      }
      return 'rgb(255, 255, 255)'
    }
    const texts = [
      ...document.querySelectorAll(
        ':is([data-testid="trend-chart"], [data-testid="team-chart"]) svg :is(text, tspan)',
      ),
    ].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
    const low = texts.flatMap((el) => {
      const [a, b] = [luminance(getComputedStyle(el).fill), luminance(background(el))]
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
      return ratio < 4.5 ? [`${el.textContent}: ${ratio.toFixed(2)}`] : []
    })
    return { measured: texts.length, low }
  })
}

async function expectAccessible(open: () => Promise<Page>, name: string): Promise<void> {
  for (const scheme of schemes) {
    const page = await open()
    await page.emulateMedia({ colorScheme: scheme })
    const serious = await scan(page, `${name} (${scheme})`)
    const contrast = await chartContrast(page)
    if (contrast.measured > 0) scanned.push(`${name} (${scheme}): chart text measured: ${contrast.measured}`)
    await h.screenshot(page, `a11y-${name}-${scheme}`)
    await page.close()
    expect(serious).toEqual([])
    expect(contrast.low).toEqual([])
  }
}

describe('axe finds no serious or critical violation', () => {
  it('in the popup with 49 days of history', async () => {
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(sevenWeeks(today)))
    await expectAccessible(() => h.openPopup(), 'popup-49-days')
  })

  it('in the empty popup', async () => {
    await h.sendFromExtensionPage('clearAll', {})
    await expectAccessible(() => h.openPopup(), 'popup-empty')
  })

  it('in the popup after a failed visit', async () => {
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(sevenWeeks(today).slice(0, -1)))
    h.server.serve(SSI_URL, fixture('ssi-logged-out-login'))
    const ssi = await h.openPage(SSI_URL)
    await h.waitForDatabase((d) => (d.failures?.length ?? 0) === 1)
    await ssi.close()
    await expectAccessible(async () => {
      const page = await h.openPopup()
      await expect(page.locator('.status-failure').count()).resolves.toBe(1)
      return page
    }, 'popup-failure')
  })

  it('in the options page', async () => {
    await expectAccessible(() => h.openOptions(), 'options')
  })

  it('in the History page with seven weeks of days, a note among them', async () => {
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(sevenWeeks(today)))
    await h.sendFromExtensionPage('setNote', { day: today, note: 'New headline and banner' })
    await expectAccessible(async () => {
      const page = await h.openExtensionPage('src/history/index.html', '[data-ready]', {
        width: 1280,
        height: 860,
      })
      await page.locator('[data-testid="history-table"] tbody tr').first().waitFor()
      return page
    }, 'history')
  })

  it("in the Team page with three people and the user's own row", async () => {
    const page = await h.openExtensionPage(TEAM_PAGE, '[data-ready]', { width: 1280, height: 860 })
    await page
      .getByLabel("Add people's CSV files")
      .setInputFiles(teamFiles(3, today).map((f) => csvFile(f.name, f.text)))
    await expect.poll(() => page.locator('[data-testid="team-table"] > tbody').count()).toBe(4)
    await page.close()
    await expectAccessible(async () => {
      const team = await h.openExtensionPage(TEAM_PAGE, '[data-ready]', { width: 1280, height: 860 })
      await expect.poll(() => team.locator('[data-testid="team-table"] > tbody').count()).toBe(4)
      return team
    }, 'team')
  })
})
