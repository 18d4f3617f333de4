import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isSsiDataHeader, readSsiData, SSI_DATA_HEADER } from '../../src/core/import-ssi-data.ts'

const FIXTURES = new URL('../fixtures/other-tools/', import.meta.url)
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8')
const HEADER = SSI_DATA_HEADER.join(';')

/** A scraper-layout file for one day, rows as [section, field, original, numeric]. */
function file(day: string, rows: [string, string, string, string][], time = '09:15'): string {
  return [HEADER, ...rows.map(([s, f, o, n]) => `${day};${time};${s};${f};${o};pontos;${n};0-25;;test`)].join(
    '\r\n',
  )
}
const OWN = 'Os quatro componentes da sua pontuação'
const ownRows = (values: [string, string, string, string]): [string, string, string, string][] =>
  (
    [
      'Estabelecer sua marca profissional',
      'Localizar as pessoas certas',
      'Interagir oferecendo insights',
      'Criar relacionamentos',
    ] as const
  ).map((f, i) => [OWN, f, values[i] as string, (values[i] as string).replace(',', '.')])
const TOTAL_40: [string, string, string, string] = [
  'Social Selling Index atual',
  'Social Selling Index atual',
  '40 de 100',
  '40',
]

describe('readSsiData: the scraper’s layout', () => {
  it('reads a day with pillars, ranks, averages and both peer groups, at its own time', () => {
    const { days, issues, ignoredRows } = readSsiData(fixture('ssi-data-scraper-2026-03-10.csv'))
    expect(issues).toEqual([])
    expect(ignoredRows).toBe(0)
    expect(days).toHaveLength(1)
    const [day] = days
    expect(day?.capturedAtGiven).toBe(true)
    expect(day?.record).toEqual({
      day: '2026-03-10',
      capturedAt: new Date(2026, 2, 10, 8, 12).toISOString(),
      urlKind: 'import',
      source: 'csv',
      overall: 47,
      pillars: { brand: 14.312, people: 9.08, insights: 11.5, relationships: 12.256 },
      industryRank: 14,
      networkRank: 20,
      industryAverage: 31,
      networkAverage: 29,
      overallExact: null,
      industryAverageExact: null,
      networkAverageExact: null,
      industryName: null,
      industryPillars: { brand: 10.41, people: 6.22, insights: 4.05, relationships: 10.87 },
      networkPillars: { brand: 11.02, people: 5.91, insights: 4.66, relationships: 9.73 },
      note: null,
    })
  })

  it('recognises the header with a BOM removed, and with the separator a spreadsheet chose', () => {
    expect(isSsiDataHeader(HEADER)).toBe(true)
    expect(isSsiDataHeader(SSI_DATA_HEADER.join(','))).toBe(true)
    expect(isSsiDataHeader('date,overall,brand')).toBe(false)
  })
})

describe('readSsiData: the clock', () => {
  it('refuses a reading whose own time is later than now', () => {
    // Noon of tomorrow, local time, is after 10:00 UTC today in every time zone.
    const text = file('2026-11-23', [TOTAL_40, ...ownRows(['10', '10', '10', '10'])], '12:00')
    const reading = readSsiData(text, { lastDay: '2026-11-23', now: Date.parse('2026-11-22T10:00:00Z') })
    expect(reading.issues).toEqual([
      { line: 2, issue: { code: 'captured-at-future', value: new Date(2026, 10, 23, 12, 0).toISOString() } },
    ])
  })
})

describe('readSsiData: the hand-transcribed layout', () => {
  it('reads the summary, the components, the industry row and the benchmark blocks', () => {
    const { days, issues, ignoredRows } = readSsiData(fixture('ssi-data-transcribed-2026-02-20.csv'))
    expect(issues).toEqual([])
    // "Variação semanal" twice and the Sales Navigator promotion.
    expect(ignoredRows).toBe(3)
    expect(days[0]?.record).toMatchObject({
      day: '2026-02-20',
      overall: 44,
      pillars: { brand: 13.9, people: 8.45, insights: 10.1, relationships: 12 },
      industryRank: 15,
      networkRank: 22,
      industryAverage: 30,
      networkAverage: 28,
      industryName: 'Serviços de TI e consultoria de TI',
      industryPillars: null,
      networkPillars: null,
    })
  })
})

