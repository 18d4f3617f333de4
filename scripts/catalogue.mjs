#!/usr/bin/env node
/**
 * `npm run --silent catalogue [-- FOLDER…]`: what each catalogue under `_locales/` still lacks or gets wrong
 * against `en` (missing keys, plural forms, placeholders, store limits), by the rules of
 * `scripts/catalogue-check.ts` that `tests/shared/catalogue.test.ts` enforces. For translators syncing with `en`.
 * Exit 0 when every catalogue checked is complete, 1 otherwise. Loaded through Vite's module runner like the demo.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module } = await runnerImport(fileURLToPath(new URL('./catalogue-check.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'silent',
})
const read = (folder) => JSON.parse(readFileSync(`${root}/_locales/${folder}/messages.json`, 'utf8'))
const en = read('en')
const asked = process.argv.slice(2)
const folders = asked.length > 0 ? asked : readdirSync(`${root}/_locales`).sort()
let bad = 0
for (const folder of folders) {
  const problems = module.catalogueProblems(folder, read(folder), en)
  console.log(problems.length === 0 ? `${folder}: complete` : `${folder}: ${problems.length} problem(s)`)
  for (const p of problems) console.log(`  ${p}`)
  if (problems.length > 0) bad++
}
process.exitCode = bad > 0 ? 1 : 0
