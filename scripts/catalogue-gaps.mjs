#!/usr/bin/env node
/**
 * `node scripts/catalogue-gaps.mjs [--json] [FOLDER…]`: the translator's worklist for syncing a catalogue with `en`.
 * `npm run --silent catalogue` says what is wrong; this says what to write, per locale:
 * - missing: every key to add, with the English message it translates and its placeholders (a plural message is
 *   listed once per plural form the language needs: Polish `_one _few _many _other`, from `en`'s `_other`);
 * - extra: keys `en` no longer has (renamed or removed), to delete;
 * - changed: keys whose English text changed since the catalogue file was last committed (from git), to re-read;
 * - placeholders: keys whose placeholders or `$NAME$`s differ from `en` (the rules of scripts/catalogue-check.ts).
 * With --json the same as one object per folder, ready to hand to a translator. Exit 1 when any folder has a gap.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module: check } = await runnerImport(
  fileURLToPath(new URL('./catalogue-check.ts', import.meta.url)),
  {
    root,
    configFile: false,
    logLevel: 'silent',
  },
)

const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/
const read = (folder) => JSON.parse(readFileSync(`${root}/_locales/${folder}/messages.json`, 'utf8'))
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  } catch {
    return ''
  }
}

/** `en` as it was when `folder`'s catalogue was last committed, or null when git cannot tell (new file, no git). */
function enWhenLastTranslated(folder) {
  const commit = git('log', '-1', '--format=%H', '--', `_locales/${folder}/messages.json`).trim()
  if (!commit) return null
  const text = git('show', `${commit}:_locales/en/messages.json`)
  return text ? JSON.parse(text) : null
}

/** The keys `folder` must have: `en`'s keys, each plural base expanded to the forms its language needs. */
function wantedKeys(folder, en) {
  const bases = check.pluralBases(en)
  const categories = check.pluralCategories(check.localeTag(folder))
  const wanted = new Map() // key → the en key it translates
  for (const key of Object.keys(en)) {
    const m = PLURAL_KEY.exec(key)
    if (m && bases.has(m[1])) {
      if (m[2] === 'other') for (const c of categories) wanted.set(`${m[1]}_${c}`, key)
    } else wanted.set(key, key)
  }
  return wanted
}

function gaps(folder, en) {
  const messages = read(folder)
  const wanted = wantedKeys(folder, en)
  const then = enWhenLastTranslated(folder)
  const missing = {}
  const changed = {}
  for (const [key, from] of wanted) {
    const { message, placeholders } = en[from]
    const entry = placeholders ? { en: message, placeholders } : { en: message }
    if (!Object.hasOwn(messages, key)) missing[key] = entry
    else if (then?.[from] && then[from].message !== message)
      changed[key] = { ...entry, before: then[from].message, now: messages[key].message }
  }
  const extra = Object.keys(messages).filter((key) => !wanted.has(key))
  // Only the placeholder rules of the shared check; missing/extra keys are listed above with their text.
  const placeholders = check
    .catalogueProblems(folder, messages, en)
    .filter((p) => /placeholder|uses|must use|declar/.test(p))
  return { missing, extra, changed, placeholders }
}

const args = process.argv.slice(2)
const json = args.includes('--json')
const asked = args.filter((a) => !a.startsWith('--'))
const folders =
  asked.length > 0
    ? asked
    : readdirSync(`${root}/_locales`)
        .filter((f) => f !== 'en')
        .sort()
const en = read('en')
const report = Object.fromEntries(folders.map((folder) => [folder, gaps(folder, en)]))
const count = (g) =>
  Object.keys(g.missing).length + g.extra.length + Object.keys(g.changed).length + g.placeholders.length

if (json) console.log(JSON.stringify(report, null, 2))
else
  for (const [folder, g] of Object.entries(report)) {
    console.log(count(g) === 0 ? `${folder}: in step with en` : `${folder}:`)
    for (const [key, e] of Object.entries(g.missing)) console.log(`  missing  ${key}: ${e.en}`)
    for (const key of g.extra)
      console.log(`  extra    ${key} (not in en: delete it, or rename it to en's new key)`)
    for (const [key, e] of Object.entries(g.changed))
      console.log(`  changed  ${key}: en was "${e.before}", now "${e.en}"`)
    for (const p of g.placeholders) console.log(`  placeholders  ${p}`)
  }
process.exitCode = Object.values(report).some((g) => count(g) > 0) ? 1 : 0
