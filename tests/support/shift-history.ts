/**
 * A history with one LinkedIn-wide fall on a chosen day: `days` recorded days ending yesterday (the bench's
 * synthetic history), in which the total falls about 3 points on `shiftBack` days ago while both peer averages fall 2,
 * and stay down after it, so that day is the only shift (the later rise is the user's alone).
 */
import { addDays } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { syntheticHistory } from './records.ts'

export function historyWithShift(days: number, shiftBack: number, today: string): DayRecord[] {
  const shiftDay = addDays(today, -shiftBack)
  return syntheticHistory(days, today).map((r) => {
    if (r.day < shiftDay) return r
    const after = { ...r, industryAverage: 29, networkAverage: 32 }
    if (r.day !== shiftDay) return after
    const pillars = r.pillars ?? { brand: 16, people: 9, insights: 8, relationships: 13 } // the bench's are all known
    const brand = Math.round((pillars.brand - 3) * 1000) / 1000
    const sum = brand + pillars.people + pillars.insights + pillars.relationships
    return { ...after, overall: Math.round(sum), pillars: { ...pillars, brand } }
  })
}
