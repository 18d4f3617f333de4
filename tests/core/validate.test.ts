import { describe, expect, it } from 'vitest'
import type { DayRecord, PageSnapshot } from '../../src/core/snapshot.ts'
import { checkDayRecord, checkSnapshot } from '../../src/core/validate.ts'
import { day, snapshot } from '../background/sample-days.ts'

// The modern fixture's reading, without network pillars (a peer group the page may not show).
const good: PageSnapshot = snapshot({ networkPillars: null })
const record: DayRecord = day('2026-11-22', { networkPillars: null })

describe('checkSnapshot', () => {
  it('accepts a consistent snapshot and returns a copy with exactly its fields', () => {
    const result = checkSnapshot({ ...good, html: '<main>…</main>' })
    expect(result).toEqual({ ok: true, value: good })
    expect(result.ok && result.value).not.toBe(good)
    expect(result.ok && 'html' in result.value).toBe(false)
  })

  it.each([
    ['the total is a fraction', { overall: 47.5 }, /total is 47.5/],
    ['the total is above 100', { overall: 101 }, /total is 101/],
    [
      'a pillar is above 25',
      { pillars: { ...good.pillars, brand: 25.01 } },
      /Establish your professional brand is 25.01/,
    ],
    ['a pillar is negative', { pillars: { ...good.pillars, people: -0.1 } }, /Find the right people is -0.1/],
    [
      'a pillar is missing',
      { pillars: { brand: 1, people: 1, insights: 1 } },
      /Build relationships is undefined/,
    ],
    ['a pillar is not a number', { pillars: { ...good.pillars, insights: '7.8' } }, /Engage with insights/],
    ['the pillars exceed the total by more than 1', { overall: 45 }, /add up to 46.734.*total 45/],
    ['the pillars fall short of the total by more than 1', { overall: 49 }, /add up to 46.734.*total 49/],
    ['a rank is 0', { industryRank: 0 }, /industry rank is 0/],
    ['a rank is a fraction', { networkRank: 12.5 }, /network rank is 12.5/],
    ['an average is above 100', { industryAverage: 100.5 }, /industry average is 100.5/],
    ['a field is missing instead of null', { networkAverage: undefined }, /network average is undefined/],
    ['the exact total does not round to the total', { overallExact: 48.2 }, /exact total 48.2/],
    [
      'a peer pillar is out of range',
      { industryPillars: { ...good.pillars, brand: 30 } },
      /industry pillars/,
    ],
    ['the industry name is blank', { industryName: '  ' }, /industry name/],
    ['the source is unknown', { source: 'guess' }, /unknown source/],
  ])('refuses a snapshot where %s, naming it', (_what, change, reason) => {
    const result = checkSnapshot({ ...good, ...change })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(reason)
  })

  it.each([
    ['the rounded sum is exactly the total', 47],
    ['the total is one more than the rounded sum (ceil)', 48],
    ['the total is one less than the rounded sum', 46],
  ])('accepts when %s', (_what, overall) => {
    expect(checkSnapshot({ ...good, overall }).ok).toBe(true)
  })

  it('accepts pillars of exactly 0 and 25', () => {
    const pillars = { brand: 25, people: 0, insights: 0, relationships: 25 }
    expect(checkSnapshot({ ...good, overall: 50, pillars }).ok).toBe(true)
  })

  it.each([null, undefined, 47, 'snapshot', []])('refuses %j as not a snapshot', (value) => {
    expect(checkSnapshot(value)).toEqual({ ok: false, reason: 'not a snapshot object' })
  })
})

describe('checkDayRecord', () => {
  it('accepts a day and keeps its key, capture time and URL kind', () => {
    expect(checkDayRecord(record)).toEqual({ ok: true, value: record })
  })

  it.each([
    ['an impossible date', { day: '2026-02-30' }, /date "2026-02-30"/],
    ['a date in another format', { day: '22/11/2026' }, /date/],
    ['a capture time that is not a time', { capturedAt: 'yesterday' }, /capture time/],
    ['an unknown URL kind', { urlKind: 'bookmark' }, /URL kind/],
    ['an inconsistent snapshot', { overall: 40 }, /add up to/],
  ])('refuses %s', (_what, change, reason) => {
    const result = checkDayRecord({ ...record, ...change })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(reason)
  })
})
