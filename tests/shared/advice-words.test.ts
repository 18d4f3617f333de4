import { describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { ACTION_SLOTS, type NextPillarAdvice } from '../../src/core/advice-types.ts'
import { PILLAR_IDS, PILLAR_LABELS } from '../../src/core/snapshot.ts'
import { actionWords, pillarName, reasonWords } from '../../src/shared/advice-words.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'

const catalog = messages as Catalog
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

const advice = (
  reason: Partial<NextPillarAdvice['reason']>,
  sharedFallExcluded = false,
): NextPillarAdvice => ({
  pillar: 'insights',
  reason: {
    value: 7.8,
    max: 25,
    lowest: null,
    peerGap: null,
    recentFall: null,
    windowFall: null,
    soonerThan: null,
    ...reason,
  },
  sharedFallExcluded,
  actions: [],
})

describe('advice words', () => {
  it('has a message for every pillar and every action id, and no advice key besides', () => {
    const expected = new Set([
      ...PILLAR_IDS.map((p) => `advicePillar${cap(p)}`),
      ...PILLAR_IDS.flatMap((p) => ACTION_SLOTS.map((s) => `adviceAction${cap(p)}${cap(s)}`)),
      ...['Head', 'Lowest', 'TiedLowest', 'BelowIndustry', 'BelowNetwork', 'Fell', 'Sooner'].map(
        (k) => `advice${k}`,
      ),
      ...['adviceFallDays_one', 'adviceFallDays_other', 'adviceSentence', 'adviceSentenceShared'],
    ])
    expect(new Set(Object.keys(catalog).filter((k) => k.startsWith('advice')))).toEqual(expected)
  })

  it('names the pillars as LinkedIn does in English and words every action', () => {
    setMessageSource(catalogSource(catalog), 'en')
    for (const p of PILLAR_IDS) expect(pillarName(p)).toBe(PILLAR_LABELS[p])
    expect(actionWords('relationships-habit2')).toBe('Reply to your messages promptly.')
  })

  it.each<[string, Partial<NextPillarAdvice['reason']>, boolean, string]>([
    ['the head alone', {}, false, 'Engage with insights is 7.8 of 25.'],
    [
      'one clause',
      { lowest: 'tied' },
      false,
      'Engage with insights is 7.8 of 25 and tied for your lowest pillar.',
    ],
    [
      'every clause, the falls as their own list',
      {
        lowest: 'lowest',
        peerGap: { group: 'network', gap: 4.06 },
        recentFall: { fall: 0.9, days: 1 },
        windowFall: { fall: 2.25, days: 49 },
        soonerThan: 'relationships',
      },
      true,
      'Engage with insights is 7.8 of 25, your lowest pillar, 4.1 below people in your network, fell 0.9 since yesterday and 2.3 in the last 49\u00a0days, and usually responds to effort sooner than Build relationships (LinkedIn-wide change excluded).',
    ],
  ])('words %s', (_what, reason, shared, expected) => {
    setMessageSource(catalogSource(catalog), 'en')
    expect(reasonWords(advice(reason, shared))).toBe(expected)
  })

  it('takes the language’s numbers, list words and plural forms for the days', () => {
    // A minimal Polish catalogue: the words here are the test's, the forms are Polish's four.
    const pl: Catalog = {
      advicePillarInsights: { message: 'Angażuj się, dzieląc się spostrzeżeniami' },
      adviceHead: {
        message: '$PILLAR$: $VALUE$ z $MAX$',
        placeholders: { pillar: { content: '$1' }, value: { content: '$2' }, max: { content: '$3' } },
      },
      adviceFell: { message: 'spadek o $FALLS$', placeholders: { falls: { content: '$1' } } },
      ...Object.fromEntries(
        (['one', 'few', 'many', 'other'] as const).map((c) => [
          `adviceFallDays_${c}`,
          {
            message: `$FALL$ (${c}: $COUNT$)`,
            placeholders: { count: { content: '$1' }, fall: { content: '$2' } },
          },
        ]),
      ),
      adviceSentence: { message: '$CLAUSES$.', placeholders: { clauses: { content: '$1' } } },
    }
    setMessageSource(catalogSource(pl), 'pl')
    expect(
      reasonWords(advice({ recentFall: { fall: 0.9, days: 3 }, windowFall: { fall: 1.5, days: 49 } })),
    ).toBe('Angażuj się, dzieląc się spostrzeżeniami: 7,8 z 25 i spadek o 0,9 (few: 3) i 1,5 (many: 49).')
  })
})
