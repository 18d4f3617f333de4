import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import type { NextPillarAdvice } from '../../src/core/advice-types.ts'
import { addDays } from '../../src/core/day.ts'
import { assessPillars, nextPillar } from '../../src/core/next-pillar.ts'
import { PILLAR_ACTIONS } from '../../src/core/pillar-actions.ts'
import type { DayRecord, DayWithPillars } from '../../src/core/snapshot.ts'
import { PILLAR_IDS, PILLAR_LABELS } from '../../src/core/snapshot.ts'
import { pillarName, reasonWords } from '../../src/shared/advice-words.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import type { PillarTuple } from '../support/records.ts'
import { dayWithPillars, pillars } from '../support/records.ts'

const LATEST = '2026-11-22'
const back = (n: number): string => addDays(LATEST, -n)

interface Case {
  name: string
  latest: PillarTuple
  industry?: PillarTuple
  network?: PillarTuple
  /** Earlier days as [days back, pillars]. */
  history?: [number, PillarTuple][]
  /** The reason as the English catalogue words it (`shared/advice-words.ts`): the facts are easiest read so. */
  expected: Pick<NextPillarAdvice, 'pillar'> & { reason: string; actions?: string[] }
}

const { brand, people, insights, relationships } = PILLAR_ACTIONS

beforeAll(() => setMessageSource(catalogSource(messages as Catalog), 'en'))
const words = (advice: NextPillarAdvice | null): string => (advice ? reasonWords(advice) : '')

const cases: Case[] = [
  {
    name: 'picks the pillar with the most headroom to 25 when nothing else is known',
    latest: [16.4382, 9.27, 7.815, 13.2104],
    expected: {
      pillar: 'insights',
      reason: 'Engage with insights is 7.8 of 25 and your lowest pillar.',
      actions: [insights.foundation[0], insights.foundation[1], insights.habit[0]],
    },
  },
  {
    name: 'picks a pillar far below people in the industry over a slightly lower one',
    latest: [16, 10, 9, 13],
    industry: [12, 14, 5, 10],
    expected: {
      pillar: 'people',
      reason: 'Find the right people is 10 of 25 and 4 below people in your industry.',
      actions: [people.foundation[0], people.foundation[1], people.habit[0]],
    },
  },
  {
    name: 'names the network when the gap to the network is the larger one',
    latest: [16, 10, 9, 13],
    industry: [12, 14, 5, 10],
    network: [12, 15.1, 5, 10],
    expected: {
      pillar: 'people',
      reason: 'Find the right people is 10 of 25 and 5.1 below people in your network.',
    },
  },
  {
    name: 'explains a choice with its value, peer gap and recent fall in one sentence (the issue’s example)',
    latest: [16, 7.5, 7.8, 13],
    industry: [12, 5, 11.9, 10],
    history: [[7, [16, 7.5, 8.7, 13]]],
    expected: {
      pillar: 'insights',
      reason:
        'Engage with insights is 7.8 of 25, 4.1 below people in your industry, and fell 0.9 in the last 7\u00a0days.',
      actions: [insights.falling, insights.foundation[0], insights.foundation[1]],
    },
  },
  {
    name: 'picks a pillar that fell in the last 7 days over one with more headroom',
    latest: [16, 12, 11, 14],
    history: [[7, [16, 12, 11, 18]]],
    expected: {
      pillar: 'relationships',
      reason: 'Build relationships is 14 of 25 and fell 4 in the last 7\u00a0days.',
      actions: [relationships.falling, relationships.habit[0], relationships.habit[1]],
    },
  },
  {
    name: 'picks a pillar that fell over the 49-day window',
    latest: [16, 12, 11, 14],
    history: [[30, [16, 12, 11, 21]]],
    expected: {
      pillar: 'relationships',
      reason: 'Build relationships is 14 of 25 and fell 7 in the last 49\u00a0days.',
    },
  },
  {
    name: 'measures the window trend from the earliest recorded day of the window',
    latest: [16, 12, 11, 14],
    history: [
      [48, [16, 12, 11, 21]],
      [30, [16, 12, 11, 14]],
    ],
    expected: {
      pillar: 'relationships',
      reason: 'Build relationships is 14 of 25 and fell 7 in the last 49\u00a0days.',
    },
  },
  {
    name: 'says how many days a recent fall took when the day 7 days back is missing',
    latest: [16, 12, 11, 14],
    history: [[3, [16, 12, 11, 18]]],
    expected: {
      pillar: 'relationships',
      reason: 'Build relationships is 14 of 25 and fell 4 in the last 3\u00a0days.',
    },
  },
  {
    name: 'names both falls, the recent one first',
    latest: [16, 12, 11, 14],
    history: [
      [7, [16, 12, 11, 16.5]],
      [40, [16, 12, 11, 17.2]],
    ],
    expected: {
      pillar: 'relationships',
      reason:
        'Build relationships is 14 of 25 and fell 2.5 in the last 7\u00a0days and 3.2 in the last 49\u00a0days.',
    },
  },
  {
    name: 'says "since yesterday" for a fall over one day',
    latest: [16, 12, 11, 14],
    history: [[1, [16, 12, 11, 18]]],
    expected: {
      pillar: 'relationships',
      reason: 'Build relationships is 14 of 25 and fell 4 since yesterday.',
    },
  },
  {
    name: 'prefers the quick pillar to a slow one with a little more headroom, and says so',
    latest: [14, 16, 16, 13],
    expected: {
      pillar: 'brand',
      reason:
        'Establish your professional brand is 14 of 25 and usually responds to effort sooner than Build relationships.',
      actions: [brand.habit[0], brand.habit[1], brand.foundation[0]],
    },
  },
  {
    name: 'still picks the slow pillar when it is far lower',
    latest: [14, 16, 16, 5],
    expected: {
      pillar: 'relationships',
      reason: 'Build relationships is 5 of 25 and your lowest pillar.',
      actions: [relationships.foundation[0], relationships.foundation[1], relationships.habit[0]],
    },
  },
  {
    name: 'breaks a tie in LinkedIn’s pillar order',
    latest: [15, 10, 10, 20],
    expected: {
      pillar: 'people',
      reason: 'Find the right people is 10 of 25 and tied for your lowest pillar.',
    },
  },
  {
    name: 'breaks a tie of weighted priorities in pillar order despite float noise (12.5 × 1.2 = 15 × 1)',
    latest: [12.5, 10, 15, 20],
    expected: {
      pillar: 'brand',
      reason:
        'Establish your professional brand is 12.5 of 25 and usually responds to effort sooner than Find the right people.',
    },
  },
  {
    name: 'uses headroom and peers only when there is one day of data',
    latest: [16, 10, 9, 13],
    industry: [12, 14, 5, 10],
    history: [],
    expected: {
      pillar: 'people',
      reason: 'Find the right people is 10 of 25 and 4 below people in your industry.',
    },
  },
  {
    name: 'ignores days before the 49-day window',
    latest: [16.4382, 9.27, 7.815, 13.2104],
    history: [[49, [16.4382, 9.27, 7.815, 25]]],
    expected: { pillar: 'insights', reason: 'Engage with insights is 7.8 of 25 and your lowest pillar.' },
  },
  {
    name: 'ignores days after the latest one',
    latest: [16.4382, 9.27, 7.815, 13.2104],
    history: [[-3, [16.4382, 9.27, 7.815, 25]]],
    expected: { pillar: 'insights', reason: 'Engage with insights is 7.8 of 25 and your lowest pillar.' },
  },
  {
    name: 'does not count a rise against a pillar',
    latest: [16.4382, 9.27, 7.815, 13.2104],
    history: [[7, [16.4382, 9.27, 2, 13.2104]]],
    expected: { pillar: 'insights', reason: 'Engage with insights is 7.8 of 25 and your lowest pillar.' },
  },
  {
    name: 'never says "25 of 25" for a pillar just short of the maximum',
    latest: [25, 25, 24.96, 25],
    expected: { pillar: 'insights', reason: 'Engage with insights is 24.9 of 25 and your lowest pillar.' },
  },
]

