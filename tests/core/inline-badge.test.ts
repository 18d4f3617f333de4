import { describe, expect, it } from 'vitest'
import { inlineBadgeInfo } from '../../src/core/inline-badge.ts'
import { nextPillar } from '../../src/core/next-pillar.ts'
import { dayWithPillars, dayWithTotal } from '../support/records.ts'

describe('the inline badge’s numbers', () => {
  it('are the day, its total, the change over 7 days and the next pillar’s name, nothing more', () => {
    const week = [dayWithTotal('2026-11-24', 40), dayWithPillars('2026-12-01', [12, 10, 8, 17])]
    const latest = week[1] as (typeof week)[number]
    const info = inlineBadgeInfo(week, latest)
    expect(Object.keys(info).sort()).toEqual(['change7', 'day', 'nextPillar', 'overall'])
    expect(info).toMatchObject({ day: '2026-12-01', overall: 47 })
    expect(info.change7).toEqual({ delta: 7, since: '2026-11-24', exact: true })
    expect(info.nextPillar).toEqual({ pillar: nextPillar(week, latest)?.pillar })
    expect(info.nextPillar?.pillar).toBe('insights')
  })

  it('has no change without an earlier day, and says which day when none is exactly 7 back', () => {
    const only = dayWithPillars('2026-12-01', [12, 10, 8, 17])
    expect(inlineBadgeInfo([only], only).change7).toBeNull()
    const nine = [dayWithTotal('2026-11-22', 44), only]
    expect(inlineBadgeInfo(nine, only).change7).toEqual({ delta: 3, since: '2026-11-22', exact: false })
  })
})
