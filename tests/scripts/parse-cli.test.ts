/**
 * `npm run --silent parse -- PAGE.html [--url URL]`: the test contract's CLI. Only JSON on stdout, exit 0 for
 * every answer (refusals included), non-zero only when the page cannot be read.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { ok } from '../../src/core/result.ts'
import { expectAnswer } from '../support/expect-answer.ts'

// Seven Node start-ups (~1.2 s each alone) share the CPU with the rest of the suite.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })

const ROOT = join(import.meta.dirname, '../..')
const FIXTURES = join(ROOT, 'tests/fixtures')
const fixture = (name: string) => join(FIXTURES, `${name}.html`)
const expected = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function parse(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts/parse.mjs'), ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

const tmp = mkdtempSync(join(tmpdir(), 'ssi-lens-parse-'))
const saved = join(tmp, 'saved.html')
// What Chrome's "Save page as" writes: a mark naming the URL the page came from.
writeFileSync(
  saved,
  `<!-- saved from url=(0051)https://www.linkedin.com/checkpoint/lg/login-submit -->\n${readFileSync(fixture('ssi-modern-en'), 'utf8')}`,
)

// Started together: each run is a Node start-up, and the machine may have only two cores.
const runs = {
  modern: parse(fixture('ssi-modern-en')),
  json: parse(fixture('ssi-2021-embedded-json')),
  loggedOut: parse(fixture('ssi-logged-out-login')),
  otherUrl: parse(fixture('ssi-modern-en'), '--url', 'https://www.linkedin.com/sales/home'),
  savedFrom: parse(saved),
  missing: parse(join(tmp, 'no-such-page.html')),
  noArgs: parse(),
}

describe('npm run parse', () => {
  afterAll(async () => {
    await Promise.all(Object.values(runs))
    rmSync(tmp, { recursive: true, force: true })
  })

  it('prints the snapshot of a saved page as indented JSON and nothing else', async () => {
    const run = await runs.modern
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const json = JSON.parse(run.stdout)
    expectAnswer(ok(json), expected('ssi-modern-en')) // the CLI prints the snapshot itself
    expect(json.source).toBe('dom')
    expect(run.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`)
  })

  it('reads the embedded JSON page the same way the content script does', async () => {
    const json = JSON.parse((await runs.json).stdout)
    expectAnswer(ok(json), expected('ssi-2021-embedded-json'))
    expect(json.source).toBe('embedded-json')
  })

  it('exits 0 for a refusal: it is an answer', async () => {
    const run = await runs.loggedOut
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'not-logged-in', reason: expect.any(String) })
  })

  it('reads the page under the URL given with --url', async () => {
    const run = await runs.otherUrl
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: 'not-ssi-page' })
  })

  it('uses the URL a browser wrote into a saved page when no --url is given', async () => {
    expect(JSON.parse((await runs.savedFrom).stdout)).toMatchObject({ error: 'not-logged-in' })
  })

  it('exits non-zero, with a message on stderr and nothing on stdout, when the page cannot be read', async () => {
    const run = await runs.missing
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/cannot read .*no-such-page\.html/)
  })

  it('explains its usage when called without a page', async () => {
    const run = await runs.noArgs
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/usage: npm run --silent parse -- PAGE\.html \[--url URL\]/)
  })
})
