import { describe, expect, it } from 'vitest'
import type { Change } from '../../src/core/advice-types.ts'
import { PILLAR_IDS, PILLAR_LABELS, type PillarId, type ReadFailureCode } from '../../src/core/snapshot.ts'
import { type InlineBadgeOutcome, inlineBadgeLines } from '../../src/shared/inline-badge-lines.ts'
import { englishMessage } from '../support/english-messages.ts'

function saved(change7: Change | null, pillar: PillarId | null = 'insights'): InlineBadgeOutcome {
  return {
    badge: {
      day: '2026-11-22',
      overall: 47,
      change7,
      nextPillar: pillar && { pillar },
    },
  }
}

const lines = (outcome: InlineBadgeOutcome, locale = 'en-GB') =>
  inlineBadgeLines(outcome, englishMessage, locale)

describe('inlineBadgeLines', () => {
  it.each<[string, Change | null, string, string]>([
    ['a rise over exactly 7 days', { delta: 3, since: '2026-11-15', exact: true }, '▲ 3 in 7 days', 'up'],
    ['a fall over exactly 7 days', { delta: -2, since: '2026-11-15', exact: true }, '▼ 2 in 7 days', 'down'],
    [
      'no change over exactly 7 days',
      { delta: 0, since: '2026-11-15', exact: true },
      'no change in 7 days',
      'flat',
    ],
    [
      'a rise since a day that is not a week back',
      { delta: 4, since: '2026-11-14', exact: false },
      '▲ 4 since 14 Nov',
      'up',
    ],
    [
      'a fall since another day',
      { delta: -1, since: '2026-11-13', exact: false },
      '▼ 1 since 13 Nov',
      'down',
    ],
    [
      'no change since another day',
      { delta: 0, since: '2026-11-14', exact: false },
      'no change since 14 Nov',
      'flat',
    ],
    [
      'float noise around zero as no change',
      { delta: 0.0000001, since: '2026-11-15', exact: true },
      'no change in 7 days',
      'flat',
    ],
    [
      'a fractional change with one decimal',
      { delta: 1.25, since: '2026-11-15', exact: true },
      '▲ 1.3 in 7 days',
      'up',
    ],
    [
      // 15.5 − 12.15 is 3.3499999999999996 in floating point: the popup's rule (formatNumber) says 3.4, and so
      // must the badge beside it (it said 3.3 when it rounded with a private Intl formatter).
      'a half-tenth change under float noise, as the popup rounds it',
      { delta: 15.5 - 12.15, since: '2026-11-15', exact: true },
      '▲ 3.4 in 7 days',
      'up',
    ],
    ['a large fall', { delta: -38, since: '2026-11-15', exact: true }, '▼ 38 in 7 days', 'down'],
    ['an unknown change as a dash', null, '7-day change: —', 'unknown'],
  ])('words %s', (_name, change7, expected, trend) => {
    const out = lines(saved(change7))
    expect(out.change).toBe(expected)
    expect(out.trend).toBe(trend)
    expect(out.status).toBe('Recorded')
    expect(out.failed).toBe(false)
    expect(out.state).toBe('recorded')
  })

  it.each(PILLAR_IDS.map((id) => [id, `Next: ${PILLAR_LABELS[id]}`]))(
    'names the next pillar %s',
    (id, expected) => {
      expect(lines(saved(null, id as PillarId)).next).toBe(expected)
    },
  )

  it('shows a dash when there is no next pillar (every pillar at 25)', () => {
    expect(lines(saved({ delta: 0, since: '2026-11-15', exact: true }, null)).next).toBe('Next: —')
  })

  it.each([
    [
      'QuotaExceededError: the quota has been exceeded',
      "Today's score could not be saved: the browser's storage is full. Free some disk space, then open your SSI page again",
    ],
    [
      'SSI Lens did not answer "saveSnapshot"',
      "Today's score could not be saved: the browser did not accept it. Open your SSI page again to try once more",
    ],
  ])('says the day was not saved, and why (%s)', (reason, status) => {
    expect(lines({ code: 'not-saved', reason })).toMatchObject({ status, failed: true, state: 'not-saved' })
  })

  it.each<[ReadFailureCode, string]>([
    [
      'not-logged-in',
      'You were not signed in to LinkedIn. Sign in to LinkedIn, then open your SSI page again',
    ],
    [
      'loading',
      'The SSI page had not finished loading, so nothing was recorded. Open your SSI page again and wait for the numbers',
    ],
    ['not-ssi-page', 'This was not your Social Selling Index page. Open your SSI page'],
    [
      'unrecognized',
      "SSI Lens could not read this page — LinkedIn may have changed it. See 'When LinkedIn changes the page' in the README",
    ],
    [
      'inconsistent',
      "The numbers on the page did not add up, so nothing was recorded. See 'When LinkedIn changes the page' in the README",
    ],
    [
      'timeout',
      "SSI Lens could not read this page — LinkedIn may have changed it. See 'When LinkedIn changes the page' in the README",
    ],
  ])(
    'says why nothing was recorded for %s, in the popup failure words, without change or pillar',
    (error, expected) => {
      const out = lines({ code: error, reason: 'the parser says more' })
      expect(out).toEqual({
        change: null,
        trend: 'unknown',
        next: null,
        status: expected,
        failed: true,
        state: error,
      })
    },
  )

  it('writes dates and numbers in the UI language', () => {
    const out = lines(saved({ delta: 2.5, since: '2026-11-14', exact: false }), 'de-DE')
    expect(out.change).toBe('▲ 2,5 since 14. Nov.')
  })

  it('uses translated messages, including the pillar name', () => {
    const german: Record<string, string> = {
      badgeUp: '▲ $1 in 7 Tagen',
      badgeNext: 'Als Nächstes: $1',
      badgePillarInsights: 'Mit Insights interagieren',
      badgeRecorded: 'Gespeichert',
    }
    const getMessage = (key: string, subs: string[] = []) =>
      (german[key] ?? '').replace(/\$(\d)/g, (_w, n: string) => subs[Number(n) - 1] ?? '')
    const out = inlineBadgeLines(saved({ delta: 3, since: '2026-11-15', exact: true }), getMessage, 'de')
    expect(out).toMatchObject({
      change: '▲ 3 in 7 Tagen',
      next: 'Als Nächstes: Mit Insights interagieren',
      status: 'Gespeichert',
    })
  })

  it('shows the key of a missing message rather than a blank', () => {
    const out = inlineBadgeLines(saved(null), () => '', 'en')
    expect(out.change).toBe('badgeChangeUnknown')
    expect(out.status).toBe('badgeRecorded')
  })
})
