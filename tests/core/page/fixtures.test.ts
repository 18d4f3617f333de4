/** Every saved page in tests/fixtures reads as its `.expected.json` says, from the source it should come from. */
import { describe, expect, it } from 'vitest'
import { parsePage } from '../../../src/core/page/parse-page.ts'
import type { SnapshotSource } from '../../../src/core/snapshot.ts'
import { expectAnswer, failureOf, snapshotOf } from '../../support/expect-answer.ts'
import { fixtureNames, loadHtml, readFixture } from '../../support/fixtures.ts'

/** Where each snapshot fixture's numbers must come from; a new snapshot fixture has to be listed here. */
const SOURCES: Record<string, SnapshotSource> = {
  'ssi-2021-embedded-json': 'embedded-json',
  'ssi-2021-json-in-comment': 'embedded-json',
  'ssi-json-shuffled-2026': 'embedded-json',
  'ssi-modern-en': 'dom',
  'ssi-modern-pt-br': 'dom',
  'ssi-modern-de': 'dom',
  'ssi-modern-ru': 'dom',
  'ssi-noise-en': 'dom',
  'ssi-no-peer-pillars-en': 'dom',
  'ssi-pillar-extremes-en': 'dom',
  'ssi-rank-top-first-en': 'dom',
  'ssi-redesign-text-only-en': 'text',
  'ssi-rendered-twice-en': 'dom',
  'ssi-json-and-page-agree-en': 'embedded-json',
}

/** Pages whose two readings disagree (issue #12): each must be refused as a `conflict`, never read. */
const CONFLICTS = [
  'ssi-conflict-stale-json-en',
  'ssi-conflict-second-score-block-en',
  'ssi-conflict-duplicate-bar-id-en',
]

describe('parsePage on the saved pages', () => {
  it('has a fixture for every page variant the reader is tested on', () => {
    const refusals = ['ssi-loading-skeleton', 'ssi-logged-out-login', 'ssi-sales-login-iframe']
    expect(fixtureNames()).toEqual(
      expect.arrayContaining([...Object.keys(SOURCES), ...refusals, ...CONFLICTS]),
    )
  })

  it.each(fixtureNames())('reads %s as its expected answer', (name) => {
    const fixture = readFixture(name)
    const result = parsePage(loadHtml(fixture.html), fixture.url)
    expectAnswer(result, fixture.expected)
    if (!('error' in fixture.expected)) expect(snapshotOf(result).source).toBe(SOURCES[name])
  })

  it.each(CONFLICTS)('refuses %s as a conflict that names both readings', (name) => {
    const fixture = readFixture(name)
    const result = parsePage(loadHtml(fixture.html), fixture.url)
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const [first] = failureOf(result).disagreements ?? []
    expect(first?.readings.length).toBeGreaterThanOrEqual(2)
    expect(failureOf(result).reason).toMatch(/\d \(.+\) vs \d+(\.\d+)? \(.+\)/)
  })

  it('gives the same answer twice for the same document (parsing changes nothing)', () => {
    const fixture = readFixture('ssi-modern-en')
    const doc = loadHtml(fixture.html)
    const before = doc.documentElement.outerHTML
    expect(parsePage(doc, fixture.url)).toEqual(parsePage(doc, fixture.url))
    expect(doc.documentElement.outerHTML).toBe(before)
  })
})
