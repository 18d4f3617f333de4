/**
 * The check of a `parseFacts` payload: the SSI page's raw facts (core/page/facts.ts) come from the page, which is
 * untrusted input, so every field's shape and every size is checked before the reader sees them. The limits are
 * the collector's own (`FACT_LIMITS`): a collector that kept to them always passes.
 */
import { FACT_LIMITS as L } from '../core/page/facts.ts'
import { type Check, exactly, isBoolean, listOf, nullable, text } from './shape-check.ts'

const short = text(L.text)
const pillarRecord = <T>(check: Check<T>) =>
  exactly({ brand: check, people: check, insights: check, relationships: check })

const bar = exactly({ value: nullable(short), shown: short, drawn: isBoolean })
const table = nullable(listOf(exactly({ label: short, value: short }), L.items))

export const pageFacts = exactly({
  url: short,
  loginMarker: nullable(short),
  codes: listOf(exactly({ text: text(L.code), datalet: nullable(text(L.code)) }), L.codes),
  bars: pillarRecord(nullable(bar)),
  userTable: table,
  total: nullable(short),
  ranks: listOf(exactly({ label: short, number: nullable(short) }), L.items),
  groups: listOf(exactly({ heading: short, description: short, average: nullable(short), table }), L.items),
  lines: listOf(text(L.line), L.lines),
  scoreBlocks: listOf(exactly({ total: nullable(short), bars: pillarRecord(nullable(bar)) }), L.items),
  allBars: pillarRecord(listOf(bar, L.items)),
  captions: listOf(short, L.items),
  cut: isBoolean,
})
