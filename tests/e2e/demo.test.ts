/**
 * `npm run demo -- --headless` end to end: the real script, the built extension (the e2e run builds first, so the
 * demo is told not to), real Chromium. Checks what a newcomer would see: the screenshots, and that the popup in
 * them holds the seeded history and today's capture of the sample page.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoSummary } from '../../scripts/demo.ts'
import { ROOT } from './harness.ts'

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
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  let width = 0
  let height = 0
  let channels = 0
  const data: Buffer[] = []
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at)
    const type = bytes.toString('latin1', at + 4, at + 8)
    const body = bytes.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      expect([body[8], body[12]]).toEqual([8, 0]) // bit depth 8, no interlacing
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0
      expect(channels).toBeGreaterThan(0)
    } else if (type === 'IDAT') data.push(body)
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  let previous = Buffer.alloc(stride)
  let sum = 0
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (line[x - channels] ?? 0) : 0
      const b = previous[x] ?? 0
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0
      const p = a + b - c
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0
      line[x] = ((line[x] ?? 0) + predictor) & 0xff
    }
    for (let x = 0; x < stride; x += channels)
      sum += 0.2126 * (line[x] ?? 0) + 0.7152 * (line[x + 1] ?? 0) + 0.0722 * (line[x + 2] ?? 0)
    previous = line
  }
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
