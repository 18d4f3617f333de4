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

/** `#abc` as `#aabbcc`; six digits as they are. */
const fullHex = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex)

function luminance(hex: string): number {
  const full = fullHex(hex)
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
const page = tokens(css('src/ui/tokens.css'))
const PILLARS = ['--pillar-brand', '--pillar-people', '--pillar-insights', '--pillar-relationships']
/** The chart's lines: its own total and axis, and the pillars in their one colour (tokens.css). */
const line = (scheme: 'light' | 'dark', token: string) =>
  (PILLARS.includes(token) ? page : chart)[scheme].get(token)
const LINES = ['--c-total', ...PILLARS, '--c-axis']

/** `over` with `hex` laid on it at `share` (0–1), as `color-mix(in srgb, hex share, transparent)` paints. */
function laidOver(hex: string, share: number, over: string): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => Number.parseInt(fullHex(h).slice(i, i + 2), 16))
  const [top, bottom] = [rgb(hex), rgb(over)]
  const mixed = top.map((c, i) => Math.round(c * share + (bottom[i] as number) * (1 - share)))
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** How much of the warning background a History row dated after today is laid with (src/history/history.css). */
const FUTURE_ROW_SHARE = (() => {
  const m = /tr\.future td\s*{\s*background: color-mix\(in srgb, var\(--warn-bg\) (\d+)%, transparent\)/.exec(
    css('src/history/history.css'),
  )
  return Number(m?.[1]) / 100
})()

describe('contrast of the chart palette', () => {
  it('computes WCAG ratios as published (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  for (const scheme of ['light', 'dark'] as const)
    it.each(LINES)(`keeps %s at 3:1 or more on the page background (${scheme})`, (token) => {
      const colour = line(scheme, token)
      const background = page[scheme].get('--bg')
      expect(colour, `${token} (${scheme})`).toBeDefined()
      expect(background, `--bg (${scheme})`).toBeDefined()
      expect(contrast(colour as string, background as string)).toBeGreaterThanOrEqual(3)
    })

  it.each(['light', 'dark'] as const)('gives the four pillars four different colours (%s)', (scheme) => {
    const colours = PILLARS.map((t) => line(scheme, t))
    expect(new Set(colours).size).toBe(4)
  })

  it('draws each pillar in its one colour: the chart names no pillar colour of its own', () => {
    for (const pillar of ['brand', 'people', 'insights', 'relationships'])
      expect(css('src/ui/chart.css')).toMatch(
        new RegExp(`\\.tone-${pillar} {\\s*--line: var\\(--pillar-${pillar}\\);`),
      )
  })
})

describe('contrast of the pillar text colours', () => {
  it('reads how much warning colour a row after today is laid with', () => {
    expect(FUTURE_ROW_SHARE).toBeGreaterThan(0)
    expect(FUTURE_ROW_SHARE).toBeLessThanOrEqual(1)
  })

  for (const scheme of ['light', 'dark'] as const)
    it.each(PILLARS)(
      `keeps %s at 4.5:1 or more on the page and on a row after today (${scheme})`,
      (token) => {
        const text = page[scheme].get(token)
        const background = page[scheme].get('--bg') as string
        expect(text, `${token} in src/ui/tokens.css (${scheme})`).toBeDefined()
        expect(contrast(text as string, background)).toBeGreaterThanOrEqual(4.5)
        const future = laidOver(page[scheme].get('--warn-bg') as string, FUTURE_ROW_SHARE, background)
        expect(contrast(text as string, future), `on ${future}`).toBeGreaterThanOrEqual(4.5)
      },
    )
})
