/**
 * User settings: each defined once with its type and default; stored values pass through ordered migrations and
 * a per-field check, so a damaged or older value can never crash a context or sneak in a wrong type.
 */

import type { ChartRange } from '../core/chart-range.ts'
import { CSV_FORMATS, type CsvFormat } from '../core/csv-format.ts'

export interface Settings {
  /** The small badge next to the score on the SSI page. */
  inlineBadge: boolean
  /** The latest total on the toolbar icon. */
  toolbarBadge: boolean
  /** Daily reminder when today is not recorded yet (opt-in; asks for the notifications permission). */
  reminderEnabled: boolean
  /** Local hour (0–23) at which the reminder checks. */
  reminderHour: number
  /** Target total for the forecast, or null for none. */
  goal: number | null
  /** How Export CSV writes numbers: `standard` (`,` and dot decimals) or `regional` (`;` and decimal commas). */
  csvFormat: CsvFormat
  /** The popup chart's range, remembered between opens. */
  chartRange: ChartRange
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  inlineBadge: true,
  toolbarBadge: true,
  reminderEnabled: false,
  reminderHour: 18,
  goal: null,
  csvFormat: 'standard',
  chartRange: '49d',
})

export const SETTINGS_KEY = 'settings'
export const SETTINGS_VERSION = 1

type Stored = Record<string, unknown>

/** MIGRATIONS[n] upgrades a stored object from version n + 1 to n + 2. Append only; never edit a shipped step. */
const MIGRATIONS: ReadonlyArray<(s: Stored) => Stored> = []

const FIELDS: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  inlineBadge: (v): v is boolean => typeof v === 'boolean',
  toolbarBadge: (v): v is boolean => typeof v === 'boolean',
  reminderEnabled: (v): v is boolean => typeof v === 'boolean',
  reminderHour: (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 23,
  goal: (v): v is number | null =>
    v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 100),
  csvFormat: (v): v is CsvFormat => CSV_FORMATS.includes(v as CsvFormat),
  // A pattern rather than core's isChartRange: the content script reads settings too, and every byte counts there
  // (tests/shared/settings.test.ts checks it accepts exactly CHART_RANGES).
  chartRange: (v): v is ChartRange => typeof v === 'string' && /^(?:49d|6m|1y|all)$/.test(v),
}

/** Any stored value (or nothing) → complete, valid settings. Unknown keys are dropped; bad values fall back. */
export function normalizeSettings(stored: unknown): Settings {
  let s: Stored = typeof stored === 'object' && stored !== null ? { ...(stored as Stored) } : {}
  // A damaged marker (-Infinity, -1e9, 1.5) must not spin the migration loop: read it as the first version.
  const from = Number.isInteger(s.version) && (s.version as number) >= 1 ? (s.version as number) : 1
  for (let v = from; v < SETTINGS_VERSION; v++) s = MIGRATIONS[v - 1]?.(s) ?? s
  const out = { ...DEFAULT_SETTINGS } as Settings
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (FIELDS[key](s[key])) (out as unknown as Stored)[key] = s[key]
  }
  return out
}

/** True when `value` is acceptable for the setting `key`. */
export function isValidSetting<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  return FIELDS[key](value)
}

export function serializeSettings(settings: Settings): Stored {
  return { ...settings, version: SETTINGS_VERSION }
}
