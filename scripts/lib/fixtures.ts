/**
 * Where the saved SSI pages are and how to read one: the fixtures in tests/fixtures are data the parser's tests,
 * the end-to-end tests and the demo all use (read as files, never imported as code).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const FIXTURES = join(ROOT, 'tests/fixtures')
/** The SSI page's address, served on loopback by the end-to-end harness. */
export const SSI_URL = 'https://www.linkedin.com/sales/ssi'

/** The HTML of `tests/fixtures/NAME.html`. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.html`), 'utf8')
}
