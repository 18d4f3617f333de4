/**
 * The fixture loader: each saved page in tests/fixtures with its expected answer, and happy-dom documents to parse
 * them in. No scripts run, no stylesheet, image or frame is fetched, so no test can reach the network. Fixtures
 * name their URL in their first comment. The HTML itself is read by `fixture()`, which the e2e harness serves.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Window } from 'happy-dom'
import { FIXTURES, fixture, SSI_URL } from '../../scripts/lib/fixtures.ts'
import { collectFacts } from '../../src/core/page/collect-facts.ts'
import type { PageFacts } from '../../src/core/page/facts.ts'
import type { PageSnapshot } from '../../src/core/snapshot.ts'

export { FIXTURES, fixture, SSI_URL }

const window = new Window({
  url: SSI_URL,
  settings: {
    disableJavaScriptFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
  },
})
const parser = new window.DOMParser()

/** A document for `html`, as the parser in the content script would see it. */
export function loadHtml(html: string): Document {
  return parser.parseFromString(html, 'text/html') as unknown as Document
}

export interface Fixture {
  name: string
  html: string
  url: string
  /** What `npm run parse` prints for the page: its `PageSnapshot` (without `source`), or `{ error: code }`. */
  expected: PageSnapshot | { error: string }
}

/** The URL a fixture's header comment says to load it under ("Page URL to use when loading: …"). */
export function fixtureUrl(html: string): string {
  const m = /Page URL to use when loading:\s*(https:\/\/\S+)/.exec(html)
  if (!m?.[1]) throw new Error('fixture header names no URL')
  return m[1]
}

export function readFixture(name: string): Fixture {
  const html = fixture(name)
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'))
  return { name, html, url: fixtureUrl(html), expected }
}

/** Every fixture in tests/fixtures that has an expected answer. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort()
}

/** A saved page's raw facts, as the content script collects them from it (the `parseFacts` payload). */
export function factsOf(name: string): PageFacts {
  const { html, url } = readFixture(name)
  return collectFacts(loadHtml(html), url)
}
