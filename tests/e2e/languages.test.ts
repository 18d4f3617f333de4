/**
 * SSI Lens in the languages of issue #16, in real Chromium with its UI language set the way Linux sets it (the
 * `LANGUAGE` environment variable; Debian's chromium-l10n provides the locales): the popup with seven weeks of
 * history, the options page and the inline badge show no sentence of the English catalogue, the advice is in the
 * language, numbers are written the language's way, and Arabic pages run right to left. Screenshots of each page,
 * light and dark, go to test-results/languages-<lang>-….png.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoHistory } from '../../scripts/lib/demo-history.ts'
import { captureToday, OPTIONS, openPopup, READY, WAIT_MS } from '../../scripts/lib/demo-run.ts'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { dayKey } from '../../src/core/day.ts'

type Messages = Record<string, { message: string }>
const ROOT = join(import.meta.dirname, '../..')
const catalogue = (folder: string): Messages | null => {
  const path = join(ROOT, '_locales', folder, 'messages.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Messages) : null
}
const en = catalogue('en') as Messages

/** The four languages the issue names, with the folder of their catalogue and how a tenth is written. */
const LANGUAGES = [
  { lang: 'pt-BR', folder: 'pt_BR', dir: 'ltr', decimal: ',' },
  { lang: 'de', folder: 'de', dir: 'ltr', decimal: ',' },
  { lang: 'pl', folder: 'pl', dir: 'ltr', decimal: ',' },
  // Arabic: whatever Chromium's Intl says the locale's default is (checked in the page, not assumed here).
  { lang: 'ar', folder: 'ar', dir: 'rtl', decimal: null },
] as const

/**
 * The English sentences a page could show: every en message without placeholders that reads as words (two words
 * or more), unless the language's catalogue says the same (a name such as "SSI Lens", "CSV").
 */
function englishSentences(local: Messages): string[] {
  return Object.entries(en)
    .filter(([, { message }]) => !message.includes('$') && /\p{L}+\s+\p{L}+/u.test(message))
    .filter(([key, { message }]) => local[key]?.message !== message)
    .map(([, { message }]) => message)
}

/** The English sentences found in `text` as words of their own (not "Export CSV" inside "CSV-Export CSV importieren"). */
function englishIn(text: string, local: Messages): string[] {
  return englishSentences(local).filter((sentence) => {
    const escaped = sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(?<![\\p{L}\\p{Nd}-])${escaped}(?!\\p{L})`, 'u').test(text)
  })
}

/** The text a person sees (rendered text, not hidden nodes), with runs of white space made one space. */
async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads.
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ')
}

/** Seeds seven weeks of history through the popup's file input (its label is in the page's language). */
async function seed(popup: Page, today: string): Promise<void> {
  await popup.locator('input[type="file"]').setInputFiles({
    name: 'ssi-history.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(historyToCsv(demoHistory(today)), 'utf8'),
  })
  await popup.locator('[data-testid="current-score"]').waitFor({ timeout: WAIT_MS })
}

for (const language of LANGUAGES) {
  const local = catalogue(language.folder)
  // Until a language's catalogue is on main, Chromium would fall back to English: there is nothing to test yet.
  describe.skipIf(local === null)(`SSI Lens in ${language.lang}`, () => {
    const messages = local as Messages
    let h: ExtensionHarness
    const today = dayKey(new Date())
    const shots: string[] = []

    beforeAll(async () => {
      h = await launchExtension({ language: language.lang })
      const popup = await openPopup(h, 'light')
      await seed(popup, today)
      await popup.close()
      const ssi = await h.openPage()
      await captureToday(h, ssi, today)
      await ssi.close()
    }, 120_000)

    afterAll(async () => {
      await h?.close()
    })

    it('runs Chromium and the extension in that language', async () => {
      const worker = await h.serviceWorker()
      expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toBe(language.lang)
    })

    for (const scheme of ['light', 'dark'] as const)
      it(`shows the popup with history in ${language.lang}, ${scheme}: no English sentence, its numbers, its direction`, async () => {
        const popup = await openPopup(h, scheme)
        const root = await popup.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
        }))
        expect(root).toEqual({ lang: language.lang, dir: language.dir })
        const text = await visibleText(popup)
        expect(englishIn(text, messages)).toEqual([])

        // The advice: the pillar named as the language's catalogue names it, the reason in its words.
        const advice = popup.locator('[data-testid="next-pillar"]')
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads.
        const adviceText = (await advice.innerText()).replace(/\s+/g, ' ')
        const names = Object.entries(messages)
          .filter(([key]) => key.startsWith('advicePillar'))
          .map(([, m]) => m.message)
        expect(
          names.some((name) => adviceText.includes(name)),
          adviceText,
        ).toBe(true)
        expect(adviceText).not.toMatch(/ is \S+ of 25|lowest pillar|below people|in the last \d/)

        // Numbers: the latest pillar values have tenths; they are written with the locale's decimal separator.
        const separator =
          language.decimal ??
          (await popup.evaluate(
            () =>
              new Intl.NumberFormat('ar').formatToParts(7.8).find((p) => p.type === 'decimal')?.value ?? '.',
          ))
        const tenths = await popup.evaluate(() =>
          new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 }).format(7.8),
        )
        expect(tenths).toContain(separator)
        expect(adviceText, 'the reason gives the pillar value with its tenth').toMatch(
          new RegExp(`\\p{Nd}${separator === '.' ? '\\.' : separator}\\p{Nd}`, 'u'),
        )
        if (separator !== '.') expect(text).not.toMatch(/\d\.\d(?!\d)/)

        shots.push(await h.screenshot(popup, `languages-${language.lang}-popup-${scheme}`))
        await popup.close()
      })

    it(`shows the options page in ${language.lang}`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await h.context.newPage()
        await page.setViewportSize({ width: 900, height: 1000 })
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(h.url(OPTIONS))
        await page.locator(READY).first().waitFor({ timeout: WAIT_MS })
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.dir)
        const text = await visibleText(page)
        expect(englishIn(text, messages)).toEqual([])
        shots.push(await h.screenshot(page, `languages-${language.lang}-options-${scheme}`))
        await page.close()
      }
    })

    it(`shows the inline badge in ${language.lang}`, async () => {
      const page = await h.openPage()
      const { waitForBadge } = await import('../../scripts/lib/inline-badge.ts')
      const badge = await waitForBadge(page, (state) => state === 'recorded', WAIT_MS)
      const englishBadge = ['badgeRecorded', 'badgeNextUnknown', 'badgeChangeUnknown']
        .map((k) => en[k]?.message as string)
        .filter((m) => !Object.values(messages).some((x) => x.message === m))
      for (const words of englishBadge) expect(badge.text).not.toContain(words)
      expect(badge.text).not.toMatch(/Next:|in 7 days/)
      expect(badge.text).toContain(messages.badgeRecorded?.message)
      shots.push(await h.screenshot(page, `languages-${language.lang}-ssi-page`))
      await page.close()
    })
  })
}
