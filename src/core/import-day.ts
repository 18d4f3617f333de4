/**
 * One day assembled from another tool's fields (a linkedin-ssi-data file's rows, a spreadsheet's cells) and put
 * through the same gate as every reading and every SSI Lens CSV row: `checkDayRecord`. Nothing is filled in:
 * a missing total or some missing pillars are an issue, never a computed or guessed value; a total with no pillar
 * at all is a day known only by its total (`pillars: null`).
 */
import { type ImportedDay, localNoon } from './csv-read.ts'
import { dayParts } from './day.ts'
import type { ImportField, ImportIssue } from './import-issues.ts'
import { fail, ok, type Result } from './result.ts'
import type { PeerGroup, Pillars } from './snapshot.ts'
import { PILLAR_IDS } from './snapshot.ts'
import { checkDayRecord } from './validate.ts'

/** The values found for one day, by field; text only for `industryName`. */
export type DayFields = Partial<Record<Exclude<ImportField, 'industryName'>, number>> & {
  industryName?: string
}

// A decimal comma is what Portuguese, German, French… spreadsheets write; SSI values never need thousands.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/
const FIRST_NUMBER = /\d+(?:[.,]\d+)?/

/** A cell that is just a number ("20,998", "20.998", "15.0"): the number; `null` when empty; NaN otherwise. */
export function readPlainNumber(cell: string): number | null {
  const text = cell.trim()
  if (text === '') return null
  return PLAIN_NUMBER.test(text) ? Number(text.replace(',', '.')) : Number.NaN
}

/** The first number in a text as the page shows it ("53 de 100" → 53, "Primeiros 9%" → 9), or null. */
export function firstNumberIn(text: string): number | null {
  const m = FIRST_NUMBER.exec(text)
  return m ? Number(m[0].replace(',', '.')) : null
}

/** `HH:MM` (or `H:MM`, optional seconds) on `day` in local time, as an ISO instant; null when it is no time. */
export function localTime(day: string, time: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim())
  if (!m) return null
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)]
  if (h > 23 || mi > 59 || s > 59) return null
  const [y, mo, d] = dayParts(day)
  return new Date(y, mo - 1, d, h, mi, s).toISOString()
}

export type Assembled = Result<ImportedDay, ImportIssue>

function group(fields: DayFields, name: PeerGroup): Pillars | null | 'half' {
  const values = PILLAR_IDS.map((id) => fields[`${name}.${id}`])
  const known = values.filter((v) => v !== undefined).length
  if (known === 0) return null
  if (known < 4) return 'half'
  const [brand, people, insights, relationships] = values as number[]
  return { brand, people, insights, relationships } as Pillars
}

/**
 * The checked day for `fields` on `day`, found on `line`. `capturedAt` is the file's own time of the reading, or
 * null (then noon of the day, and the day may fill a gap but never replace a stored day); a time after `now`
 * is refused, as in SSI Lens's own import.
 */
export function assembleDay(
  day: string,
  fields: DayFields,
  capturedAt: string | null,
  line: number,
  now?: number,
): Assembled {
  const missing = PILLAR_IDS.filter((id) => fields[id] === undefined)
  // A total without any pillar is a day known only by its total: stored with unknown pillars, never invented ones.
  const totalOnly = fields.overall !== undefined && missing.length === PILLAR_IDS.length
  if (missing.length > 0 && !totalOnly) return fail({ code: 'missing-pillars', missing })
  if (fields.overall === undefined) return fail({ code: 'missing-total' })
  const industryPillars = group(fields, 'industry')
  if (industryPillars === 'half') return fail({ code: 'half-pillar-group', group: 'industry' })
  const networkPillars = group(fields, 'network')
  if (networkPillars === 'half') return fail({ code: 'half-pillar-group', group: 'network' })
  const checked = checkDayRecord(
    {
      day,
      capturedAt: capturedAt ?? localNoon(day),
      urlKind: 'import',
      source: 'csv',
      overall: fields.overall,
      pillars: totalOnly
        ? null
        : {
            brand: fields.brand,
            people: fields.people,
            insights: fields.insights,
            relationships: fields.relationships,
          },
      industryRank: fields.industryRank ?? null,
      networkRank: fields.networkRank ?? null,
      industryAverage: fields.industryAverage ?? null,
      networkAverage: fields.networkAverage ?? null,
      overallExact: null,
      industryAverageExact: null,
      networkAverageExact: null,
      industryName: fields.industryName ?? null,
      industryPillars,
      networkPillars,
    },
    // Noon stands in for a missing time and claims nothing: on tomorrow's row (time-zone slack) it is still
    // ahead of now and must not refuse the row. A time the file gives must not be in the future.
    now === undefined || capturedAt === null ? {} : { now },
  )
  if (!checked.ok) return checked
  return ok({ line, record: checked.value, capturedAtGiven: capturedAt !== null })
}
