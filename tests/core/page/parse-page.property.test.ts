/**
 * Mutation and property tests: numbers changed, elements removed, reordered or surrounded by noise, labels in
 * another language, hooks stripped. The answer is always the right snapshot or a refusal, never a wrong number.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { parsePage } from '../../../src/core/page/parse-page.ts'
import type { PageSnapshot, Pillars } from '../../../src/core/snapshot.ts'
import { PILLAR_IDS } from '../../../src/core/snapshot.ts'
import { expectAnswer, snapshotOf } from '../../support/expect-answer.ts'
import { loadHtml, readFixture, SSI_URL } from '../../support/fixtures.ts'
import {
  LANGUAGES,
  type Language,
  MODERN_TRUTH,
  modernDoc,
  type PageNumbers,
  shown,
  stripHooks,
  translate,
  truthOf,
} from './modern-page.ts'
import {
  expectNeverWrong,
  expectReadsWithoutIrrelevant,
  IRRELEVANT,
  numbersArb,
  pageWith,
  pillar,
  pillarsOf,
  sum,
} from './page-arbitraries.ts'

// happy-dom needs ~20 ms to build each page, so runs are counted; every property still sees dozens of pages.
const RUNS = { numRuns: 25 }
vi.setConfig({ testTimeout: 60_000 })

describe('changed numbers', () => {
  it('reads any consistent set of numbers exactly', () => {
    fc.assert(
      fc.property(numbersArb, (n) => {
        const result = pageWith(n)
        expectAnswer(result, truthOf(n))
        expect(snapshotOf(result)).toMatchObject({ source: 'dom' })
      }),
      RUNS,
    )
  })

  it('accepts a total within 1 of the pillar sum and refuses any other', () => {
    fc.assert(
      fc.property(numbersArb, fc.integer({ min: -4, max: 4 }), (n, shift) => {
        const overall = Math.min(100, Math.max(0, n.overall + shift))
        const result = pageWith({ ...n, overall })
        if (Math.abs(overall - Math.round(sum(n.pillars))) <= 1)
          expectAnswer(result, truthOf({ ...n, overall }))
        else expect(result).toMatchObject({ ok: false, error: { code: 'inconsistent' } })
      }),
      RUNS,
    )
  })

  it('refuses a page where one bar was changed without its shown number', () => {
    fc.assert(
      fc.property(numbersArb, fc.constantFrom(...PILLAR_IDS), pillar, (n, id, other) => {
        // A whole point off: a difference no rounding of the shown number can explain.
        fc.pre(Math.abs(other - n.pillars[id]) >= 1)
        const result = pageWith(n, (doc) => {
          const bars = doc.querySelectorAll('progress')
          bars[PILLAR_IDS.indexOf(id)]?.setAttribute('value', String(other))
        })
        expect(result).toMatchObject({ ok: false, error: { code: 'inconsistent' } })
      }),
      RUNS,
    )
  })
})

/** Every element of the page, in document order, so an index picks one. */
const elementsOf = (doc: Document): Element[] => Array.from(doc.body.querySelectorAll('*'))
const ELEMENT_COUNT = elementsOf(modernDoc()).length

