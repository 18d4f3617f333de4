/**
 * User settings, from one table: each key with its default and its check, the `Settings` type derived from the
 * checks. Stored values pass through ordered migrations and the per-key check, so a damaged or older value can
 * never crash a context or sneak in a wrong type.
 */

import type { ChartRange } from '../core/chart-range.ts'
import { CSV_FORMATS, type CsvFormat } from '../core/csv-format.ts'

type Guard<T> = (v: unknown) => v is T
const isFlag: Guard<boolean> = (v): v is boolean => typeof v === 'boolean'

/** The small badge next to the score on the SSI page: its own entry, so the content script can read it alone. */
const INLINE_BADGE = [true, isFlag] as const

/**
 * Every setting, once: its key, its default, and the check a stored value must pass (anything else falls back to
 * the default); the `Settings` type is the checks' types. Kept as plain pairs: the content script reads settings
 * too, and every byte counts there.
 */
const TABLE = {
  inlineBadge: INLINE_BADGE,
  /** The latest total on the toolbar icon. */
  toolbarBadge: [true, isFlag],
  /** Daily reminder when today is not recorded yet (opt-in; asks for the notifications permission). */
  reminderEnabled: [false, isFlag],
  /** Local hour (0–23) at which the reminder checks. */
  reminderHour: [18, (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 23],
  /** Target total for the forecast, or null for none. */
  goal: [
    null,
    (v): v is number | null =>
      v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 100),
  ],
  /** How Export CSV writes numbers: `standard` (`,` and dot decimals) or `regional` (`;` and decimal commas). */
  csvFormat: ['standard', (v): v is CsvFormat => CSV_FORMATS.includes(v as CsvFormat)],
  /**
   * The popup chart's range, remembered between opens. A pattern rather than core's isChartRange, for the content
   * script's bytes (tests/shared/settings.test.ts checks it accepts exactly CHART_RANGES).
   */
  chartRange: ['49d', (v): v is ChartRange => typeof v === 'string' && /^(?:49d|6m|1y|all)$/.test(v)],
} as const satisfies Record<string, readonly [unknown, Guard<unknown>]>

type Table = typeof TABLE
export type Settings = { -readonly [K in keyof Table]: Table[K][1] extends Guard<infer T> ? T : never }
type Key = keyof Settings
/** A default its own check would refuse does not compile. */
type DefaultsPass = { [K in Key]: Table[K][0] extends Settings[K] ? K : never }[Key]
const _defaultsPass: Key extends DefaultsPass ? true : never = true

export const SETTINGS_KEY = 'settings'
export const SETTINGS_VERSION = 1

type Stored = Record<string, unknown>

/** MIGRATIONS[n] upgrades a stored object from version n + 1 to n + 2. Append only; never edit a shipped step. */
const MIGRATIONS: ReadonlyArray<(s: Stored) => Stored> = []

/** Any stored value (or nothing) → complete, valid settings. Unknown keys are dropped; bad values fall back. */
export function normalizeSettings(stored: unknown): Settings {
  let s: Stored = typeof stored === 'object' && stored !== null ? { ...(stored as Stored) } : {}
  // A damaged marker (-Infinity, -1e9, 1.5) must not spin the migration loop: read it as the first version.
  const from = Number.isInteger(s.version) && (s.version as number) >= 1 ? (s.version as number) : 1
  for (let v = from; v < SETTINGS_VERSION; v++) s = MIGRATIONS[v - 1]?.(s) ?? s
  const out: Stored = {}
  for (const key in TABLE) {
    const [fallback, valid] = TABLE[key as Key]
    out[key] = valid(s[key]) ? s[key] : fallback
  }
  return out as Settings
}

/** Every setting at its default: the table's defaults, read through the same function as any stored value. */
export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ normalizeSettings(undefined),
)

/**
 * `normalizeSettings(stored).inlineBadge`, without the rest of the table: the content script reads only this one
 * setting, and its size budget is tight (tests/shared/settings.test.ts holds the two equal). A migration that
 * touches `inlineBadge` must change this too.
 */
export function storedInlineBadge(stored: unknown): boolean {
  const value = typeof stored === 'object' && stored !== null ? (stored as Stored).inlineBadge : undefined
  return INLINE_BADGE[1](value) ? value : INLINE_BADGE[0]
}

/** True when `value` is acceptable for the setting `key`. */
export function isValidSetting<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  return TABLE[key][1](value)
}

export function serializeSettings(settings: Settings): Stored {
  return { ...settings, version: SETTINGS_VERSION }
}
