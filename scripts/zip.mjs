// Store-ready archives of the built extension: release/ssi-lens-<browser>-<version>.zip for Chrome (dist/) and
// Firefox (dist-firefox/). Entries are sorted and carry one fixed timestamp, so the same build gives the same bytes.
// For addons.mozilla.org also release/ssi-lens-source-<version>.zip (every file git tracks, the lockfile among
// them, plus BUILDING.md) and release/REVIEWER-NOTES.md (store/REVIEWER-NOTES.md with this build's file names).
// Usage: `npm run zip` (builds both first). Refuses when a build is missing or its manifest version differs from
// package.json, so an archive never ships a stale build.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { zipSync } from 'fflate'

const root = resolve(import.meta.dirname, '..')
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const FIXED_TIME = new Date('2026-01-01T00:00:00Z')

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort()
}

mkdirSync(join(root, 'release'), { recursive: true })
for (const [browser, dir] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
]) {
  const base = join(root, dir)
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(base, 'manifest.json'), 'utf8'))
  } catch {
    console.error(
      `zip: ${dir}/manifest.json is missing; run npm run build${browser === 'firefox' ? ':firefox' : ''}`,
    )
    process.exit(1)
  }
  if (manifest.version !== version) {
    console.error(`zip: ${dir} is version ${manifest.version}, package.json says ${version}; rebuild first`)
    process.exit(1)
  }
  const entries = {}
  for (const file of files(base)) {
    if (file.endsWith('.map')) continue // source maps are for development, not for the stores
    entries[relative(base, file).split('\\').join('/')] = [
      readFileSync(file),
      { mtime: FIXED_TIME, level: 9 },
    ]
  }
  const out = join(root, 'release', `ssi-lens-${browser}-${version}.zip`)
  writeFileSync(out, zipSync(entries))
  console.log(`${relative(root, out)}  ${Object.keys(entries).length} files  ${statSync(out).size} bytes`)
}

// The source package AMO's reviewers rebuild from: what git tracks (so nothing local or generated slips in).
let tracked
try {
  tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
} catch {
  console.error('zip: not a git checkout, so no source package (it lists the files git tracks)')
  process.exit(1)
}
const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
  cwd: root,
  encoding: 'utf8',
})
if (changed.trim())
  console.warn(`zip: the source package takes these files as they are now, uncommitted:\n${changed}`)
const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()
const building = `# Building SSI Lens ${version} from this source package

Built and checked with Node ${process.version.slice(1)} and npm ${npmVersion} on Linux (package.json asks for
Node >= 20.19). From this folder:

    npm ci && npm run build-for-amo

The Firefox package lands in \`dist-firefox/\`; its files are the ones in \`ssi-lens-firefox-${version}.zip\`, byte
for byte (tests/e2e/release.test.ts rebuilds this package in an empty folder and compares). \`npm run build\`
writes the Chrome/Edge package to \`dist/\`. Nothing else is needed: no network beyond npm's registry for
\`npm ci\`, no environment variables, no other tools.
`
const sources = {}
for (const file of tracked.sort())
  sources[file] = [readFileSync(join(root, file)), { mtime: FIXED_TIME, level: 9 }]
sources['BUILDING.md'] = [new TextEncoder().encode(building), { mtime: FIXED_TIME, level: 9 }]
const sourceZip = join(root, 'release', `ssi-lens-source-${version}.zip`)
writeFileSync(sourceZip, zipSync(sources))
console.log(
  `${relative(root, sourceZip)}  ${Object.keys(sources).length} files  ${statSync(sourceZip).size} bytes`,
)

// The reviewer notes name the built files that draw web-ext's UNSAFE_VAR_ASSIGNMENT (Preact's innerHTML line, the
// popup's kept view).
const firefoxDir = join(root, 'dist-firefox')
const assignments = files(firefoxDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ f, count: readFileSync(f, 'utf8').match(/\.innerHTML\s*=/g)?.length ?? 0 }))
  .filter(({ count }) => count > 0)
const innerHtml = assignments.map(({ f }) => `\`${relative(firefoxDir, f).split('\\').join('/')}\``)
// web-ext warns once per assignment.
const warnings = assignments.reduce((n, { count }) => n + count, 0)
const notes = readFileSync(join(root, 'store/REVIEWER-NOTES.md'), 'utf8')
  .replaceAll('VERSION', version)
  .replace('INNERHTML_COUNT', String(warnings))
  .replace('INNERHTML_FILES', innerHtml.join(', ') || '(no file of this build)')
writeFileSync(join(root, 'release', 'REVIEWER-NOTES.md'), notes)
console.log('release/REVIEWER-NOTES.md')
