/**
 * Reads the rendered SSI page (2022–2026) by structure: pillar bars by id and `value`, the user's donut caption,
 * the `.ssi-rank` blocks, the peer donuts with their hidden data tables. Words are used only to tell industry
 * from network and to name table rows, and a word that is not recognised yields nothing rather than a guess.
 */
import type { PeerGroup, PillarId, Pillars } from '../snapshot.ts'
import { PILLAR_IDS, PILLAR_LABELS } from '../snapshot.ts'
import { barReading, outsidePillarsAndPeers } from './cross-check.ts'
import { all, emptyFindings, first, firstWhere, type PageFindings, squash } from './findings.ts'
import { AVERAGE_SENTENCES, groupOfLabel, INDUSTRY_NAME_SENTENCES, pillarOfLabel } from './labels.ts'
import { agreesWithShown, firstNumber, leadingNumber, normalizeDigits, parseLocaleNumber } from './numbers.ts'
import {
  DONUT_TABLE,
  GROUP_AVERAGE,
  GROUP_DESCRIPTION,
  GROUP_HEADING,
  GROUP_SECTIONS,
  PILLAR_BARS,
  RANK_BLOCKS,
  RANK_LABEL,
  RANK_NUMBER,
  TOTAL_VALUE,
  USER_SCORE,
  USER_SCORE_ANY_VALUE,
} from './selectors.ts'

interface Shown {
  value: number
  text: string
}

/** Pillar rows of a donut's data table, by label. A label seen twice with two values is dropped. */
function readTable(table: Element | null): Partial<Record<PillarId, Shown>> {
  const out: Partial<Record<PillarId, Shown>> = {}
  const twice = new Set<PillarId>()
  if (!table) return out
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    const th = row.querySelector('th')
    const td = row.querySelector('td')
    if (!th || !td) continue
    const id = pillarOfLabel(squash(th.textContent))
    const text = squash(td.textContent)
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

function readPillars(doc: Document, r: PageFindings): void {
  const userSection = first(doc, USER_SCORE)
  const table = readTable(userSection && first(userSection, DONUT_TABLE))
  for (const id of PILLAR_IDS) {
    const bar = first(doc, PILLAR_BARS[id])
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

function readTotal(doc: Document, r: PageFindings): void {
  const userSection = first(doc, USER_SCORE)
  const el =
    firstWhere(doc, TOTAL_VALUE, outsidePillarsAndPeers) ??
    (userSection && firstWhere(userSection, USER_SCORE_ANY_VALUE, outsidePillarsAndPeers))
  if (!el) {
    r.missing.overall = `no total found: the caption ${TOTAL_VALUE[0]?.split(' ')[0]} is missing`
    return
  }
  const value = leadingNumber(el.textContent)
  if (value === null) {
    r.missing.overall = `no total found: the caption ${TOTAL_VALUE[0]?.split(' ')[0]} shows no number`
    return
  }
  r.overall = value
  r.found++
}

function readRanks(doc: Document, r: PageFindings): void {
  const blocks = all(doc, RANK_BLOCKS).map((block) => {
    const numberEl = first(block, RANK_NUMBER)
    const label = squash((first(block, RANK_LABEL) ?? block).textContent)
    return { group: groupOfLabel(label), value: numberEl ? firstNumber(numberEl.textContent) : null }
  })
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

function readGroups(doc: Document, r: PageFindings): void {
  const sections = all(doc, GROUP_SECTIONS).map((section) => {
    const heading = squash(first(section, GROUP_HEADING)?.textContent)
    const description = squash((first(section, GROUP_DESCRIPTION) ?? section).textContent)
    const averageEl = first(section, GROUP_AVERAGE)
    const average = averageEl ? leadingNumber(averageEl.textContent) : averageFromSentences(description)
    const rows = readTable(first(section, DONUT_TABLE))
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
export function readDom(doc: Document): PageFindings {
  const r = emptyFindings()
  readPillars(doc, r)
  readTotal(doc, r)
  readRanks(doc, r)
  readGroups(doc, r)
  return r
}
