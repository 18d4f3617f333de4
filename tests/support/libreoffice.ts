/**
 * LibreOffice Calc, headless, as a real spreadsheet for CSV round trips. Each locale gets a throwaway profile
 * whose registrymodifications.xcu sets `ooSetupSystemLocale` and `ooLocale` (that, not the environment, is what
 * Calc reads numbers and dates with: checked by hand, a German profile reads our `7.815` as 7815). Only one
 * soffice runs at a time (the calls are synchronous).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { unzipSync } from 'fflate'

const CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

/** A fresh profile directory whose UI and number locale is `locale` (e.g. `en-US`, `de-DE`). */
export function localeProfile(locale: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ssi-lens-lo-${locale}-`))
  mkdirSync(join(dir, 'user'), { recursive: true })
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="${name}" oor:op="fuse"><value>${locale}</value></prop></item>`
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${item('ooSetupSystemLocale')}
${item('ooLocale')}
</oor:items>
`,
  )
  return dir
}

/**
 * Opens `file` in Calc with `separator` (the CSV import filter's field separator, UTF-8, `"` quotes) and saves
 * it as `format`: `xlsx`, or `csv` (re-saved with the same separator, the way a user's "Save" does). Returns
 * the path of the converted file.
 */
export function convert(
  soffice: string,
  profile: string,
  file: string,
  format: 'xlsx' | 'csv',
  separator: ',' | ';',
): string {
  // Filter options: field separator, text delimiter ("), character set 76 = UTF-8, first line 1.
  const options = `${separator.charCodeAt(0)},34,76,1`
  const out = mkdtempSync(join(tmpdir(), 'ssi-lens-lo-out-'))
  const target = format === 'xlsx' ? 'xlsx' : `csv:Text - txt - csv (StarCalc):${options}`
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      `--infilter=CSV:${options}`,
      '--convert-to',
      target,
      '--outdir',
      out,
      file,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  )
  const name = `${basename(file).replace(/\.[^.]+$/, '')}.${format}`
  if (!readdirSync(out).includes(name)) throw new Error(`LibreOffice wrote no ${name} in ${out}`)
  return join(out, name)
}

export type SheetCell = { type: 'n'; value: number } | { type: 's'; value: string }

const unescapeXml = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')

/** Column letters → 0-based index (A → 0, Y → 24, AA → 26). */
const columnIndex = (letters: string): number =>
  [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1

/** The first sheet of an .xlsx as rows of cells (by 0-based row and column), numbers and strings apart. */
export function readXlsx(path: string): Map<number, Map<number, SheetCell>> {
  const files = unzipSync(new Uint8Array(readFileSync(path)))
  const text = (name: string) => new TextDecoder().decode(files[name] ?? new Uint8Array())
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...(m[1] as string).matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  )
  const rows = new Map<number, Map<number, SheetCell>>()
  for (const m of text('xl/worksheets/sheet1.xml').matchAll(
    /<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
  )) {
    const [, letters, row, attributes, inner] = m as unknown as [string, string, string, string, string?]
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner ?? '')?.[1]
    if (v === undefined) continue
    const type = /t="(\w+)"/.exec(attributes)?.[1] ?? 'n'
    const cell: SheetCell =
      type === 's' ? { type: 's', value: strings[Number(v)] ?? '' } : { type: 'n', value: Number(v) }
    const r = Number(row) - 1
    if (!rows.has(r)) rows.set(r, new Map())
    rows.get(r)?.set(columnIndex(letters), cell)
  }
  return rows
}
