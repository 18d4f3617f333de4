/**
 * The inline badge in the languages whose words are longest (de, fr, pt-BR, es) and in those that differ most (pl,
 * ar right to left), light and dark, with the longest change line there is: "no change since <day>" (no day
 * exactly a week back is stored). Its one line must fit in the badge's fixed width: no word cut off at the edge or
 * behind an ellipsis (issue #19: at 480 px German and French did not fit; at 640 px in DejaVu Sans, Spanish and
 * French). The screenshots are to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension, SSI_URL } from '../../scripts/lib/harness.ts'
import { badgeFit, waitForBadge } from '../../scripts/lib/inline-badge.ts'
import { dayKey } from '../../src/core/day.ts'
import { screenshotAroundScore, seedHistory, ssiPage, weekAgo } from '../support/badge-pages.ts'

const WAIT_MS = 30_000

for (const lang of ['en', 'de', 'fr', 'pt-BR', 'es', 'pl', 'ar'] as const) {
  describe(`the inline badge in ${lang}`, () => {
    let h: ExtensionHarness
    const today = dayKey(new Date())

    beforeAll(async () => {
      h = await launchExtension({ language: lang })
      // Eight days back with the same total: "no change since <day>", the longest change line.
      await seedHistory(h, [{ ...weekAgo(today, 8), overall: 47, pillars: ssiPillars }])
    }, 120_000)
    afterAll(async () => {
      await h?.close()
    })

    for (const theme of ['light', 'dark'] as const)
      it(`fits every word in its box, ${theme}`, async () => {
        h.server.serve(SSI_URL, ssiPage({ styled: true, theme }))
        const page = await h.openPage(SSI_URL)
        const badge = await waitForBadge(page, (state) => state === 'recorded', WAIT_MS)
        expect(badge.text).not.toMatch(/—/) // a change and a next pillar, both known
        await screenshotAroundScore(page, `badge-${lang}-${theme}`)
        const fit = await badgeFit(page)
        expect(fit, badge.text).not.toBeNull()
        expect(fit?.width, badge.text).toBeLessThanOrEqual(fit?.room ?? 0)
        expect(fit?.height, badge.text).toBeLessThanOrEqual(fit?.roomHeight ?? 0)
        await page.close()
      })
  })
}

/** The pillars of the modern fixture (ssi-modern-en: 16.438, 9.27, 7.815, 13.21), so the total stays 47. */
const ssiPillars = { brand: 16.438, people: 9.27, insights: 7.815, relationships: 13.21 }
