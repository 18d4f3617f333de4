/**
 * `npm run demo -- --headless` end to end: the real script, the built extension (the e2e run builds first, so the
 * demo is told not to), real Chromium. Checks what a newcomer would see: the screenshots, and that the popup in
 * them holds the seeded history and today's capture of the sample page.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoSummary } from '../../scripts/lib/demo-run.ts'
import { ROOT } from '../../scripts/lib/harness.ts'
import { pngPixels } from '../../scripts/lib/png.ts'

const SHOTS = ['ssi-page-badge.png', 'popup-light.png', 'popup-dark.png', 'options.png'] as const

let tmp = ''
let out = ''
let run: { code: number | null; stdout: string; stderr: string }
let summary: DemoSummary

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<typeof run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

/** Width, height and mean luminance (0–255) of an 8-bit, non-interlaced RGB or RGBA PNG, as Chromium writes them. */
function readPng(file: string): { width: number; height: number; luminance: number } {
  const { width, height, rgba } = pngPixels(readFileSync(file))
  let sum = 0
  for (let i = 0; i < rgba.length; i += 4)
    sum += 0.2126 * (rgba[i] ?? 0) + 0.7152 * (rgba[i + 1] ?? 0) + 0.0722 * (rgba[i + 2] ?? 0)
  return { width, height, luminance: sum / (width * height) }
}

describe('npm run demo -- --headless', () => {
  beforeAll(async () => {
    // Its own TMPDIR, so the test can see that the throwaway profile is gone afterwards.
    tmp = mkdtempSync(join(tmpdir(), 'ssi-lens-demo-test-'))
    out = join(tmp, 'out')
    run = await runNode([join(ROOT, 'scripts/demo.mjs'), '--headless', '--no-build', '--out', out], {
      ...process.env,
      TMPDIR: tmp,
    })
    if (existsSync(join(out, 'summary.json')))
      summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as DemoSummary
  }, 180_000)

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  })

  it('exits 0 and prints the folder and every screenshot it wrote', () => {
    expect(run.stderr).not.toMatch(/Problem:|failed/)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(out)
    for (const name of SHOTS) expect(run.stdout).toContain(name)
  })

  it('writes the four screenshots as real, non-trivial PNG pictures', () => {
    for (const name of SHOTS) {
      const file = join(out, name)
      expect(existsSync(file), name).toBe(true)
      expect(readFileSync(file).length, name).toBeGreaterThan(10_000)
      const png = readPng(file)
      expect(png.width, name).toBeGreaterThanOrEqual(300)
      expect(png.height, name).toBeGreaterThanOrEqual(200)
    }
  })

  it('shows the popup at popup width, in light and in dark', () => {
    const light = readPng(join(out, 'popup-light.png'))
    const dark = readPng(join(out, 'popup-dark.png'))
    expect(light.width).toBeLessThanOrEqual(440)
    expect(dark.width).toBe(light.width)
    expect(light.luminance).toBeGreaterThan(180)
    expect(dark.luminance).toBeLessThan(90)
  })

  it('seeds the history through Import CSV: every seeded day added, none lost', () => {
    expect(summary.seededDays).toBeGreaterThanOrEqual(42)
    expect(summary.importResult).toContain(`${summary.seededDays} days added`)
    expect(summary.storedDays).toBe(summary.seededDays + 1)
  })

  it("shows today's 47 in the popup with at least 40 recorded days in the chart's table", () => {
    expect(summary.popup.currentScore).toBe('47')
    expect(summary.popup.chartTableRows).toBeGreaterThanOrEqual(40)
    expect(summary.popup.chartTableRows).toBeLessThanOrEqual(49)
    expect(summary.popup.nextPillar).toContain('Engage with insights')
  })

  it('captures the sample SSI page: the inline badge appears and the toolbar badge reads 47', () => {
    expect(summary.captured).toBe(true)
    expect(summary.inlineBadge.present).toBe(true)
    expect(summary.inlineBadge.text).toContain('Engage with insights')
    expect(summary.toolbarBadge.text).toBe('47')
    expect(summary.problems).toEqual([])
  })

  it('completes no request to any host but the loopback sample page', () => {
    expect(summary.leftLoopback).toEqual([])
  })

  it('deletes its throwaway browser profile', () => {
    expect(readdirSync(tmp).filter((name) => name.startsWith('ssi-lens-profile-'))).toEqual([])
  })
})
