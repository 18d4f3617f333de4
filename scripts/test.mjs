// `npm test`: every check in order — typecheck, lint, unit tests, the Chromium and Firefox builds, web-ext lint
// of the Firefox build, end-to-end tests in real browsers — stopping at the first failure, and closing with one
// plain "N passed, N failed" line that counts every test of both vitest runs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const results = join(root, 'test-results')
mkdirSync(results, { recursive: true })
const bin = (name) => join(root, 'node_modules/.bin', name)
const unitJson = join(results, 'unit.json')
const e2eJson = join(results, 'e2e.json')
rmSync(unitJson, { force: true })
rmSync(e2eJson, { force: true })

const steps = [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('biome'), ['check', '.']],
  [
    'unit tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`],
  ],
  ['build (Chrome)', bin('vite'), ['build', '--logLevel', 'warn']],
  ['build (Firefox)', bin('vite'), ['build', '--logLevel', 'warn'], { TARGET: 'firefox' }],
  // web-ext is used through npx (pinned), not kept as a dependency: it is large and only lints.
  [
    'web-ext lint (Firefox build)',
    'npx',
    ['--yes', 'web-ext@10.7.0', 'lint', '--source-dir', 'dist-firefox', '--no-input'],
  ],
  [
    'end-to-end tests',
    bin('vitest'),
    [
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${e2eJson}`,
    ],
  ],
]

function summary() {
  let passed = 0
  let failed = 0
  let skipped = 0
  for (const file of [unitJson, e2eJson]) {
    if (!existsSync(file)) continue
    const report = JSON.parse(readFileSync(file, 'utf8'))
    passed += report.numPassedTests
    failed += report.numFailedTests
    skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  }
  return { passed, failed, skipped }
}

for (const [name, command, args, env = {}] of steps) {
  console.log(`\n▶ ${name}`)
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (run.status !== 0) {
    const { passed, failed, skipped } = summary()
    console.log(`\n✗ ${name} failed (exit ${run.status ?? run.signal})`)
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed, ${skipped} skipped`)
    process.exit(run.status || 1)
  }
}
const { passed, failed, skipped } = summary()
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed ? 1 : 0)