const cases: { name: string; text: string; issues: unknown[]; days?: number }[] = [
  {
    name: 'refuses a day whose numeric value and shown value disagree',
    text: file('2026-03-01', [
      TOTAL_40,
      ...ownRows(['10', '10', '10', '10']).map((r, i) =>
        i === 0 ? ([r[0], r[1], '11', '10'] as typeof r) : r,
      ),
    ]),
    issues: [
      {
        line: 3,
        issue: { code: 'not-a-number', column: 'Estabelecer sua marca profissional', value: '10 ≠ 11' },
      },
    ],
  },
  {
    name: 'keeps a total without pillars as a day with unknown pillars, never invented ones',
    text: file('2026-03-01', [TOTAL_40]),
    issues: [],
    days: 1,
  },
  {
    name: 'refuses pillars without the total instead of computing it',
    text: file('2026-03-01', ownRows(['10', '10', '10', '10'])),
    issues: [{ line: 2, issue: { code: 'missing-total' } }],
  },
  {
    name: 'names the pillars that are missing',
    text: file('2026-03-01', [TOTAL_40, ...ownRows(['10', '10', '10', '10']).slice(0, 2)]),
    issues: [{ line: 2, issue: { code: 'missing-pillars', missing: ['insights', 'relationships'] } }],
  },
  {
    name: 'puts the assembled day through the validator: pillars must add up to the total',
    text: file('2026-03-01', [TOTAL_40, ...ownRows(['10', '10', '10', '4'])]),
    issues: [{ line: 2, issue: { code: 'sum-mismatch', sum: 34, overall: 40, tolerance: 1 } }],
  },
  {
    name: 'refuses the same field twice with different values',
    text: file('2026-03-01', [
      TOTAL_40,
      ['Resumo SSI', 'Social Selling Index atual', '41', '41'],
      ...ownRows(['10', '10', '10', '10']),
    ]),
    issues: [{ line: 3, issue: { code: 'conflicting-values', field: 'overall', first: '40', second: '41' } }],
  },
  {
    name: 'accepts the same field twice with the same value (the transcription repeats ranks)',
    text: file('2026-03-01', [TOTAL_40, TOTAL_40, ...ownRows(['10', '10', '10', '10'])]),
    issues: [],
    days: 1,
  },
  {
    name: 'refuses a peer group with some pillars only',
    text: file('2026-03-01', [
      TOTAL_40,
      ...ownRows(['10', '10', '10', '10']),
      ['Pessoas no seu setor', 'Criar relacionamentos', '9,5', '9.5'],
    ]),
    issues: [{ line: 2, issue: { code: 'half-pillar-group', group: 'industry' } }],
  },
  {
    name: 'refuses a date that is not a calendar day',
    text: file('2026-02-30', [TOTAL_40, ...ownRows(['10', '10', '10', '10'])]),
    issues: Array.from({ length: 5 }, (_, i) => ({
      line: i + 2,
      issue: { code: 'bad-date', value: '2026-02-30' },
    })),
  },
  {
    name: 'refuses a day after the last allowed day, once',
    text: file('2030-01-01', [TOTAL_40, ...ownRows(['10', '10', '10', '10'])]),
    issues: [{ line: 2, issue: { code: 'future-date', day: '2030-01-01', lastDay: '2026-12-31' } }],
  },
  {
    name: 'says an empty file is empty',
    text: `\uFEFF${HEADER}\r\n`,
    issues: [{ line: 1, issue: { code: 'empty-file' } }],
  },
  {
    name: 'reads several days in one file, each on its own',
    text: [
      file('2026-03-01', [TOTAL_40, ...ownRows(['10', '10', '10', '10'])]),
      file('2026-03-02', [TOTAL_40, ...ownRows(['10', '10', '10', '10,25'])])
        .split('\r\n')
        .slice(1)
        .join('\r\n'),
    ].join('\r\n'),
    issues: [],
    days: 2,
  },
]

describe('readSsiData: refusals', () => {
  for (const c of cases)
    it(c.name, () => {
      const reading = readSsiData(c.text, { lastDay: '2026-12-31' })
      expect(reading.issues).toEqual(c.issues)
      expect(reading.days).toHaveLength(c.days ?? 0)
    })
})
