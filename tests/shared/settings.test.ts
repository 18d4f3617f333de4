import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHART_RANGES } from '../../src/core/chart-range.ts'
import {
  DEFAULT_SETTINGS,
  isValidSetting,
  normalizeSettings,
  SETTINGS_VERSION,
  type Settings,
  serializeSettings,
  storedInlineBadge,
} from '../../src/shared/settings.ts'

const defaults: Settings = {
  inlineBadge: true,
  toolbarBadge: true,
  reminderEnabled: false,
  reminderHour: 18,
  goal: null,
  csvFormat: 'standard',
  chartRange: '49d',
}

describe('normalizeSettings', () => {
  it.each([
    ['nothing stored yet', undefined],
    ['null', null],
    ['a string', 'inlineBadge=false'],
    ['a number', 42],
    ['an array', [false, false]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_name, stored) => {
    expect(normalizeSettings(stored)).toEqual(defaults)
  })

  it.each<[string, unknown, Partial<Settings>]>([
    ['keeps a switched-off inline badge', { inlineBadge: false }, { inlineBadge: false }],
    ['keeps a switched-off toolbar badge', { toolbarBadge: false }, { toolbarBadge: false }],
    [
      'keeps an enabled reminder with its hour',
      { reminderEnabled: true, reminderHour: 7 },
      { reminderEnabled: true, reminderHour: 7 },
    ],
    ['keeps midnight as a reminder hour', { reminderHour: 0 }, { reminderHour: 0 }],
    ['keeps a remembered chart range', { chartRange: '1y' }, { chartRange: '1y' }],
    ['drops an unknown chart range', { chartRange: '2y' }, {}],
    ['keeps 23 as a reminder hour', { reminderHour: 23 }, { reminderHour: 23 }],
    ['keeps a goal of 1', { goal: 1 }, { goal: 1 }],
    ['keeps a goal of 100', { goal: 100 }, { goal: 100 }],
    ['keeps "no goal"', { goal: null }, { goal: null }],
    ['falls back on a goal of 0', { goal: 0 }, {}],
    ['falls back on a goal above 100', { goal: 101 }, {}],
    ['falls back on a fractional goal', { goal: 70.5 }, {}],
    ['falls back on a goal written as text', { goal: '70' }, {}],
    ['falls back on an hour of 24', { reminderHour: 24 }, {}],
    ['falls back on a negative hour', { reminderHour: -1 }, {}],
    ['falls back on an hour written as text', { reminderHour: '18' }, {}],
    ['falls back on a switch written as text', { inlineBadge: 'false' }, {}],
    ['falls back on a switch written as a number', { reminderEnabled: 1 }, {}],
    [
      'keeps the valid fields next to a broken one',
      { inlineBadge: false, goal: 'lots' },
      { inlineBadge: false },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual({ ...defaults, ...expected })
  })

  it('drops unknown keys and the version marker', () => {
    const out = normalizeSettings({ version: 1, inlineBadge: false, theme: 'dark', __proto__x: 1 })
    expect(out).toEqual({ ...defaults, inlineBadge: false })
    expect(Object.keys(out).sort()).toEqual(Object.keys(defaults).sort())
  })

  it('reads an object without a version as the first version (what the first release wrote)', () => {
    expect(normalizeSettings({ toolbarBadge: false, goal: 60 })).toEqual({
      ...defaults,
      toolbarBadge: false,
      goal: 60,
    })
  })

  it('keeps the fields it knows from settings written by a newer version', () => {
    const newer = {
      version: SETTINGS_VERSION + 3,
      inlineBadge: false,
      reminderHour: 9,
      somethingNew: { a: 1 },
    }
    expect(normalizeSettings(newer)).toEqual({ ...defaults, inlineBadge: false, reminderHour: 9 })
  })

  it.each([['two'], [-1], [-1e12], [Number.NEGATIVE_INFINITY], [0.5], [Number.NaN]])(
    // A marker like -1e12 must not walk a trillion migration steps: the test's own timeout is the bound.
    'reads a damaged version marker %s as the first version',
    (version) => {
      expect(normalizeSettings({ version, goal: 80 })).toEqual({ ...defaults, goal: 80 })
    },
  )

  it('never hands out the frozen defaults object itself', () => {
    const out = normalizeSettings(undefined)
    expect(out).not.toBe(DEFAULT_SETTINGS)
    out.inlineBadge = false
    expect(DEFAULT_SETTINGS.inlineBadge).toBe(true)
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true)
  })

  it('turns any stored value into settings where every field is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              version: fc.oneof(fc.integer(), fc.string()),
              inlineBadge: fc.anything(),
              toolbarBadge: fc.anything(),
              reminderEnabled: fc.anything(),
              reminderHour: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double(), fc.anything()),
              goal: fc.oneof(
                fc.constant(null),
                fc.integer({ min: -5, max: 120 }),
                fc.double(),
                fc.anything(),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        (stored) => {
          const out = normalizeSettings(stored)
          for (const key of Object.keys(defaults) as (keyof Settings)[]) {
            expect(isValidSetting(key, out[key])).toBe(true)
          }
          expect(normalizeSettings(serializeSettings(out))).toEqual(out)
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('serializeSettings', () => {
  it('stamps the current version so a later release knows which migrations to run', () => {
    expect(serializeSettings({ ...defaults, goal: 55 })).toEqual({
      ...defaults,
      goal: 55,
      version: SETTINGS_VERSION,
    })
  })

  it('round-trips every combination of valid settings', () => {
    fc.assert(
      fc.property(
        fc.record({
          inlineBadge: fc.boolean(),
          toolbarBadge: fc.boolean(),
          reminderEnabled: fc.boolean(),
          reminderHour: fc.integer({ min: 0, max: 23 }),
          goal: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
          csvFormat: fc.constantFrom('standard' as const, 'regional' as const),
          chartRange: fc.constantFrom('49d', '6m', '1y', 'all'),
        }),
        (settings) => {
          expect(normalizeSettings(serializeSettings(settings))).toEqual(settings)
        },
      ),
    )
  })
})

describe('isValidSetting', () => {
  it('accepts exactly the chart ranges core defines', () => {
    for (const range of CHART_RANGES) expect(isValidSetting('chartRange', range)).toBe(true)
    for (const other of ['', '49', '2y', 'ALL', ' 6m', '6m ', 49, null])
      expect(isValidSetting('chartRange', other)).toBe(false)
  })

  it.each<[keyof Settings, unknown, boolean]>([
    ['inlineBadge', true, true],
    ['inlineBadge', 'yes', false],
    ['reminderHour', 12, true],
    ['reminderHour', 12.5, false],
    ['goal', null, true],
    ['goal', 0, false],
    ['goal', 47, true],
  ])('%s accepts %j: %s', (key, value, expected) => {
    expect(isValidSetting(key, value)).toBe(expected)
  })
})

describe('storedInlineBadge', () => {
  // The content script reads this one setting alone; it must say what the whole table says, for any stored value.
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a number', 7],
    ['switched off', { version: 1, inlineBadge: false }],
    ['switched on', { version: 1, inlineBadge: true }],
    ['a string for a flag', { version: 1, inlineBadge: 'false' }],
    ['an older marker', { version: -3, inlineBadge: false }],
    ['no marker', { inlineBadge: false, goal: 50 }],
  ])('agrees with normalizeSettings for %s', (_what, stored) => {
    expect(storedInlineBadge(stored)).toBe(normalizeSettings(stored).inlineBadge)
  })

  it('agrees with normalizeSettings for any stored value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.record({ inlineBadge: fc.anything() }), (any, record) => {
        expect(storedInlineBadge(any)).toBe(normalizeSettings(any).inlineBadge)
        expect(storedInlineBadge(record)).toBe(normalizeSettings(record).inlineBadge)
      }),
    )
  })
})
