/**
 * Pages that hold two readings of the same numbers (issue #12): a stale embedded JSON beside the rendered page, a
 * second user score block, a pillar bar or a total caption drawn twice. When the readings disagree the page is
 * refused as a `conflict`, wherever the second reading stands; when they agree (a page rendered twice) it reads.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { parsePage } from '../../../src/core/page/parse-page.ts'
import type { ParseResult, PillarId, Pillars } from '../../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../../src/core/snapshot.ts'
import { expectAnswer, failureOf, snapshotOf } from '../../support/expect-answer.ts'
import { SSI_URL } from '../../support/fixtures.ts'
import { modernDoc, type PageNumbers, shown, truthOf, writeNumbers, writeScoreBlock } from './modern-page.ts'
import { numbersArb, pillar, sum } from './page-arbitraries.ts'

const RUNS = { numRuns: 25 }
vi.setConfig({ testTimeout: 60_000 })

/** Where a second reading may stand: before or after the user's block, inside it, or at either end of main. */
const PLACES = ['before-block', 'after-block', 'block-start', 'main-start', 'main-end'] as const
type Place = (typeof PLACES)[number]

function insertAt(doc: Document, place: Place, el: Element): void {
  const block = doc.querySelector('.user-ssi-score')
  const main = doc.querySelector('main')
  if (!block || !main) throw new Error('the modern fixture lost its main or its user score block')
  if (place === 'before-block') block.before(el)
  else if (place === 'after-block') block.after(el)
  else if (place === 'block-start') block.prepend(el)
  else if (place === 'main-start') main.prepend(el)
  else main.append(el)
}

/** A page showing `n`, changed by `change` before it is read. */
function read(n: PageNumbers, change: (doc: Document) => void): ParseResult {
  const doc = modernDoc()
  writeNumbers(doc, n)
  change(doc)
  return parsePage(doc, SSI_URL)
}

/** Two pillar sets a reader could not tell apart (the page prints three decimals). */
const samePillars = (a: Pillars, b: Pillars): boolean =>
  PILLAR_IDS.every((id) => Math.abs(a[id] - b[id]) <= 0.002)

function expectConflict(result: ParseResult, field?: string): void {
  expect(result, JSON.stringify(result)).toMatchObject({ ok: false, error: { code: 'conflict' } })
  const disagreements = failureOf(result).disagreements ?? []
  expect(disagreements.length).toBeGreaterThan(0)
  for (const d of disagreements) expect(d.readings.length).toBeGreaterThanOrEqual(2)
  if (field) expect(disagreements.map((d) => d.field)).toContain(field)
}

describe('a second user score block', () => {
  it('is refused when its numbers differ, wherever it stands, with or without the bar ids; read when alike', () => {
    fc.assert(
      fc.property(
        numbersArb,
        numbersArb,
        fc.boolean(),
        fc.constantFrom(...PLACES.filter((p) => p !== 'block-start')),
        fc.boolean(),
        (n, other, alike, place, keepIds) => {
          const m = alike ? n : other
          if (!alike) fc.pre(m.overall !== n.overall || !samePillars(m.pillars, n.pillars))
          const result = read(n, (doc) => {
            const copy = doc.querySelector('.user-ssi-score')?.cloneNode(true) as Element
            writeScoreBlock(copy, m.overall, m.pillars)
            if (!keepIds)
              for (const bar of Array.from(copy.querySelectorAll('progress'))) bar.removeAttribute('id')
            insertAt(doc, place, copy)
          })
          if (alike) expectAnswer(result, truthOf(n))
          else expectConflict(result)
        },
      ),
      RUNS,
    )
  })
})

describe('a pillar bar drawn twice', () => {
  it('is refused when the two bars differ, read when they agree', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.constantFrom(...PILLAR_IDS),
        pillar,
        fc.boolean(),
        fc.constantFrom(...PLACES),
        (n, id, other, alike, place) => {
          const value = alike ? n.pillars[id] : other
          if (!alike) fc.pre(Math.abs(other - n.pillars[id]) > 0.002)
          const result = read(n, (doc) => {
            const bar = doc.getElementById(barId(id))?.cloneNode(false) as Element
            bar.setAttribute('value', String(value))
            const span = doc.createElement('span')
            span.className = 'ssi-score__value'
            span.textContent = shown(value)
            bar.append(span, ' out of 25')
            insertAt(doc, place, bar)
          })
          if (alike) expectAnswer(result, truthOf(n))
          else expectConflict(result, id)
        },
      ),
      RUNS,
    )
  })
})

const BAR_IDS: Record<PillarId, string> = {
  brand: 'establish-brand',
  people: 'find-people',
  insights: 'engage-with-insights',
  relationships: 'build-relationships',
}
const barId = (id: PillarId): string => `${BAR_IDS[id]}__sub-score-bar`

