import { describe, expect, it } from 'vitest'
import { collectFacts } from '../../../src/core/page/collect-facts.ts'
import {
  mapSalesApiSsi,
  parseEmbeddedJson,
  readEmbeddedJson,
  unescapeHtml,
} from '../../../src/core/page/read-json.ts'
import { loadHtml, SSI_URL } from '../../support/fixtures.ts'

const sub = (brand: unknown, people: unknown, insights: unknown, relationships: unknown) => [
  { score: brand, pillar: 'PROFESSIONAL_BRAND' },
  { score: people, pillar: 'FIND_RIGHT_PEOPLE' },
  { score: insights, pillar: 'INSIGHT_ENGAGEMENT' },
  { score: relationships, pillar: 'STRONG_RELATIONSHIP' },
]

const response = (overrides: Record<string, unknown> = {}) => ({
  activeSeat: false,
  memberScore: { overall: 19.705751, subScores: sub(13.118002, 3.68, 0.29999998, 2.6077502) },
  groupScore: [
    { groupType: 'INDUSTRY', rank: 75, score: { overall: 30.99, subScores: [] } },
    { groupType: 'NETWORK', rank: 81, score: { overall: 32.72, subScores: [] } },
  ],
  ...overrides,
})

describe('mapSalesApiSsi maps the API shape by ids, never by position', () => {
  it('reads the live 2026 shape with empty peer subScores as unknown peer pillars', () => {
    const mapped = mapSalesApiSsi(response())
    expect(mapped).toEqual({
      ok: true,
      value: {
        overall: 20,
        pillars: { brand: 13.118002, people: 3.68, insights: 0.29999998, relationships: 2.6077502 },
        industryRank: 75,
        networkRank: 81,
        industryAverage: 31,
        networkAverage: 33,
        overallExact: 19.705751,
        industryAverageExact: 30.99,
        networkAverageExact: 32.72,
        industryName: null,
        industryPillars: null,
        networkPillars: null,
        source: 'embedded-json',
      },
    })
  })

  it('maps shuffled subScores and groups by their ids', () => {
    const shuffled = response({
      memberScore: {
        overall: 19.705751,
        subScores: [...sub(13.118002, 3.68, 0.29999998, 2.6077502)].reverse(),
      },
      groupScore: [
        { groupType: 'NETWORK', rank: 81, score: { overall: 32.72, subScores: [] } },
        { groupType: 'TEAM', rank: 1, score: { overall: 90, subScores: [] } },
        { groupType: 'INDUSTRY', rank: 75, industry: ' Retail ', score: { overall: 30.99, subScores: [] } },
      ],
    })
    const mapped = mapSalesApiSsi(shuffled)
    expect(mapped.ok && mapped.value).toMatchObject({
      pillars: { brand: 13.118002, relationships: 2.6077502 },
      industryRank: 75,
      networkRank: 81,
      industryName: 'Retail',
    })
  })

  it('ignores a pillar id LinkedIn may add later', () => {
    const extra = response({
      memberScore: {
        overall: 19.705751,
        subScores: [...sub(13.118002, 3.68, 0.29999998, 2.6077502), { score: 9, pillar: 'NEW_PILLAR' }],
      },
    })
    expect(mapSalesApiSsi(extra).ok).toBe(true)
  })

  it('reads peer pillars when the groups carry all four', () => {
    const full = response({
      groupScore: [
        { groupType: 'INDUSTRY', rank: 75, score: { overall: 30.99, subScores: sub(12, 6, 4, 9) } },
      ],
    })
    const mapped = mapSalesApiSsi(full)
    expect(mapped.ok && mapped.value.industryPillars).toEqual({
      brand: 12,
      people: 6,
      insights: 4,
      relationships: 9,
    })
    expect(mapped.ok && mapped.value.networkRank).toBeNull()
  })

  it.each([
    ['no memberScore', { activeSeat: false }, { code: 'no-member-score' }],
    [
      'a non-numeric overall',
      response({ memberScore: { overall: '20', subScores: sub(1, 2, 3, 4) } }),
      { code: 'overall-not-a-number' },
    ],
    [
      'an empty member subScores',
      response({ memberScore: { overall: 20, subScores: [] } }),
      { code: 'no-sub-scores' },
    ],
    [
      'a missing pillar',
      response({ memberScore: { overall: 20, subScores: sub(1, 2, 3, 4).slice(1) } }),
      { code: 'missing-pillars', missing: ['brand'] },
    ],
    [
      'a pillar listed twice with two values',
      response({
        memberScore: {
          overall: 20,
          subScores: [...sub(1, 2, 3, 4), { score: 5, pillar: 'FIND_RIGHT_PEOPLE' }],
        },
      }),
      { code: 'pillar-twice', pillar: 'people' },
    ],
    [
      'a pillar without a numeric score',
      response({ memberScore: { overall: 20, subScores: sub(1, null, 3, 4) } }),
      { code: 'score-not-a-number', pillar: 'people' },
    ],
  ])('refuses %s, naming it', (_what, data, problem) => {
    const mapped = mapSalesApiSsi(data)
    expect(mapped.ok).toBe(false)
    expect(!mapped.ok && mapped.error).toEqual(problem)
  })

  it('leaves a non-numeric rank unknown instead of inventing one', () => {
    const mapped = mapSalesApiSsi(
      response({ groupScore: [{ groupType: 'INDUSTRY', rank: 'top', score: {} }] }),
    )
    expect(mapped.ok && mapped.value).toMatchObject({ industryRank: null, industryAverage: null })
  })
})

