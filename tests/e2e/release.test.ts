/** `npm run zip`: store-ready archives of both builds, named with package.json's version, reproducible. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ROOT } from './harness.ts'

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const zip = () => execFileSync(process.execPath, ['scripts/zip.mjs'], { cwd: ROOT, encoding: 'utf8' })
const archive = (browser: string) => readFileSync(join(ROOT, 'release', `ssi-lens-${browser}-${version}.zip`))

describe('release archives', () => {
  it('packs the Chrome and Firefox builds with their manifests at the root and no source maps', () => {
    zip()
    for (const browser of ['chrome', 'firefox']) {
      const files = unzipSync(archive(browser))
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
      expect(manifest.version).toBe(version)
      expect(manifest.manifest_version).toBe(3)
      expect(Object.keys(files).some((f) => f.endsWith('.map'))).toBe(false)
      expect(Object.keys(files)).toContain('_locales/en/messages.json')
      if (browser === 'firefox') expect(manifest.browser_specific_settings.gecko.id).toBeTruthy()
      else expect(manifest.background.service_worker).toBeTruthy()
    }
  })

  it('gives the same bytes for the same build', () => {
    zip()
    const first = archive('chrome')
    zip()
    expect(archive('chrome').equals(first)).toBe(true)
  })

  it('keeps manifest.json and package.json on one version', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version).toBe(version)
  })
})
