import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { openHistoryDb } from '../../src/background/db.ts'
import {
  type ActionApi,
  BADGE_COLORS,
  NOT_TODAY_MARK,
  refreshToolbarBadge,
  toolbarBadgeView,
} from '../../src/background/toolbar-badge.ts'
import { dayKey } from '../../src/core/day.ts'
import { catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings.ts'
import { day } from '../support/records.ts'
import { putDays } from '../support/stored-days.ts'

/** WCAG contrast ratio of two `#RRGGBB` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

describe('toolbarBadgeView', () => {
  it.each([
    ['today recorded', day('2026-11-22', { overall: 47 }), '47', BADGE_COLORS.current],
    [
      'only yesterday recorded',
      day('2026-11-21', { overall: 47 }),
      `47${NOT_TODAY_MARK}`,
      BADGE_COLORS.stale,
    ],
    [
      'a perfect score, not today',
      day('2026-11-01', {
        overall: 100,
        pillars: { brand: 25, people: 25, insights: 25, relationships: 25 },
      }),
      `100${NOT_TODAY_MARK}`,
      BADGE_COLORS.stale,
    ],
    [
      'a zero today',
      day('2026-11-22', {
        overall: 0,
        pillars: { brand: 0, people: 0, insights: 0, relationships: 0 },
      }),
      '0',
      BADGE_COLORS.current,
    ],
  ])('shows %s as %j', (_what, latest, text, color) => {
    const view = toolbarBadgeView(latest, '2026-11-22', true)
    expect(view.text).toBe(text)
    expect(view.color).toBe(color)
    expect([...view.text].length).toBeLessThanOrEqual(4)
  })

  it('explains the mark in the tooltip, in the UI language', () => {
    setMessageSource(catalogSource(messages), 'en-GB')
    expect(toolbarBadgeView(day('2026-11-21'), '2026-11-22', true).title).toBe(
      'SSI Lens: 47 on 21 Nov; today is not recorded yet',
    )
    expect(toolbarBadgeView(day('2026-11-22'), '2026-11-22', true).title).toBe('SSI Lens: 47 today')
    expect(toolbarBadgeView(null, '2026-11-22', true).title).toBe('SSI Lens: no score recorded yet')
  })

  it('shows nothing when switched off or when nothing is recorded', () => {
    expect(toolbarBadgeView(day('2026-11-22'), '2026-11-22', false).text).toBe('')
    expect(toolbarBadgeView(null, '2026-11-22', true).text).toBe('')
  })

  it.each(Object.entries({ current: BADGE_COLORS.current, stale: BADGE_COLORS.stale }))(
    'keeps white text readable on the %s colour (≥ 4.5:1)',
    (_name, color) => {
      expect(contrast(color, BADGE_COLORS.text)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it.each([
    ['a light toolbar', '#F1F3F4'],
    ['a dark toolbar', '#202124'],
  ])('keeps the badge visible against %s (≥ 1.5:1)', (_what, toolbar) => {
    for (const color of [BADGE_COLORS.current, BADGE_COLORS.stale])
      expect(contrast(color, toolbar)).toBeGreaterThanOrEqual(1.5)
  })
})

describe('refreshToolbarBadge', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory()
  })

  function recorder() {
    const calls: Record<string, string[]> = { text: [], color: [], textColor: [], title: [] }
    const action: ActionApi = {
      setBadgeText: async ({ text }) => void calls.text?.push(text),
      setBadgeBackgroundColor: async ({ color }) => void calls.color?.push(color),
      setBadgeTextColor: async ({ color }) => void calls.textColor?.push(color),
      setTitle: async ({ title }) => void calls.title?.push(title),
    }
    return { action, calls }
  }

  it('draws today’s total without the mark when a day after today is stored too', async () => {
    const db = await openHistoryDb()
    await putDays(db, [
      day('2026-11-23', { overall: 40, pillars: { brand: 14, people: 9, insights: 7, relationships: 10 } }),
    ])
    const { action, calls } = recorder()
    const settings = async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS })
    const now = () => new Date('2026-11-22T12:00:00')
    await refreshToolbarBadge({ db: async () => db, action, loadSettings: settings, now })
    await putDays(db, [day('2026-11-22', { overall: 47 })])
    await refreshToolbarBadge({ db: async () => db, action, loadSettings: settings, now })
    expect(calls.text).toEqual(['', '47'])
    expect(calls.color?.at(-1)).toBe(BADGE_COLORS.current)
  })

  it('draws the latest stored total, marked when it is not today’s', async () => {
    const db = await openHistoryDb()
    await putDays(db, [day('2026-11-20', { overall: 47 })])
    await putDays(db, [
      day('2026-11-21', { overall: 46, pillars: { brand: 16, people: 9, insights: 8, relationships: 13 } }),
    ])
    const { action, calls } = recorder()
    const settings = async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS })
    const at = (d: string) => () => new Date(`${d}T12:00:00`)
    await refreshToolbarBadge({ db: async () => db, action, loadSettings: settings, now: at('2026-11-21') })
    await refreshToolbarBadge({ db: async () => db, action, loadSettings: settings, now: at('2026-11-22') })
    expect(calls.text).toEqual(['46', `46${NOT_TODAY_MARK}`])
    expect(calls.color).toEqual([BADGE_COLORS.current, BADGE_COLORS.stale])
    expect(calls.textColor).toEqual([BADGE_COLORS.text, BADGE_COLORS.text])
    expect(dayKey(at('2026-11-22')())).toBe('2026-11-22')
  })

  it('clears the badge when the setting is off', async () => {
    const db = await openHistoryDb()
    await putDays(db, [day('2026-11-22')])
    const { action, calls } = recorder()
    await refreshToolbarBadge({
      db: async () => db,
      action,
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, toolbarBadge: false }),
      now: () => new Date('2026-11-22T12:00:00'),
    })
    expect(calls.text).toEqual([''])
  })

  it('works where the browser cannot set the badge text colour', async () => {
    const db = await openHistoryDb()
    const { action } = recorder()
    delete action.setBadgeTextColor
    await expect(
      refreshToolbarBadge({
        db: async () => db,
        action,
        loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
        now: () => new Date(),
      }),
    ).resolves.toMatchObject({ text: '' })
  })
})