describe('removed elements', () => {
  it('never yields a wrong number when any elements are removed', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.uniqueArray(fc.nat({ max: ELEMENT_COUNT - 1 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (n, picks, irrelevant) => {
          const result = pageWith(n, (doc) => {
            const elements = elementsOf(doc)
            for (const i of picks) elements[i]?.remove()
          })
          expectNeverWrong(result, truthOf(n))
          expectReadsWithoutIrrelevant(n, irrelevant)
        },
      ),
      { numRuns: 60 },
    )
  })

  it("never takes a peer donut for the total when the user's caption is gone (found by fast-check)", () => {
    // Pillars summing to 24.998 make 25 (round) and 26 (ceil of the sum plus text slack) plausible totals; the
    // industry donut shows 26. Without the user's own caption, the 26 must not pass as the total.
    const n: PageNumbers = {
      pillars: { brand: 24.9956, people: 0.0011, insights: 0.0008, relationships: 0.0006 },
      overall: 25,
      industryRank: 1,
      networkRank: 1,
      industryAverage: 26,
      networkAverage: 0,
      industryPillars: { brand: 0, people: 0, insights: 0, relationships: 0 },
      networkPillars: { brand: 0, people: 0, insights: 0, relationships: 0 },
    }
    const result = pageWith(n, (doc) => doc.querySelector('.user-ssi-score__donut-chart-caption')?.remove())
    expectNeverWrong(result, truthOf(n))
    expect(result).toMatchObject({ ok: false, error: { code: 'unrecognized' } })
  })

  it('reads the modern page after removing each single element, or refuses; exactly when it was irrelevant', () => {
    // One page, each element taken out and put back where it was: building a fresh page per element took most of
    // this file's time (happy-dom, ~20 ms a page), and the reader only reads the page.
    const doc = modernDoc()
    let irrelevant = 0
    for (const element of elementsOf(doc)) {
      const matters = !element.matches(IRRELEVANT)
      const { parentNode, nextSibling } = element
      element.remove()
      const result = parsePage(doc, SSI_URL)
      parentNode?.insertBefore(element, nextSibling)
      if (matters) expectNeverWrong(result, MODERN_TRUTH)
      else {
        expectAnswer(result, MODERN_TRUTH)
        irrelevant++
      }
    }
    expect(irrelevant).toBeGreaterThan(20) // the floor is not vacuous
    expect(elementsOf(doc)).toHaveLength(ELEMENT_COUNT)
    expectAnswer(parsePage(doc, SSI_URL), MODERN_TRUTH) // every element is back where it was
  })
})

/** Containers whose children may come in any order without changing what the page says. */
const SHUFFLED = [
  '.ssi-ranks',
  '.user-ssi-score__sub-scores ul',
  '.group-ssi-score-row',
  'main',
  'tbody',
  'header',
  'body',
]

function shuffleChildren(doc: Document, order: number[]): void {
  for (const container of Array.from(doc.querySelectorAll(SHUFFLED.join(',')))) {
    const children = Array.from(container.children)
    const keyed = children.map((child, i) => ({ child, key: order[i % order.length] ?? 0 }))
    keyed.sort((a, b) => a.key - b.key)
    for (const { child } of keyed) container.appendChild(child)
  }
}

describe('reordered elements', () => {
  it('reads the same snapshot whatever the order of blocks, rows and sections', () => {
    fc.assert(
      fc.property(numbersArb, fc.array(fc.nat(), { minLength: 2, maxLength: 8 }), (n, order) => {
        expectAnswer(
          pageWith(n, (doc) => shuffleChildren(doc, order)),
          truthOf(n),
        )
      }),
      RUNS,
    )
  })
})

const NOISE = [
  '<span class="notification-badge__count">27</span>',
  '<div class="global-nav__ssi-teaser">SSI <span class="ssi-score__value">88</span> out of 100</div>',
  '<aside class="msg-overlay-container"><p>my SSI: 82 out of 100, Top 1% Industry SSI rank</p><p>12.5 | Establish your professional brand</p></aside>',
  '<script>window.score = {"overall": 91, "rank": 3}</script>',
  '<code id="bpr-guid-1">{&quot;memberScore&quot;:{&quot;overall&quot;:80,&quot;subScores&quot;:[]}}</code>',
  '<code id="datalet-bpr-guid-2">{&quot;request&quot;:&quot;/sales-api/salesApiTeamSsi&quot;,&quot;body&quot;:&quot;bpr-guid-2&quot;}</code><code id="bpr-guid-2">{&quot;memberScore&quot;:{&quot;overall&quot;:80,&quot;subScores&quot;:[{&quot;score&quot;:20,&quot;pillar&quot;:&quot;PROFESSIONAL_BRAND&quot;}]}}</code>',
  '<nav><a href="/sales/inbox">Messaging <span>3</span></a> <span>Top 5%</span></nav>',
  '<p class="promo">Sellers who score 70 out of 100 close more deals.</p>',
]
/** Where noise may appear: around the SSI content, not inside its widgets. */
const NOISE_PLACES = ['body', 'header', 'main', '#ember3', 'aside'] as const

describe('noise around the numbers', () => {
  it('reads the same snapshot whatever LinkedIn puts around the SSI content', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.array(fc.tuple(fc.constantFrom(...NOISE), fc.constantFrom(...NOISE_PLACES), fc.boolean()), {
          maxLength: 8,
        }),
        (n, noise) => {
          const result = pageWith(n, (doc) => {
            for (const [html, place, atStart] of noise)
              doc.querySelector(place)?.insertAdjacentHTML(atStart ? 'afterbegin' : 'beforeend', html)
          })
          expectAnswer(result, truthOf(n))
        },
      ),
      RUNS,
    )
  })
})

