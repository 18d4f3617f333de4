// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { dayWithTotal } from '../support/records.ts'
import { type Mounted, mountPopup, TODAY, unmount } from './harness.tsx'

let mounted: Mounted | null = null
afterEach(() => {
  if (mounted) unmount(mounted)
  mounted = null
})

const day = (ago: number, total: number, industry: number | null, network: number | null): DayRecord =>
  dayWithTotal(addDays(TODAY, -ago), total, { industryAverage: industry, networkAverage: network })

const SELECTOR = '[data-testid="platform-shift"]'

const cases: { name: string; days: DayRecord[]; text: string | null }[] = [
  {
    name: 'says so when the latest change is a LinkedIn-wide fall',
    days: [day(3, 45, 30, 33), day(1, 48, 30, 33), day(0, 45, 28, 31)],
    text: 'LinkedIn-wide change: people in your industry and network fell too. Since 21 Nov: your total −3, industry average −2, network average −2.',
  },
  {
    name: 'says so when the latest change is a LinkedIn-wide rise',
    days: [day(2, 40, 30, 33), day(0, 42, 31, 34)],
    text: 'LinkedIn-wide change: people in your industry and network rose too. Since 20 Nov: your total +2, industry average +1, network average +1.',
  },
  {
    name: 'says nothing when only the total moved',
    days: [day(1, 48, 30, 33), day(0, 45, 30, 33)],
    text: null,
  },
  {
    name: 'says nothing when the shift was earlier and the latest change is the user’s own',
    days: [day(2, 48, 30, 33), day(1, 45, 28, 31), day(0, 44, 28, 31)],
    text: null,
  },
  {
    name: 'says nothing when the days have no averages',
    days: [day(1, 48, null, null), day(0, 41, null, null)],
    text: null,
  },
  {
    name: 'says nothing with one recorded day',
    days: [day(0, 45, 28, 31)],
    text: null,
  },
]

describe('the popup’s LinkedIn-wide change note', () => {
  for (const c of cases)
    it(c.name, async () => {
      mounted = await mountPopup(c.days)
      if (c.text === null) expect(mounted.$(SELECTOR)).toBeNull()
      else expect(mounted.text(SELECTOR)).toBe(c.text)
    })
})
