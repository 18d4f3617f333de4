/**
 * `npm run store` (scripts/store.ts): the listing images at the sizes the stores take, as 24-bit PNG without
 * alpha (the Chrome Web Store refuses screenshots with an alpha channel), each read back from its IHDR header.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pngHasAlpha, pngHeader, pngPixels } from '../../scripts/lib/png.ts'
import { makeStoreImages, type StoreImages } from '../../scripts/store.ts'

describe('npm run store', () => {
  let out: string
  let written: StoreImages
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'ssi-lens-store-'))
    written = await makeStoreImages(out, process.env.SSI_LENS_DIST)
  }, 120_000)
  afterAll(() => {
    rmSync(out, { recursive: true, force: true })
  })

  it('writes at least three 1280 × 800 screenshots, the 440 × 280 tile and the 1400 × 560 marquee', () => {
    const files = readdirSync(out).sort()
    expect(files).toEqual(Object.keys(written).sort())
    expect(files.filter((f) => f.startsWith('screenshot-')).length).toBeGreaterThanOrEqual(3)
    expect(files).toEqual(
      expect.arrayContaining([
        'screenshot-1-popup.png',
        'screenshot-2-ssi-page.png',
        'screenshot-3-options.png',
        'promo-small-440x280.png',
        'promo-marquee-1400x560.png',
      ]),
    )
    for (const file of files) {
      const header = pngHeader(readFileSync(join(out, file)))
      const expected = file.startsWith('screenshot-')
        ? { width: 1280, height: 800 }
        : file.includes('440x280')
          ? { width: 440, height: 280 }
          : { width: 1400, height: 560 }
      expect({ file, width: header.width, height: header.height }).toEqual({ file, ...expected })
    }
  })

  it('writes every image as 24-bit RGB: colour type 2, 8 bits, no transparency chunk', () => {
    for (const file of readdirSync(out)) {
      const png = readFileSync(join(out, file))
      expect({ file, ...pngHeader(png), alpha: pngHasAlpha(png) }).toMatchObject({
        file,
        bitDepth: 8,
        colorType: 2,
        interlace: 0,
        alpha: false,
      })
    }
  })

  it('photographs real pages, not blank ones', () => {
    for (const file of readdirSync(out)) {
      const { rgba } = pngPixels(readFileSync(join(out, file)))
      const colours = new Set<number>()
      for (let i = 0; i < rgba.length; i += 4 * 97)
        colours.add(((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0))
      expect(colours.size, file).toBeGreaterThan(20)
    }
  })
})
