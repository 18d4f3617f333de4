import { describe, expect, it } from 'vitest'
import { localNoon } from '../../src/core/csv-read.ts'
import {
  EMPTY_MANUAL_FORM,
  type ManualForm,
  manualRecord,
  manualTotal,
  readDecimal,
  readManualForm,
} from '../../src/core/manual-day.ts'
import { checkDayRecord } from '../../src/core/validate.ts'
import { manualEntry } from '../support/records.ts'

const TODAY = '2026-11-22'

/** A form filled in from a screenshot of the modern fixture page. */
const filled: ManualForm = {
  ...EMPTY_MANUAL_FORM,
  day: '2026-11-20',
  brand: '16.4',
  people: '9.3',
  insights: '7.8',
  relationships: '13.2',
}

describe('readManualForm', () => {
  it('reads a filled-in form as an entry, the total as the page shows it', () => {
    expect(readManualForm(filled, TODAY)).toEqual({
      ok: true,
      value: { overall: 47, entry: manualEntry('2026-11-20') },
    })
  })

  it('reads the optional ranks, averages and industry, decimal commas included', () => {
    const result = readManualForm(
      {
        ...filled,
        brand: '16,4',
        industryRank: '12',
        networkRank: ' 18 ',
        industryAverage: '32,5',
        networkAverage: '35',
        industryName: '  IT Services  ',
      },
      TODAY,
    )
    expect(result).toMatchObject({
      ok: true,
      value: {
        entry: {
          pillars: { brand: 16.4 },
          industryRank: 12,
          networkRank: 18,
          industryAverage: 32.5,
          networkAverage: 35,
          industryName: 'IT Services',
        },
      },
    })
  })

  it.each<[string, Partial<ManualForm>, Record<string, unknown>]>([
    ['an empty date', { day: '' }, { day: { code: 'required' } }],
    ['a day that does not exist', { day: '2026-02-30' }, { day: { code: 'not-a-day' } }],
    ['a date in another format', { day: '20.11.2026' }, { day: { code: 'not-a-day' } }],
    ['tomorrow', { day: '2026-11-23' }, { day: { code: 'after-today' } }],
    ['an empty pillar', { people: '' }, { people: { code: 'required' } }],
    ['a pillar above 25', { brand: '25.1' }, { brand: { code: 'out-of-range', min: 0, max: 25 } }],
    ['a negative pillar', { insights: '-1' }, { insights: { code: 'not-a-number' } }],
    ['a pillar that is text', { relationships: 'twelve' }, { relationships: { code: 'not-a-number' } }],
    ['a pillar in exponent notation', { brand: '1e1' }, { brand: { code: 'not-a-number' } }],
    ['a pillar with two decimal marks', { brand: '16.4.1' }, { brand: { code: 'not-a-number' } }],
    [
      'a rank that is a fraction',
      { industryRank: '12.5' },
      { industryRank: { code: 'out-of-range', min: 1, max: 100, whole: true } },
    ],
    ['a rank of 0', { networkRank: '0' }, { networkRank: { code: 'out-of-range', min: 1, max: 100 } }],
    [
      'an average above 100',
      { networkAverage: '100.5' },
      { networkAverage: { code: 'out-of-range', min: 0, max: 100 } },
    ],
    ['an endless industry name', { industryName: 'x'.repeat(201) }, { industryName: { code: 'too-long' } }],
  ])('refuses %s, naming the field', (_what, change, problems) => {
    const result = readManualForm({ ...filled, ...change }, TODAY)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.problems).toEqual(
      Object.fromEntries(
        Object.entries(problems).map(([field, p]) => [field, expect.objectContaining(p as object)]),
      ),
    )
  })

  it('reports every field that is wrong at once', () => {
    const result = readManualForm({ ...EMPTY_MANUAL_FORM, brand: '30' }, TODAY)
    expect(!result.ok && Object.keys(result.error.problems).sort()).toEqual(
      ['brand', 'day', 'insights', 'people', 'relationships'].sort(),
    )
  })

  it.each([
    ['the edges of the range', ['0', '0', '0', '0'], 0],
    ['four full pillars', ['25', '25', '25', '25'], 100],
    ['a sum that is a half in decimals but not in binary', ['16.4', '9.3', '7.8', '13'], 47],
    ['a sum just under a half', ['16.4', '9.3', '7.8', '12.99'], 46],
  ])(
    'accepts %s, with the rounded sum as the total',
    (_what, [brand, people, insights, relationships], total) => {
      const result = readManualForm(
        { ...filled, brand, people, insights, relationships } as ManualForm,
        TODAY,
      )
      expect(result.ok && result.value.overall).toBe(total)
    },
  )

  it('accepts today itself', () => {
    expect(readManualForm({ ...filled, day: TODAY }, TODAY).ok).toBe(true)
  })
})

describe('manualTotal and readDecimal', () => {
  it.each([
    [{ brand: 16.4, people: 9.3, insights: 7.8, relationships: 13 }, 47],
    [{ brand: 0.1, people: 0.2, insights: 0.1, relationships: 0.1 }, 1],
    [{ brand: 0.1, people: 0.1, insights: 0.1, relationships: 0.1 }, 0],
  ])('totals %o as %d', (pillars, total) => {
    expect(manualTotal(pillars)).toBe(total)
  })

  it.each([
    ['', null],
    ['  ', null],
    ['7', 7],
    ['7.25', 7.25],
    ['7,25', 7.25],
    ['.5', Number.NaN],
    ['7.', Number.NaN],
    ['+7', Number.NaN],
    ['1 000', Number.NaN],
  ])('reads %j as %s', (text, value) => {
    expect(readDecimal(text)).toBe(value)
  })
})

describe('manualRecord', () => {
  it('is a valid day marked as entered by hand, with no invented precision', () => {
    const result = readManualForm(filled, TODAY)
    if (!result.ok) throw new Error('expected a valid form')
    const record = manualRecord(result.value.entry, 'from a screenshot')
    expect(checkDayRecord(record)).toEqual({ ok: true, value: record })
    expect(record).toMatchObject({
      source: 'manual',
      urlKind: 'manual',
      overall: 47,
      // No hour is known: noon of the day, like an imported row without one.
      capturedAt: localNoon('2026-11-20'),
      overallExact: null,
      industryPillars: null,
      networkPillars: null,
      note: 'from a screenshot',
    })
  })
})
