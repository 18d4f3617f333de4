/**
 * Generators for the page reader's property tests: consistent page numbers, and pages built from the modern
 * fixture with them. Shared by the mutation properties and the cross-check properties.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { parsePage } from '../../../src/core/page/parse-page.ts'
import type { PageSnapshot, ParseResult, Pillars } from '../../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../../src/core/snapshot.ts'
import { expectAnswer } from '../../support/expect-answer.ts'
import { SSI_URL } from '../../support/fixtures.ts'
import { modernDoc, type PageNumbers, truthOf, writeNumbers } from './modern-page.ts'

export const pillar = fc.integer({ min: 0, max: 250_000 }).map((n) => n / 10_000) // up to four decimals, as bars carry
export const peerPillar = fc.integer({ min: 0, max: 25_000 }).map((n) => n / 1_000) // three decimals, as tables show
export const pillarsOf = (value: fc.Arbitrary<number>): fc.Arbitrary<Pillars> =>
  fc.record({ brand: value, people: value, insights: value, relationships: value })
export const sum = (p: Pillars) => p.brand + p.people + p.insights + p.relationships

export const numbersArb: fc.Arbitrary<PageNumbers> = fc
  .record({
    pillars: pillarsOf(pillar),
    industryRank: fc.integer({ min: 1, max: 100 }),
    networkRank: fc.integer({ min: 1, max: 100 }),
    industryAverage: fc.integer({ min: 0, max: 100 }),
    networkAverage: fc.integer({ min: 0, max: 100 }),
    industryPillars: pillarsOf(peerPillar),
    networkPillars: pillarsOf(peerPillar),
  })
  .map((n) => ({ ...n, overall: Math.round(sum(n.pillars)) }))
  .filter((n) => n.overall > 0) // an all-zero page is the loading placeholder (tested on its own)

export function pageWith(n: PageNumbers, change?: (doc: Document) => void): ParseResult {
  const doc = modernDoc()
  writeNumbers(doc, n)
  change?.(doc)
  return parsePage(doc, SSI_URL)
}

/** Every way the reader may refuse a page; anything else is an answer that must be right. */
export const REFUSALS = ['loading', 'unrecognized', 'inconsistent', 'conflict']

/**
 * The answer is a refusal, or a snapshot whose every known field is the truth. Pillars may be the page's shown
 * rounding of the truth (three decimals) when they come from text or a chart table; optional fields may be null.
 */
export function expectNeverWrong(answer: ParseResult, truth: PageSnapshot): void {
  if (!answer.ok) return void expect(REFUSALS).toContain(answer.error.code)
  const result = answer.value
  expect(result.overall).toBe(truth.overall)
  for (const id of PILLAR_IDS)
    expect(Math.abs(result.pillars[id] - truth.pillars[id])).toBeLessThanOrEqual(0.0005 + 1e-9)
  for (const key of [
    'industryRank',
    'networkRank',
    'industryAverage',
    'networkAverage',
    'industryName',
  ] as const)
    if (result[key] !== null) expect(result[key], key).toBe(truth[key])
  for (const key of ['industryPillars', 'networkPillars'] as const) {
    const got = result[key]
    const want = truth[key]
    if (got === null) continue
    expect(want, key).not.toBeNull()
    for (const id of PILLAR_IDS) expect(got[id], `${key}.${id}`).toBeCloseTo((want as Pillars)[id], 3)
  }
}

/**
 * Elements of the modern page whose removal takes away no number and no label: LinkedIn's header, the page title,
 * the chart drawings, icons, buttons, table captions and heads.
 */
export const IRRELEVANT =
  'header, header *, h1, svg, svg *, .highcharts-container, li-icon, button, img, caption, thead, thead *'

/**
 * The floor under `expectNeverWrong`, which accepts any refusal, so a parser that refused every page would pass
 * it: the same numbers with only an irrelevant element removed (the `pick`-th, cyclically) must read exactly.
 */
export function expectReadsWithoutIrrelevant(n: PageNumbers, pick: number): void {
  const result = pageWith(n, (doc) => {
    const irrelevant = Array.from(doc.querySelectorAll(IRRELEVANT))
    irrelevant[pick % irrelevant.length]?.remove()
  })
  expectAnswer(result, truthOf(n))
}
