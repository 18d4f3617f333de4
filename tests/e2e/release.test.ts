/**
 * `npm run zip`: store-ready archives of both builds, named with package.json's version, reproducible; the source
 * package AMO's reviewers rebuild from, and their notes.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/harness.ts'

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const zip = () => execFileSync(process.execPath, ['scripts/zip.mjs'], { cwd: ROOT, encoding: 'utf8' })
const archive = (browser: string) => readFileSync(join(ROOT, 'release', `ssi-lens-${browser}-${version}.zip`))

/** Every file under `dir`, by path relative to it. */
function tree(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {}
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name))
      else out[relative(dir, join(d, e.name))] = readFileSync(join(d, e.name))
  }
  walk(dir)
  return out
}

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

  it('packs the tracked sources, the lockfile and BUILDING.md for AMO, and nothing built or installed', () => {
    zip()
    const files = unzipSync(readFileSync(join(ROOT, 'release', `ssi-lens-source-${version}.zip`)))
    const names = Object.keys(files)
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n')
    expect(names.sort()).toEqual([...tracked, 'BUILDING.md'].sort())
    expect(names).toContain('package-lock.json')
    expect(names.filter((n) => /^(node_modules|dist|dist-firefox|release)\//.test(n))).toEqual([])
    const pkg = JSON.parse(new TextDecoder().decode(files['package.json']))
    expect(pkg.scripts['build-for-amo']).toBe('TARGET=firefox vite build')
    const building = new TextDecoder().decode(files['BUILDING.md'])
    expect(building).toContain('npm ci && npm run build-for-amo')
    expect(building).toContain(`Node ${process.version.slice(1)}`)
    expect(building).toMatch(/npm \d+\.\d+\.\d+/)
    expect(building).toContain('dist-firefox/')
  })

  it("names in the reviewer notes each built file with Preact's innerHTML line", () => {
    zip()
    const notes = readFileSync(join(ROOT, 'release', 'REVIEWER-NOTES.md'), 'utf8')
    const built = tree(join(ROOT, 'dist-firefox'))
    const withInnerHtml = Object.keys(built).filter(
      (f) => f.endsWith('.js') && /\.innerHTML\s*=/.test(built[f]?.toString('utf8') ?? ''),
    )
    expect(withInnerHtml.length).toBeGreaterThan(0)
    for (const file of withInnerHtml) expect(notes).toContain(`\`${file}\``)
    expect(notes).toContain('UNSAFE_VAR_ASSIGNMENT')
    // One warning per assignment (web-ext 10.7.0 printed 5 for the five files of this build, one line each).
    const assignments = withInnerHtml.reduce(
      (n, f) => n + (built[f]?.toString('utf8').match(/\.innerHTML\s*=/g)?.length ?? 0),
      0,
    )
    expect(notes).toContain(`0 errors, 0 notices, ${assignments} warnings`)
    expect(notes).not.toMatch(/VERSION|INNERHTML_FILES|INNERHTML_COUNT/)
  })

  it('rebuilds from the source package, in an empty folder, to the same bytes (Firefox and Chrome)', () => {
    zip()
    const dir = mkdtempSync(join(tmpdir(), 'ssi-lens-amo-'))
    try {
      const files = unzipSync(readFileSync(join(ROOT, 'release', `ssi-lens-source-${version}.zip`)))
      for (const [name, data] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true })
        writeFileSync(join(dir, name), data)
      }
      // A plain shell's environment: vitest's NODE_ENV=test would make Vite build something else.
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir }
      const run = (args: string[]) => execFileSync('npm', args, { cwd: dir, stdio: 'pipe', env })
      run(['ci', '--prefer-offline', '--no-audit', '--no-fund'])
      run(['run', 'build-for-amo'])
      run(['run', 'build'])
      for (const out of ['dist-firefox', 'dist']) {
        const rebuilt = tree(join(dir, out))
        const original = tree(join(ROOT, out))
        expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(original).sort())
        const differ = Object.keys(original).filter(
          (f) => !original[f]?.equals(rebuilt[f] ?? Buffer.alloc(0)),
        )
        expect(differ, `${out}: files whose bytes differ`).toEqual([])
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)

  it('keeps manifest.json and package.json on one version', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version).toBe(version)
  })
})
