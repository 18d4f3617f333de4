/**
 * What the Chrome Web Store and Edge Add-ons check on upload: the manifest's name (≤ 75 characters) and description
 * (≤ 132) in every locale, and the 128 px icon's 96 × 96 artwork inside 16 px of transparent padding. STORE.md's
 * listing gives each locale's summary as its catalogue does, so what is pasted into a store is what the manifest shows.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pngHeader, pngPixels } from '../../scripts/lib/png.ts'

const ROOT = join(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>
const locales = readdirSync(join(ROOT, '_locales'))
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >
/** `__MSG_extName__` → `extName`. */
const key = (field: string) => /^__MSG_(\w+)__$/.exec(String(manifest[field]))?.[1] ?? ''

describe('store listing limits', () => {
  it('takes the name and description from the catalogue', () => {
    expect(key('name')).toBe('extName')
    expect(key('description')).toBe('extDescription')
    expect(locales).toContain('en')
  })

  it.each(locales)('%s: name ≤ 75 and description ≤ 132 characters', (locale) => {
    const m = messages(locale)
    const name = m[key('name')]?.message ?? ''
    const description = m[key('description')]?.message ?? ''
    // Locales may leave a key to English (the default locale); what they do give must fit.
    if (locale === 'en') expect(name && description).toBeTruthy()
    expect([...name].length).toBeLessThanOrEqual(75)
    expect([...description].length).toBeLessThanOrEqual(132)
  })

  it('keeps short_name within the 12 characters Chrome shows under an app icon', () => {
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(12)
  })
})

describe('STORE.md', () => {
  const store = readFileSync(join(ROOT, 'STORE.md'), 'utf8')
  /** Each heading's text and the lines under it, up to the next heading. */
  const sections = store.split(/^(?=#{2,3} )/m).map((part) => {
    const [heading = '', ...body] = part.split('\n')
    return { heading, body: body.join('\n') }
  })
  /**
   * The listing's Summary row for a locale: the "Listing" table for en, the `### … (`lang`)` section otherwise
   * (a new catalogue's summary goes into STORE.md's "Listing in other languages" too).
   */
  const summary = (locale: string): string | undefined => {
    const section = sections.find((s) =>
      locale === 'en' ? s.heading === '## Listing' : s.heading.includes(`(\`${locale}\`)`),
    )
    return /^\| Summary[^|]*\| (.+) \|$/m.exec(section?.body ?? '')?.[1]
  }

  it.each(locales)('%s: gives the listing summary, the same text as extDescription', (locale) => {
    expect(summary(locale)).toBe(messages(locale).extDescription?.message)
  })
})

describe('the 128 px store icon', () => {
  const png = readFileSync(join(ROOT, 'assets/icon-128.png'))
  const { width, rgba } = pngPixels(png)
  const alpha = (x: number, y: number) => rgba[(y * width + x) * 4 + 3] ?? 0

  it('is 128 × 128 with an alpha channel', () => {
    expect(pngHeader(png)).toMatchObject({ width: 128, height: 128, colorType: 6 })
  })

  it('has 16 px of fully transparent padding on every side', () => {
    const opaque: string[] = []
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++)
        if ((x < 16 || x >= 112 || y < 16 || y >= 112) && alpha(x, y) !== 0) opaque.push(`${x},${y}`)
    expect(opaque).toEqual([])
  })

  it('fills the 96 × 96 square inside: its edges are drawn, its middle is opaque', () => {
    // The rounded square's straight edges touch all four sides of the 96 px box.
    for (const [x, y] of [
      [64, 16],
      [64, 111],
      [16, 64],
      [111, 64],
      [64, 64],
    ] as const)
      expect(alpha(x, y), `${x},${y}`).toBe(255)
  })
})
