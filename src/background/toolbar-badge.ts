/**
 * The toolbar badge: the latest total (`47`), and a mark when today is not recorded yet (`47•`), so a glance
 * at the toolbar says whether today's visit to the SSI page still has to happen. Recomputed from the database
 * every time (on capture, import, clear, worker start, day rollover, settings change): it holds no state.
 */
import { dayKey } from '../core/day.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { formatDate, formatNumber, message } from '../shared/i18n.ts'
import type { Settings } from '../shared/settings.ts'
import type { HistoryDb } from './db.ts'
import { readLatest } from './history.ts'

/** White text on these keeps ≥ 4.5:1 contrast, and both stand out on light and dark toolbars alike. */
export const BADGE_COLORS = {
  /** Today is recorded. */
  current: '#0A66C2',
  /** Today is not recorded yet: the same number, quieter. */
  stale: '#5F6368',
  text: '#FFFFFF',
} as const

/** Appended when the latest record is not today's. */
export const NOT_TODAY_MARK = '•'

export interface ToolbarBadgeView {
  /** ≤ 4 characters; empty hides the badge. */
  text: string
  color: string
  /** The toolbar button's tooltip, which also says in words what the mark means. */
  title: string
}

/** What the badge shows for the latest record on `today`. */
export function toolbarBadgeView(
  latest: DayRecord | null,
  today: string,
  enabled: boolean,
): ToolbarBadgeView {
  if (!enabled || latest === null)
    return {
      text: '',
      color: BADGE_COLORS.current,
      title: message(latest === null ? 'toolbarTitleNone' : 'extName', []),
    }
  if (latest.day === today)
    return {
      text: String(latest.overall),
      color: BADGE_COLORS.current,
      title: message('toolbarTitleToday', [formatNumber(latest.overall)]),
    }
  return {
    text: `${latest.overall}${NOT_TODAY_MARK}`,
    color: BADGE_COLORS.stale,
    title: message('toolbarTitleEarlier', [formatNumber(latest.overall), formatDate(latest.day, { today })]),
  }
}

/** The part of `browser.action` the badge uses (an interface, so tests can pass a recorder). */
export interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void>
  setBadgeBackgroundColor(details: { color: string }): Promise<void>
  setBadgeTextColor?(details: { color: string }): Promise<void>
  setTitle(details: { title: string }): Promise<void>
}

export interface ToolbarBadgeDeps {
  db: () => Promise<HistoryDb>
  action: ActionApi
  loadSettings: () => Promise<Settings>
  now: () => Date
}

export async function applyToolbarBadge(action: ActionApi, view: ToolbarBadgeView): Promise<void> {
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    // Optional in ActionApi only so a test's stand-in may leave it out; Chrome 116+ and Firefox both have it.
    action.setBadgeTextColor?.({ color: BADGE_COLORS.text }),
    action.setTitle({ title: view.title }),
  ])
}

/** Reads the latest record and the setting, then draws the badge. */
export async function refreshToolbarBadge(deps: ToolbarBadgeDeps): Promise<ToolbarBadgeView> {
  const today = dayKey(deps.now())
  const [settings, latest] = await Promise.all([
    deps.loadSettings(),
    deps.db().then((db) => readLatest(db, today)),
  ])
  const view = toolbarBadgeView(latest, today, settings.toolbarBadge)
  await applyToolbarBadge(deps.action, view)
  return view
}
