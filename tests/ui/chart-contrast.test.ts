/**
 * The chart's lines must stand out from the page in both schemes: WCAG's 3:1 for graphics (1.4.11); the pillars'
 * text colours (the History table's numbers) 4.5:1 for text (1.4.3). Computed from the CSS tokens themselves, so a
 * colour changed in the stylesheet cannot slip under it unnoticed.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const css = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8')

/** The custom properties of the first `:root` block and of the one inside `prefers-color-scheme: dark`. */
function tokens(text: string): { light: Map<string, string>; dark: Map<string, string> } {
  const dark = text.indexOf('@media (prefers-color-scheme: dark)')
  const read = (part: string) => {
    const block = /:root\s*{([^}]*)}/.exec(part)?.[1] ?? ''
    return new Map(
      [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1] as string, m[2] as string]),
    )
  }
  return { light: read(text.slice(0, dark)), dark: read(text.slice(dark)) }
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ]
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const chart = tokens(css('src/ui/chart.css'))
const pages = {
  'popup, options, history and team': tokens(css('src/ui/tokens.css')),
}
const LINES = ['--c-total', '--c-brand', '--c-people', '--c-insights', '--c-relationships', '--c-axis']

describe('contrast of the chart palette', () => {
  it('computes WCAG ratios as published (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  for (const scheme of ['light', 'dark'] as const)
    for (const [page, pageTokens] of Object.entries(pages))
      it.each(LINES)(`keeps %s at 3:1 or more on the ${page} background (${scheme})`, (token) => {
        const line = chart[scheme].get(token)
        const background = pageTokens[scheme].get('--bg')
        expect(line, `${token} in src/ui/chart.css (${scheme})`).toBeDefined()
        expect(background, `--bg of ${page} (${scheme})`).toBeDefined()
        expect(contrast(line as string, background as string)).toBeGreaterThanOrEqual(3)
      })

  it.each(['light', 'dark'] as const)('gives the four pillars four different colours (%s)', (scheme) => {
    const colours = LINES.slice(1, 5).map((t) => chart[scheme].get(t))
    expect(new Set(colours).size).toBe(4)
  })
})

describe('contrast of the pillar text colours', () => {
  const page = tokens(css('src/ui/tokens.css'))
  for (const scheme of ['light', 'dark'] as const)
    it.each(['--pillar-brand', '--pillar-people', '--pillar-insights', '--pillar-relationships'])(
      `keeps %s at 4.5:1 or more on the page background (${scheme})`,
      (token) => {
        const text = page[scheme].get(token)
        expect(text, `${token} in src/ui/tokens.css (${scheme})`).toBeDefined()
        expect(contrast(text as string, page[scheme].get('--bg') as string)).toBeGreaterThanOrEqual(4.5)
      },
    )
})