const recordOf = (c: Pick<Case, 'latest' | 'industry' | 'network'>, day = LATEST): DayWithPillars =>
  dayWithPillars(day, c.latest, {
    industryPillars: c.industry ? pillars(c.industry) : null,
    networkPillars: c.network ? pillars(c.network) : null,
  })
const historyOf = (c: Case): DayRecord[] => (c.history ?? []).map(([n, p]) => dayWithPillars(back(n), p))

describe('nextPillar', () => {
  for (const c of cases)
    it(c.name, () => {
      const advice = nextPillar(historyOf(c), recordOf(c))
      expect(advice?.pillar).toBe(c.expected.pillar)
      expect(pillarName(c.expected.pillar)).toBe(PILLAR_LABELS[c.expected.pillar])
      expect(words(advice)).toBe(c.expected.reason)
      if (c.expected.actions) expect(advice?.actions).toEqual(c.expected.actions)
    })

  it('returns null when every pillar is at 25: nothing to improve', () => {
    const top = dayWithPillars(LATEST, [25, 25, 25, 25])
    expect(nextPillar([dayWithPillars(back(7), [25, 25, 25, 25])], top)).toBeNull()
  })

  it('does not mention peers when the page gave no peer pillars', () => {
    const advice = nextPillar([], dayWithPillars(LATEST, [16, 10, 9, 13]))
    expect(advice?.pillar).toBe('insights')
    expect(advice?.reason.peerGap).toBeNull()
    expect(words(advice)).not.toMatch(/below people/)
  })

  it('does not mention a fall too small to show with one decimal', () => {
    const advice = nextPillar(
      [dayWithPillars(back(7), [16.4382, 9.27, 7.85, 13.2104])],
      dayWithPillars(LATEST, [16.4382, 9.27, 7.815, 13.2104]),
    )
    expect(words(advice)).toBe('Engage with insights is 7.8 of 25 and your lowest pillar.')
  })

  it.each([
    [0.1, false],
    [0.2, false],
    [0.3, true],
    [0.8, true],
  ])('cites a fall of %d only from NOISE_FALL up (%s): smaller is day-to-day noise', (fall, cited) => {
    const advice = nextPillar(
      [dayWithPillars(back(7), [16, 12, 8 + fall, 13])],
      dayWithPillars(LATEST, [16, 12, 8, 13]),
    )
    expect(advice?.pillar).toBe('insights')
    expect(advice?.reason.recentFall !== null).toBe(cited)
    expect(/fell/.test(words(advice))).toBe(cited)
  })

  it('lists 2 or 3 distinct actions from the chosen pillar’s catalogue', () => {
    for (const c of cases) {
      const advice = nextPillar(historyOf(c), recordOf(c))
      if (advice === null) throw new Error(`no advice for "${c.name}"`)
      const set = PILLAR_ACTIONS[advice.pillar]
      const catalogue = [...set.foundation, ...set.habit, set.falling]
      expect(advice.actions.length).toBeGreaterThanOrEqual(2)
      expect(advice.actions.length).toBeLessThanOrEqual(3)
      expect(new Set(advice.actions).size).toBe(advice.actions.length)
      for (const action of advice.actions) expect(catalogue).toContain(action)
    }
  })
})

