/**
 * The numeric fields of a day, by name, as the page shows them. Deltas and chart series read a day through
 * these, so "which number" is decided in one place. A reader returns `null` where the page gave no value, and for
 * every pillar of a day known only by its total (so deltas skip it and chart panels show a gap).
 */
import { type DayRecord, PILLAR_IDS } from './snapshot.ts'

/**
 * The page's peer numbers: the two "Top N %" ranks and the two averages. With the total and the pillars they are
 * every number of a day; the import mapping, the hand-entry form and the deltas list them from here.
 */
export const PEER_FIELDS = ['industryRank', 'networkRank', 'industryAverage', 'networkAverage'] as const

/** Every number of a day, in the order the page and the CSV give them. */
export const DAY_FIELDS_IN_ORDER = ['overall', ...PILLAR_IDS, ...PEER_FIELDS] as const
export type DayField = (typeof DAY_FIELDS_IN_ORDER)[number]

export type FieldReader = (record: DayRecord) => number | null

export const DAY_FIELDS: Readonly<Record<DayField, FieldReader>> = {
  overall: (r) => r.overall,
  brand: (r) => r.pillars?.brand ?? null,
  people: (r) => r.pillars?.people ?? null,
  insights: (r) => r.pillars?.insights ?? null,
  relationships: (r) => r.pillars?.relationships ?? null,
  // Ranks are "Top N %": a negative change is an improvement; the caller decides how to colour it.
  industryRank: (r) => r.industryRank,
  networkRank: (r) => r.networkRank,
  industryAverage: (r) => r.industryAverage,
  networkAverage: (r) => r.networkAverage,
}

/** A field name or a custom reader → a reader. */
export function fieldReader(field: DayField | FieldReader): FieldReader {
  return typeof field === 'function' ? field : DAY_FIELDS[field]
}
