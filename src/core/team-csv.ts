/**
 * The Team page's table as one CSV file (RFC 4180, UTF-8 with a BOM, CRLF, dot decimals), one row per person,
 * with the same injection-safe cells as the history export (`formatCell`).
 */
import { BOM } from './csv-columns.ts'
import { formatCell } from './csv-write.ts'
import type { TeamRow } from './team-table.ts'

/** The team file's columns, in order. Pillars are named by their ids, as in the history CSV. */
export const TEAM_CSV_COLUMNS = [
  'name',
  'latest_total',
  'latest_date',
  'change',
  'change_since',
  'range_days',
  'weakest_pillar',
  'weakest_value',
  'next_pillar',
  'days_recorded',
  'days_since_last',
  'stale',
] as const

/** The rows (in the order given) as a CSV file; `rangeDays` is the range the change column was computed over. */
export function teamToCsv(rows: readonly TeamRow[], rangeDays: number): string {
  const lines: string[] = [TEAM_CSV_COLUMNS.join(',')]
  for (const row of rows) {
    const cells: (string | number | null)[] = [
      row.name,
      row.latestTotal,
      row.latestDay,
      row.change?.delta ?? null,
      row.change?.since ?? null,
      rangeDays,
      row.weakest?.pillar ?? null,
      row.weakest?.value ?? null,
      row.next?.pillar ?? null,
      row.days,
      row.staleness.days,
      row.staleness.stale ? 'true' : 'false',
    ]
    lines.push(cells.map((cell) => formatCell(cell)).join(','))
  }
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/** The download name for a team export made on `today` (`YYYY-MM-DD`). */
export function teamCsvFileName(today: string): string {
  return `ssi-team-${today}.csv`
}
