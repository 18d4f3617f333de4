/**
 * LinkedIn sometimes starts comparing a member with a different industry; the ranks and averages then jump
 * for a reason that has nothing to do with the member's activity. The benchmarks say so.
 */
import { byDay } from './day.ts'
import type { DayRecord } from './snapshot.ts'

export interface IndustrySwitch {
  /** The first recorded day with the current industry after the switch. */
  since: string
  /** The industry of the latest earlier record with another name. */
  before: string
}

/**
 * The most recent change of industry name up to `latest`, within `history` (the popup passes only the window,
 * so a switch long ago is not news). Days without a name are skipped: the page not showing it is not a switch.
 */
export function industrySwitch(history: readonly DayRecord[], latest: DayRecord): IndustrySwitch | null {
  const current = latest.industryName
  if (current === null) return null
  const earlier = history
    .filter((r) => r.day < latest.day && r.industryName !== null)
    .sort((a, b) => byDay(b, a))
  let since = latest.day
  for (const record of earlier) {
    if (record.industryName !== current) return { since, before: record.industryName as string }
    since = record.day
  }
  return null
}

/**
 * A reader for an industry number that skips days named with another industry than `latest`'s: a change
 * against a different peer group would be no change at all. Days without a name still count.
 */
export function sameIndustry(
  latest: DayRecord,
  read: (record: DayRecord) => number | null,
): (record: DayRecord) => number | null {
  const current = latest.industryName
  if (current === null) return read
  return (record) => (record.industryName === null || record.industryName === current ? read(record) : null)
}