/** The industry name a correct reader finds on a page translated into `language`. */
const nameIn = (language: Language): string | null => (language.sentences ? MODERN_TRUTH.industryName : null)
const KNOWN = LANGUAGES.filter((l) => l.name !== 'unknown')

describe('labels in another language', () => {
  it.each(LANGUAGES.map((l) => [l.name, l] as const))('reads the %s page by structure', (_name, language) => {
    fc.assert(
      fc.property(numbersArb, (n) => {
        const result = pageWith(n, (doc) => translate(doc, language))
        // Without sentences SSI Lens knows, the industry name is unknown; without table labels it knows, so are
        // the peer pillars. Everything else comes from structure.
        const known = language.name !== 'unknown'
        expectAnswer(result, {
          ...truthOf(n, nameIn(language)),
          industryPillars: known ? n.industryPillars : null,
          networkPillars: known ? n.networkPillars : null,
        })
      }),
      { numRuns: 25 },
    )
  })

  it('reads a translated page in any order of blocks, rows and sections, in every known language', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.constantFrom(...KNOWN),
        fc.array(fc.nat(), { minLength: 2, maxLength: 8 }),
        (n, language, order) => {
          const result = pageWith(n, (doc) => {
            translate(doc, language)
            shuffleChildren(doc, order)
          })
          expectAnswer(result, truthOf(n, nameIn(language)))
        },
      ),
      { numRuns: 40 },
    )
  })

  it('never yields a wrong number when elements of a translated page are removed, in any language', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.constantFrom(...LANGUAGES),
        fc.uniqueArray(fc.nat({ max: ELEMENT_COUNT - 1 }), { minLength: 1, maxLength: 6 }),
        (n, language, picks) => {
          const result = pageWith(n, (doc) => {
            translate(doc, language)
            const elements = elementsOf(doc)
            for (const i of picks) elements[i]?.remove()
          })
          expectNeverWrong(result, truthOf(n))
        },
      ),
      { numRuns: 60 },
    )
  })
})

/** The snapshot the text fallback gives for a page showing `n`: pillars as printed, no peer pillars. */
const textTruth = (n: PageNumbers, industryName: string | null): PageSnapshot => ({
  ...truthOf(n, industryName),
  pillars: Object.fromEntries(PILLAR_IDS.map((id) => [id, Number(shown(n.pillars[id]))])) as Pillars,
  industryPillars: null,
  networkPillars: null,
  source: 'text',
})