describe("the user's total captioned twice", () => {
  it('is refused when the captions differ, read when they agree', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.constantFrom(...PLACES),
        (n, other, alike, place) => {
          const total = alike ? n.overall : other
          if (!alike) fc.pre(other !== n.overall)
          const result = read(n, (doc) => {
            const caption = doc.createElement('figcaption')
            caption.className = 'user-ssi-score__donut-chart-caption'
            const value = doc.createElement('span')
            value.className = 'ssi-score__value'
            value.textContent = String(total)
            caption.append(value, ' out of 100')
            insertAt(doc, place, caption)
          })
          if (alike) expectAnswer(result, truthOf(n))
          else expectConflict(result, 'overall')
        },
      ),
      RUNS,
    )
  })
})

const API: Record<PillarId, string> = {
  brand: 'PROFESSIONAL_BRAND',
  people: 'FIND_RIGHT_PEOPLE',
  insights: 'INSIGHT_ENGAGEMENT',
  relationships: 'STRONG_RELATIONSHIP',
}

interface JsonNumbers {
  pillars: Pillars
  overall: number
  industryRank: number
  networkRank: number
  industryAverage: number
  networkAverage: number
}

/** The page's own `salesApiSsi` prefetch, HTML-escaped in a `<code>` block with its datalet, as in 2021. */
function embedJson(doc: Document, j: JsonNumbers): void {
  const data = {
    activeSeat: false,
    memberScore: {
      overall: j.overall,
      subScores: PILLAR_IDS.map((id) => ({ score: j.pillars[id], pillar: API[id] })),
    },
    groupScore: [
      {
        groupType: 'INDUSTRY',
        rank: j.industryRank,
        industry: 'IT Services and IT Consulting',
        score: { overall: j.industryAverage, subScores: [] },
      },
      { groupType: 'NETWORK', rank: j.networkRank, score: { overall: j.networkAverage, subScores: [] } },
    ],
  }
  const datalet = doc.createElement('code')
  datalet.id = 'datalet-bpr-guid-77'
  datalet.textContent = JSON.stringify({
    request: '/sales-api/salesApiSsi',
    status: 200,
    body: 'bpr-guid-77',
  })
  const body = doc.createElement('code')
  body.id = 'bpr-guid-77'
  body.textContent = JSON.stringify(data)
  doc.body.append(datalet, body)
}

/** Each number the JSON carries, and a way to make it disagree with the page by at least `by` (0 < by ≤ 1). */
const JSON_FIELDS = [
  'overall',
  ...PILLAR_IDS,
  'industryRank',
  'networkRank',
  'industryAverage',
  'networkAverage',
] as const
type JsonField = (typeof JSON_FIELDS)[number]

function changed(j: JsonNumbers, field: JsonField, by: number): JsonNumbers {
  const away = (v: number, step: number, max: number) => (v + step <= max ? v + step : v - step)
  if (field === 'overall') return { ...j, overall: away(j.overall, 1.5 + by, 100) }
  if (field === 'industryRank' || field === 'networkRank')
    return { ...j, [field]: away(j[field], Math.ceil(by * 10), 100) }
  if (field === 'industryAverage' || field === 'networkAverage')
    return { ...j, [field]: away(j[field], 1 + by, 100) }
  // A pillar: the JSON stays self-consistent (its total follows), so only the comparison can catch it.
  const pillars = { ...j.pillars, [field]: away(j.pillars[field], 0.01 + by, 25) }
  return { ...j, pillars, overall: sum(pillars) }
}

describe('embedded JSON beside the rendered page', () => {
  const jsonOf = (n: PageNumbers): JsonNumbers => ({
    pillars: n.pillars,
    overall: sum(n.pillars),
    industryRank: n.industryRank,
    networkRank: n.networkRank,
    industryAverage: n.industryAverage,
    networkAverage: n.networkAverage,
  })

  it('is refused when it disagrees with the page on any one number, naming that number', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.constantFrom(...JSON_FIELDS),
        fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
        (n, field, by) => {
          expectConflict(
            read(n, (doc) => embedJson(doc, changed(jsonOf(n), field, by))),
            field,
          )
        },
      ),
      RUNS,
    )
  })

  it('is refused when it is another day altogether (a stale prefetch)', () => {
    fc.assert(
      fc.property(numbersArb, numbersArb, (n, stale) => {
        // A whole point apart: the page's total cannot be the stale JSON's rounded or ceiled value.
        fc.pre(Math.abs(sum(stale.pillars) - n.overall) >= 1)
        expectConflict(
          read(n, (doc) => embedJson(doc, jsonOf(stale))),
          'overall',
        )
      }),
      RUNS,
    )
  })

  it('is read, exact values and all, when it agrees with the page', () => {
    fc.assert(
      fc.property(numbersArb, (n) => {
        const result = read(n, (doc) => embedJson(doc, jsonOf(n)))
        expectAnswer(result, {
          ...truthOf(n),
          overallExact: sum(n.pillars),
          industryAverageExact: n.industryAverage,
          networkAverageExact: n.networkAverage,
        })
        expect(snapshotOf(result)).toMatchObject({ source: 'embedded-json' })
      }),
      RUNS,
    )
  })
})