describe('embedded JSON text', () => {
  it.each([
    ['plain', '{"a":1}'],
    ['HTML-escaped', '{&quot;a&quot;:1}'],
    ['numeric entities', '{&#34;a&#x22;:1}'],
    ['in a comment', '<!--{&quot;a&quot;:1}-->'],
    ['in an escaped comment', '&lt;!--{&quot;a&quot;:1}--&gt;'],
  ])('parses %s JSON', (_what, raw) => {
    expect(parseEmbeddedJson(raw)).toEqual({ a: 1 })
  })

  it('returns nothing for text that is not a JSON object', () => {
    expect(parseEmbeddedJson('window.x = 1')).toBeUndefined()
    expect(parseEmbeddedJson('{not json')).toBeUndefined()
  })

  it('undoes only real entities', () => {
    expect(unescapeHtml('AT&amp;T &quot;x&quot; &unknown; &#128512;')).toBe('AT&T "x" &unknown; 😀')
  })
})

const code = (id: string, json: unknown) =>
  `<code style="display: none" id="${id}">${JSON.stringify(json).replaceAll('"', '&quot;')}</code>`
const datalet = (n: number, request: string) =>
  code(`datalet-bpr-guid-${n}`, { request, status: 200, body: `bpr-guid-${n}` })

/** The embedded blocks of a page, as the content script collects them. */
const codesIn = (doc: Document) => collectFacts(doc, SSI_URL).codes

describe('readEmbeddedJson picks the salesApiSsi block and nothing else', () => {
  it('finds nothing in a page without SSI JSON', () => {
    expect(readEmbeddedJson(codesIn(loadHtml(`<body>${code('x', { memberCount: 3 })}</body>`)))).toEqual({
      kind: 'none',
    })
  })

  it('skips another API body that has a memberScore, by its datalet', () => {
    const decoy = response({ memberScore: { overall: 80, subScores: sub(20, 20, 20, 20) } })
    const html = `<body>${datalet(1, '/sales-api/salesApiTeamSsi')}${code('bpr-guid-1', decoy)}</body>`
    expect(readEmbeddedJson(codesIn(loadHtml(html)))).toEqual({ kind: 'none' })
  })

  it('prefers the block whose datalet names salesApiSsi', () => {
    const html = `<body>${datalet(2, '/sales-api/salesApiSsi')}${code('bpr-guid-2', response())}${code('other', response())}</body>`
    const reading = readEmbeddedJson(codesIn(loadHtml(html)))
    expect(reading.kind === 'found' && reading.snapshot.overall).toBe(20)
  })

  it('refuses two SSI blocks that disagree instead of choosing one', () => {
    const other = response({ memberScore: { overall: 40.2, subScores: sub(10, 10, 10, 10.2) } })
    const reading = readEmbeddedJson(
      codesIn(loadHtml(`<body>${code('a', response())}${code('b', other)}</body>`)),
    )
    expect(reading).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/20 and 40/) })
  })

  it('reads no number from a salesApiSsi block it cannot map, and says why', () => {
    const broken = response({ memberScore: { overall: 20, subScores: sub(1, 2, 3, 4).slice(0, 3) } })
    const reading = readEmbeddedJson(codesIn(loadHtml(`<body>${code('a', broken)}</body>`)))
    expect(reading).toMatchObject({ kind: 'none', problem: expect.stringMatching(/relationships/) })
  })
})