describe('a redesign in another language: the text fallback', () => {
  it.each(KNOWN.filter((l) => l.sentences).map((l) => [l.name, l] as const))(
    'reads the stripped %s page from its text, industry name included',
    (_name, language) => {
      const doc = modernDoc()
      translate(doc, language)
      stripHooks(doc)
      const result = parsePage(doc, SSI_URL)
      expectAnswer(result, {
        ...MODERN_TRUTH,
        pillars: { brand: 16.438, people: 9.27, insights: 7.815, relationships: 13.21 },
        industryPillars: null,
        networkPillars: null,
      })
      expect(snapshotOf(result)).toMatchObject({ source: 'text' })
    },
  )

  it('refuses a stripped page whose peer sentences it cannot read: three "N of 100" and no known averages', () => {
    // Russian labels are known, its sentences are not: the total cannot be told from the peer captions.
    const doc = modernDoc()
    translate(doc, LANGUAGES.find((l) => l.name === 'Russian') as Language)
    stripHooks(doc)
    expect(parsePage(doc, SSI_URL)).toMatchObject({ ok: false, error: { code: 'unrecognized' } })
  })

  it('reads any numbers from the text of a stripped translated page exactly, where the total is clear', () => {
    const withSentences = KNOWN.filter((l) => l.sentences)
    fc.assert(
      fc.property(numbersArb, fc.constantFrom(...withSentences), (n, language) => {
        const result = pageWith(n, (doc) => {
          translate(doc, language)
          stripHooks(doc)
        })
        // A peer average within 1 of the total is as plausible a total as the user's own caption: refused (the
        // reader cannot tell the anonymous captions apart), so exactness is asked only where the total is clear.
        const clear = [n.industryAverage, n.networkAverage].every((a) => Math.abs(a - n.overall) > 1)
        if (!clear) return expectNeverWrong(result, truthOf(n))
        expectAnswer(result, textTruth(n, nameIn(language)))
        expect(snapshotOf(result)).toMatchObject({ source: 'text' })
      }),
      RUNS,
    )
  })

  it('reads the stripped text or refuses, never a wrong number, in any language and with elements removed', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.constantFrom(...LANGUAGES),
        fc.uniqueArray(fc.nat({ max: ELEMENT_COUNT - 1 }), { maxLength: 3 }),
        (n, language, picks) => {
          const result = pageWith(n, (doc) => {
            translate(doc, language)
            const elements = elementsOf(doc)
            for (const i of picks) elements[i]?.remove()
            stripHooks(doc)
          })
          expectNeverWrong(result, truthOf(n))
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('a redesign without the known classes and ids', () => {
  it('reads the text or refuses, never a wrong number', () => {
    fc.assert(
      fc.property(
        numbersArb,
        fc.uniqueArray(fc.nat({ max: ELEMENT_COUNT - 1 }), { maxLength: 3 }),
        (n, picks) => {
          const result = pageWith(n, (doc) => {
            const elements = elementsOf(doc)
            for (const i of picks) elements[i]?.remove()
            stripHooks(doc)
          })
          expectNeverWrong(result, truthOf(n))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('reads the whole stripped modern page from its text', () => {
    const doc = modernDoc()
    stripHooks(doc)
    expectAnswer(parsePage(doc, SSI_URL), {
      ...MODERN_TRUTH,
      pillars: { brand: 16.438, people: 9.27, insights: 7.815, relationships: 13.21 },
      industryPillars: null,
      networkPillars: null,
    })
    expect(snapshotOf(parsePage(doc, SSI_URL))).toMatchObject({ source: 'text' })
  })
})

describe('embedded JSON', () => {
  const template = readFixture('ssi-2021-embedded-json').html
  const API = {
    brand: 'PROFESSIONAL_BRAND',
    people: 'FIND_RIGHT_PEOPLE',
    insights: 'INSIGHT_ENGAGEMENT',
    relationships: 'STRONG_RELATIONSHIP',
  }

  it('maps any numbers in any order of subScores and groups, escaped or commented', () => {
    const exact = fc.integer({ min: 0, max: 25_000_000 }).map((x) => x / 1_000_000)
    fc.assert(
      fc.property(
        pillarsOf(exact),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (pillars, rank, average, order, commented) => {
          const overall = sum(pillars)
          fc.pre(Math.round(overall) > 0)
          const sortBy = <T>(list: T[]) =>
            list
              .map((x, i) => ({ x, k: order[i] ?? 0 }))
              .sort((a, b) => a.k - b.k)
              .map((e) => e.x)
          const subScores = sortBy(PILLAR_IDS.map((id) => ({ score: pillars[id], pillar: API[id] })))
          const groups = sortBy([
            { groupType: 'NETWORK', rank, score: { overall: average, subScores: [] } },
            {
              groupType: 'INDUSTRY',
              rank: 101 - rank,
              industry: 'Retail',
              score: { overall: 100 - average, subScores: [] },
            },
          ])
          const json = JSON.stringify({
            activeSeat: false,
            memberScore: { overall, subScores },
            groupScore: groups,
          })
          const escaped = json.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
          const html = template.replace(
            /(<code[^>]*id="bpr-guid-4190014">)[\s\S]*?<\/code>/,
            `$1${commented ? `<!--${escaped}-->` : escaped}</code>`,
          )
          const result = parsePage(loadHtml(html), SSI_URL)
          expectAnswer(result, {
            overall: Math.round(overall),
            pillars,
            industryRank: 101 - rank,
            networkRank: rank,
            industryAverage: Math.round(100 - average),
            networkAverage: Math.round(average),
            overallExact: overall,
            industryAverageExact: 100 - average,
            networkAverageExact: average,
            industryName: 'Retail',
            industryPillars: null,
            networkPillars: null,
          })
        },
      ),
      RUNS,
    )
  })
})
