// Store-ready archives of the built extension: release/ssi-lens-<browser>-<version>.zip for Chrome (dist/) and
// Firefox (dist-firefox/). Entries are sorted and carry one fixed timestamp, so the same build gives the same bytes.
// Usage: `npm run zip` (builds both first). Refuses when a build is missing or its manifest version differs from
// package.json, so an archive never ships a stale build.
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
