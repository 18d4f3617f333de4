/**
 * Reads the rendered SSI page (2022–2026) by structure, from the strings its elements hold (collect-facts.ts):
 * pillar bars by id and `value`, the user's donut caption, the `.ssi-rank` blocks, the peer donuts with their
 * hidden data tables. Words are used only to tell industry from network and to name table rows, and a word that
 * is not recognised yields nothing rather than a guess.
 */
import type { PeerGroup, PillarId, Pillars } from '../snapshot.ts'
import { PILLAR_IDS } from '../snapshot.ts'
import { barReading } from './cross-check.ts'
import type { PageFacts, TableRow } from './facts.ts'
import { emptyFindings, type PageFindings, squash } from './findings.ts'
import { AVERAGE_SENTENCES, groupOfLabel, INDUSTRY_NAME_SENTENCES, pillarOfLabel } from './labels.ts'
import { agreesWithShown, firstNumber, leadingNumber, normalizeDigits, parseLocaleNumber } from './numbers.ts'
import { PILLAR_BARS, TOTAL_VALUE } from './selectors.ts'

interface Shown {
  value: number
  text: string
}

/** Pillar rows of a donut's data table, by label. A label seen twice with two values is dropped. */
function readTable(table: readonly TableRow[] | null): Partial<Record<PillarId, Shown>> {
  const out: Partial<Record<PillarId, Shown>> = {}
  const twice = new Set<PillarId>()
  if (!table) return out
  for (const row of table) {
    const id = pillarOfLabel(squash(row.label))
    const text = squash(row.value)
    const value = parseLocaleNumber(text)
    if (!id || value === null) continue
    const seen = out[id]
    if (seen && seen.value !== value) twice.add(id)
    out[id] = { value, text }
  }
  for (const id of twice) delete out[id]
  return out
}

function completePillars(rows: Partial<Record<PillarId, Shown>>): Pillars | null {
  const out: Partial<Pillars> = {}
  for (const id of PILLAR_IDS) {
    const row = rows[id]
    if (!row) return null
    out[id] = row.value
  }
  return out as Pillars
}

/**
 * Puts each labelled block in its group. Unlabelled blocks fall back to the attested document order
 * (industry first) only when no block could be labelled; a group claimed twice is left unknown.
 */
function assignGroups<T>(items: { group: PeerGroup | null; value: T }[]): Partial<Record<PeerGroup, T>> {
  const out: Partial<Record<PeerGroup, T>> = {}
  if (items.length === 0) return out
  const labelled = items.filter((i) => i.group !== null)
  if (labelled.length === 0) {
    if (items.length === 2) {
      out.industry = items[0]?.value
      out.network = items[1]?.value
    }
    return out
  }
  const claims = new Map<PeerGroup, number>()
  for (const i of labelled) claims.set(i.group as PeerGroup, (claims.get(i.group as PeerGroup) ?? 0) + 1)
  for (const i of labelled) if (claims.get(i.group as PeerGroup) === 1) out[i.group as PeerGroup] = i.value
  // Two blocks with one labelled: the other is the other group.
  if (items.length === 2 && labelled.length === 1) {
    const other = items.find((i) => i.group === null)
    const otherGroup: PeerGroup = labelled[0]?.group === 'industry' ? 'network' : 'industry'
    if (other) out[otherGroup] = other.value
  }
  return out
}

function readPillars(facts: PageFacts, r: PageFindings): void {
  const table = readTable(facts.userTable)
  for (const id of PILLAR_IDS) {
    const bar = facts.bars[id]
    const tableRow = table[id]
    if (!bar) {
      if (tableRow) {
        r.pillars[id] = tableRow.value
        r.found++
      } else r.missing[id] = `no value for ${id}: ${PILLAR_BARS[id][0]} is missing`
      continue
    }
    const { attr, shown, shownText } = barReading(bar)
    const value = attr ?? shown ?? tableRow?.value ?? null
    if (value === null) {
      r.missing[id] = `no value for ${id}: ${PILLAR_BARS[id][0]} shows no number`
      continue
    }
    // The bar's value, the number printed in it and the data table are one number drawn three times; if they
    // disagree, part of the page is stale and no reading of it can be trusted.
    if (shown !== null && !agreesWithShown(value, shown, shownText))
      r.conflicts.push(`the bar for ${id} says ${value} but shows ${shownText}`)
    if (tableRow && !agreesWithShown(value, tableRow.value, tableRow.text))
      r.conflicts.push(`the bar for ${id} says ${value} but the chart table says ${tableRow.text}`)
    r.pillars[id] = value
    r.found++
  }
}

function readTotal(facts: PageFacts, r: PageFindings): void {
  if (facts.total === null) {
    r.missing.overall = `no total found: the caption ${TOTAL_VALUE[0]?.split(' ')[0]} is missing`
    return
  }
  const value = leadingNumber(facts.total)
  if (value === null) {
    r.missing.overall = `no total found: the caption ${TOTAL_VALUE[0]?.split(' ')[0]} shows no number`
    return
  }
  r.overall = value
  r.found++
}

function readRanks(facts: PageFacts, r: PageFindings): void {
  const blocks = facts.ranks.map((block) => ({
    group: groupOfLabel(squash(block.label)),
    value: block.number === null ? null : firstNumber(block.number),
  }))
  const ranks = assignGroups(blocks)
  r.industryRank = ranks.industry ?? null
  r.networkRank = ranks.network ?? null
  r.found += blocks.filter((b) => b.value !== null).length
}

function averageFromSentences(text: string): number | null {
  for (const re of AVERAGE_SENTENCES) {
    const m = re.exec(normalizeDigits(text))
    if (m?.[1]) return parseLocaleNumber(m[1])
  }
  return null
}

/** The industry name from "Sales professionals in the {name} industry have …". */
export function industryNameFrom(text: string): string | null {
  for (const re of INDUSTRY_NAME_SENTENCES) {
    const name = re.exec(text)?.[1]?.trim()
    if (name) return name
  }
  return null
}

interface PeerSection {
  average: number | null
  pillars: Pillars | null
  description: string
}

function readGroups(facts: PageFacts, r: PageFindings): void {
  const sections = facts.groups.map((section) => {
    const heading = squash(section.heading)
    const description = squash(section.description)
    const average =
      section.average === null ? averageFromSentences(description) : leadingNumber(section.average)
    const rows = readTable(section.table)
    const peer: PeerSection = { average, pillars: completePillars(rows), description }
    if (average !== null) r.found++
    return { group: groupOfLabel(heading) ?? groupOfLabel(description), value: peer }
  })
  const groups = assignGroups(sections)
  r.industryAverage = groups.industry?.average ?? null
  r.networkAverage = groups.network?.average ?? null
  r.industryPillars = groups.industry?.pillars ?? null
  r.networkPillars = groups.network?.pillars ?? null
  r.industryName = groups.industry ? industryNameFrom(groups.industry.description) : null
}

/** Everything the rendered page shows, field by field, with what is missing and what contradicts itself. */
export function readDom(facts: PageFacts): PageFindings {
  const r = emptyFindings()
  readPillars(facts, r)
  readTotal(facts, r)
  readRanks(facts, r)
  readGroups(facts, r)
  return r
}
