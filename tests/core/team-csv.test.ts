import { describe, expect, it } from 'vitest'
import type { NextPillarAdvice } from '../../src/core/advice-types.ts'
import { parseCsv } from '../../src/core/csv-parse.ts'
import { TEAM_CSV_COLUMNS, teamCsvFileName, teamToCsv } from '../../src/core/team-csv.ts'
import type { TeamRow } from '../../src/core/team-table.ts'

/** Only the pillar matters to the table's sort and export. */
const advice = (pillar: NextPillarAdvice['pillar']) => ({ pillar }) as NextPillarAdvice

const row = (over: Partial<TeamRow>): TeamRow => ({
  id: 'a',
  name: 'Anna',
  latestTotal: 47,
  latestDay: '2026-11-20',
  change: { delta: 3.5, since: '2026-10-02', exact: true },
  weakest: { pillar: 'insights', value: 7.815 },
  next: advice('insights'),
  pillarsUnknown: false,
  days: 730,
  staleness: { days: 2, stale: false },
  totals: { from: '2026-11-20', values: [] },
  ...over,
})

describe('teamToCsv', () => {
  it('writes a BOM, the header and one CRLF row per person, in the order given', () => {
    const csv = teamToCsv(
      [
        row({}),
        row({ id: 'b', name: 'Bea', change: null, next: null, staleness: { days: 20, stale: true } }),
      ],
      49,
    )
    expect(csv).toBe(
      '\uFEFFname,latest_total,latest_date,change,change_since,range_days,weakest_pillar,weakest_value,next_pillar,days_recorded,days_since_last,stale\r\n' +
        'Anna,47,2026-11-20,3.5,2026-10-02,49,insights,7.815,insights,730,2,false\r\n' +
        'Bea,47,2026-11-20,,,49,insights,7.815,,730,20,true\r\n',
    )
  })

  it.each([
    ['a formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a plus sign', '+49 Team', "'+49 Team"],
    ['a comma', 'Schmidt, Anna', '"Schmidt, Anna"'],
    ['a semicolon', 'A;B', '"A;B"'],
    ['a line break', 'Anna\nSchmidt', '"Anna\nSchmidt"'],
    ['quotes', 'Anna "AJ" S', '"Anna ""AJ"" S"'],
  ])('makes a name with %s safe, as the history export does', (_what, name, cell) => {
    const line = teamToCsv([row({ name })], 49).split('\r\n')[1] as string
    expect(line.startsWith(`${cell},`)).toBe(true)
  })

  it('reads back as one record per person with every column (RFC 4180)', () => {
    const csv = teamToCsv([row({ name: 'Schmidt, "AJ"\nAnna' }), row({ name: 'Bea' })], 365)
    const table = parseCsv(csv.slice(1), ',')
    if (!table.ok) throw new Error(table.error.code)
    const [header, ...records] = table.value.map((r) => r.cells)
    expect(header).toEqual([...TEAM_CSV_COLUMNS])
    expect(records.filter((r) => r.length > 1).map((r) => r[0])).toEqual(['Schmidt, "AJ"\nAnna', 'Bea'])
    expect(records.every((r) => r.length === TEAM_CSV_COLUMNS.length)).toBe(true)
  })

  it('names the file for the day', () => {
    expect(teamCsvFileName('2026-11-22')).toBe('ssi-team-2026-11-22.csv')
  })
})