describe('nextPillar invariance', () => {
  // Full (25) or clearly below it: a pillar within a rounding hair of 25 (24.9996 shows as "25") is full by the
  // rule's precision (PRIORITY_DECIMALS), which the table test below pins. fast-check found that band once
  // (seed 1820887523) and the property then claimed advice was missing.
  const pillarValue = fc.oneof(fc.constant(25), fc.double({ min: 0, max: 24.999, noNaN: true }))
  const tuple = fc.tuple(pillarValue, pillarValue, pillarValue, pillarValue)
  const world = fc.record({
    latest: tuple,
    industry: fc.option(tuple, { nil: undefined }),
    network: fc.option(tuple, { nil: undefined }),
    earlier: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 70 }), tuple), {
      selector: ([n]) => n,
      maxLength: 30,
    }),
  })

  it('gives the same answer for the same history, in any order, with or without the latest day in it', () => {
    fc.assert(
      fc.property(world, fc.nat(), (w, seed) => {
        const latest = recordOf(w)
        const history = w.earlier.map(([n, p]) => dayWithPillars(back(n), p))
        // The answer for the history oldest first, as the background stores it; every other order must agree.
        const ascending = [...history].sort((a, b) => (a.day < b.day ? -1 : 1))
        const expected = nextPillar(ascending, latest)
        expect(nextPillar([...ascending].reverse(), latest)).toEqual(expected)
        // A seeded Fisher–Yates shuffle, plus the latest day itself mixed in.
        const shuffled = [...history, latest]
        let s = seed
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2 ** 31
          const j = s % (i + 1)
          ;[shuffled[i], shuffled[j]] = [shuffled[j] as DayWithPillars, shuffled[i] as DayWithPillars]
        }
        expect(nextPillar(shuffled, latest)).toEqual(expected)
      }),
    )
  })

  it('counts a pillar a rounding hair below 25 as full: no advice when every pillar is', () => {
    const latest = dayWithPillars(LATEST, [24.9996, 24.9995, 24.9999, 24.9994])
    expect(nextPillar([], latest)).toBeNull()
  })

  it('never picks a pillar at 25 while another is below it', () => {
    fc.assert(
      fc.property(world, (w) => {
        const latest = recordOf(w)
        const advice = nextPillar(
          w.earlier.map(([n, p]) => dayWithPillars(back(n), p)),
          latest,
        )
        const below = PILLAR_IDS.some((id) => latest.pillars[id] < 25)
        expect(advice === null).toBe(!below)
        if (advice) {
          expect(latest.pillars[advice.pillar]).toBeLessThan(25)
          expect(words(advice).startsWith(`${PILLAR_LABELS[advice.pillar]} is `)).toBe(true)
          // Facts and ids only: no string in the result is a phrase meant for people.
          const strings = JSON.stringify(advice).match(/"(?:[^"\\]|\\.)*"/g) ?? []
          expect(strings.filter((x) => /\s/.test(x))).toEqual([])
        }
      }),
    )
  })
})

describe('assessPillars', () => {
  it('shows the working: headroom, peer gap, both trends, need and priority', () => {
    const latest = dayWithPillars(LATEST, [16, 12, 11, 14], { industryPillars: pillars([12, 13, 5, 10]) })
    const history = [dayWithPillars(back(7), [16, 12, 11, 16]), dayWithPillars(back(20), [16, 12, 11, 15])]
    const relationshipsRow = assessPillars(history, latest)[3]
    expect(relationshipsRow).toEqual({
      pillar: 'relationships',
      value: 14,
      headroom: 11,
      peerGap: null,
      recent: { change: -2, since: back(7), days: 7, shared: 0 },
      window: { change: -1, since: back(20), days: 20, shared: 0 },
      need: 11 + 2 * 2 + 1 * 1,
      priority: 16 * 0.8,
    })
    expect(assessPillars(history, latest)[1]?.peerGap).toEqual({ group: 'industry', gap: 1 })
  })
})
