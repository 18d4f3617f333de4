import { existsSync, readFileSync } from 'node:fs'

const README = new URL('../../README.md', import.meta.url)

/** The README text between `<!-- NAME:start -->` and `<!-- NAME:end -->`: a rule as users read it. */
export function readmeSection(name: string): string {
  if (!existsSync(README)) throw new Error('README.md is missing')
  const text = readFileSync(README, 'utf8')
  const startMark = `<!-- ${name}:start -->`
  const endMark = `<!-- ${name}:end -->`
  const start = text.indexOf(startMark)
  const end = text.indexOf(endMark)
  if (start < 0 || end < start)
    throw new Error(`README.md has no section between ${startMark} and ${endMark}`)
  return text.slice(start + startMark.length, end)
}

/** The value cell of the table row for `` `name` `` in a README section, or undefined. */
export function tableValue(section: string, name: string): string | undefined {
  const row = section.split('\n').find((line) => line.startsWith(`| \`${name}\` |`))
  return row?.split('|')[2]?.trim()
}
