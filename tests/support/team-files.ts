/**
 * People for the Team page's tests: the SSI Lens export of deterministic histories with a chosen shape
 * (`personDays` in records.ts: a rise or a fall, one pillar clearly the weakest, a last day some days ago), written
 * by the project's own CSV writer. Shared by the unit, end-to-end and budget tests.
 */
import type { CsvFormat } from '../../src/core/csv-format.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays } from '../../src/core/day.ts'
import type { PillarId } from '../../src/core/snapshot.ts'
import { type PersonShape, personDays } from './records.ts'

/** The person's history as SSI Lens exports it (standard, or the regional `;` and decimal-comma format). */
export function personCsv(shape: PersonShape, format: CsvFormat = 'standard'): string {
  return historyToCsv(personDays(shape), format)
}

/** A CSV file that is not an SSI Lens export: another spreadsheet entirely. */
export const FOREIGN_CSV = 'Name,Email,Phone\r\nAnna,anna@example.com,555-0100\r\n'

export interface TeamFile {
  name: string
  text: string
  shape: PersonShape
}

const WEAK_CYCLE: readonly PillarId[] = ['brand', 'people', 'insights', 'relationships']

/**
 * `n` people with two years each ending near `today`: person i has pillar WEAK_CYCLE[i % 4] far below the
 * others, rises or falls by turns, every fifth person last exported 20 days ago (stale), and every third
 * person's file is in the regional format (semicolons, decimal commas).
 */
export function teamFiles(n: number, today: string): TeamFile[] {
  return Array.from({ length: n }, (_, i) => {
    const shape: PersonShape = {
      last: addDays(today, i % 5 === 4 ? -20 : -(i % 3)),
      count: 730,
      weak: WEAK_CYCLE[i % 4] as PillarId,
      trend: i % 2 === 0 ? 6 : -6,
      seed: 100 + i,
    }
    const format: CsvFormat = i % 3 === 1 ? 'regional' : 'standard'
    return { name: `Person ${String(i + 1).padStart(2, '0')}.csv`, text: personCsv(shape, format), shape }
  })
}
