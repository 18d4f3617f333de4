import { beforeAll, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { addDays } from '../../src/core/day.ts'
import { assessPillars, nextPillar } from '../../src/core/next-pillar.ts'
import type { DayRecord, DayWithPillars } from '../../src/core/snapshot.ts'
import { reasonWords } from '../../src/shared/advice-words.ts'
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import type { PillarTuple } from '../support/records.ts'
import { dayWithPillars } from '../support/records.ts'

const LATEST = '2026-11-22'

beforeAll(() => setMessageSource(catalogSource(messages as Catalog), 'en'))
const back = (n: number): string => addDays(LATEST, -n)

/** A day with its pillars and the two averages the page showed (null: not shown). */
const day = (
  n: number,
  p: PillarTuple,
  industry: number | null = 30,
  network: number | null = 33,
): DayRecord => dayWithPillars(back(n), p, { industryAverage: industry, networkAverage: network })

interface Case {
  name: string
  /** Earlier days, then the latest (days back 0). */
  days: DayRecord[]
  /** The reason as the English catalogue words it. */
  reason: string
  excluded: boolean
  /** The chosen pillar's shared fall over [recent, window]. */
  shared?: [number | null, number | null]
}

const cases: Case[] = [
  {
    name: 'leaves out a fall on a LinkedIn-wide fall day and says so',
    days: [
      day(5, [22, 22, 22, 18]),
      // Everyone fell: the total −4, both averages −2. Relationships lost 4 with them.
      day(4, [22, 22, 22, 14], 28, 31),
      day(0, [22, 22, 22, 14], 28, 31),
    ],
    reason: 'Build relationships is 14 of 25 and your lowest pillar (LinkedIn-wide change excluded).',
    excluded: true,
    shared: [4, null],
  },
  {
    name: 'counts what fell before the shared fall as the user’s own',
    days: [
      day(6, [22, 22, 22, 20]),
      day(5, [22, 22, 22, 18]), // own: −2 (averages flat)
      day(4, [22, 22, 22, 14], 28, 31), // shared: −4
      day(0, [22, 22, 22, 14], 28, 31),
    ],
    reason:
      'Build relationships is 14 of 25, your lowest pillar, and fell 2 in the last 6\u00a0days (LinkedIn-wide change excluded).',
    excluded: true,
    shared: [4, null],
  },
  {
    name: 'leaves out a shared fall from the window fall as well',
    days: [
      day(30, [22, 22, 22, 21]),
      day(20, [22, 22, 22, 20]),
      day(19, [22, 22, 22, 17], 28, 31), // shared: −3 (total 86 → 83)
      day(0, [22, 22, 22, 14], 28, 31), // own: −3 since
    ],
    reason:
      'Build relationships is 14 of 25, your lowest pillar, and fell 4 in the last 49\u00a0days (LinkedIn-wide change excluded).',
    excluded: true,
    shared: [null, 3],
  },
  {
    name: 'counts the whole fall when the averages did not move with it',
    days: [day(1, [22, 22, 22, 18]), day(0, [22, 22, 22, 14])],
    reason: 'Build relationships is 14 of 25, your lowest pillar, and fell 4 since yesterday.',
    excluded: false,
    shared: [0, null],
  },
  {
    name: 'counts the whole fall on a day without averages (no shift is claimed)',
    days: [day(1, [22, 22, 22, 18], null, null), day(0, [22, 22, 22, 14], null, null)],
    reason: 'Build relationships is 14 of 25, your lowest pillar, and fell 4 since yesterday.',
    excluded: false,
    shared: [0, null],
  },
  {
    name: 'does not add a LinkedIn-wide rise to the fall',
    days: [
      day(3, [22, 22, 22, 15]),
      day(2, [22, 22, 22, 17], 31, 34), // everyone rose
      day(0, [22, 22, 22, 14], 31, 34),
    ],
    reason: 'Build relationships is 14 of 25, your lowest pillar, and fell 1 in the last 3\u00a0days.',
    excluded: false,
    shared: [0, null],
  },
]

describe('nextPillar with LinkedIn-wide shifts', () => {
  for (const c of cases)
    it(c.name, () => {
      const latest = c.days.at(-1) as DayWithPillars
      const advice = nextPillar(c.days.slice(0, -1), latest)
      expect(advice && reasonWords(advice)).toBe(c.reason)
      if (c.shared) {
        const row = assessPillars(c.days.slice(0, -1), latest).find((a) => a.pillar === advice?.pillar)
        expect([row?.recent?.shared ?? null, row?.window?.shared ?? null]).toEqual(c.shared)
      }
      expect(advice?.sharedFallExcluded).toBe(c.excluded)
    })
})
