/**
 * The last fallback: the page's visible text, for a layout whose classes and ids SSI Lens does not know yet.
 * It reads only the main content (never navigation, messaging, scripts or hidden tables), pairs a pillar label
 * with the number printed just before it ("16.438 | Establish your professional brand"), and collects every
 * "N out of 100" caption; `parsePage` takes as the total only the one that is the rounded sum of the pillars,
 * so a peer donut's "32 out of 100" can never pass as yours.
 */
import type { PeerGroup, PillarId } from '../snapshot.ts'
import { PILLAR_IDS } from '../snapshot.ts'
import { emptyFindings, type PageFindings } from './findings.ts'
import { AVERAGE_SENTENCES, groupOfLabel, NUM, pillarOfLabel } from './labels.ts'
import { normalizeDigits, parseLocaleNumber } from './numbers.ts'
import { industryNameFrom } from './read-dom.ts'

const NUMBER_LINE = new RegExp(`^${NUM}$`)
const NUMBER_THEN_LABEL = new RegExp(`^(${NUM})\\s*\\|?\\s*(\\D.*)$`)
/** "47 out of 100", "53 de 100", "32 из 100": a number, one to three words, 100. Any language. */
const OF_HUNDRED = /^(\d+)\s+(?:\p{L}+\s+){1,3}100$/u
const WORDS_HUNDRED = /^(?:\p{L}+\s+){1,3}100$/u
const PERCENT = /(\d+)\s*%/

/** A pillar label: short, no digits, naming exactly one pillar and no peer group. */
function labelPillar(label: string): PillarId | null {
  if (label.length > 60 || /\d/.test(label) || groupOfLabel(label)) return null
  return pillarOfLabel(label)
}

function readPillarRows(lines: string[], r: PageFindings): void {
  const values: Partial<Record<PillarId, Set<number>>> = {}
  const add = (id: PillarId, value: number | null) => {
    if (value === null) return
    const set = values[id] ?? new Set<number>()
    set.add(value)
    values[id] = set
  }
  lines.forEach((line, i) => {
    const inline = NUMBER_THEN_LABEL.exec(line)
    if (inline?.[1] && inline[2]) {
      const id = labelPillar(inline[2].trim())
      if (id) add(id, parseLocaleNumber(inline[1]))
      return
    }
    const id = labelPillar(line)
    if (!id) return
    let j = i - 1
    while (j >= 0 && lines[j] === '|') j--
    const before = lines[j]
    if (before !== undefined && NUMBER_LINE.test(before)) add(id, parseLocaleNumber(before))
  })
  for (const id of PILLAR_IDS) {
    const found = [...(values[id] ?? [])]
    if (found.length === 0) r.missing[id] = `no value for ${id} in the page text`
    else if (found.length > 1) r.conflicts.push(`the page text shows ${id} as ${found.join(' and ')}`)
    else {
      r.pillars[id] = found[0]
      r.found++
    }
  }
}

/**
 * Every "N of 100" caption. The user's donut and both peer donuts print one each, so `parsePage` picks the one
 * that is the rounded sum of the pillars, wherever it stands.
 */
function readCaptions(lines: string[], r: PageFindings): void {
  lines.forEach((line, i) => {
    const inline = OF_HUNDRED.exec(line)
    if (inline?.[1]) r.captions.push(Number(inline[1]))
    else if (/^\d+$/.test(line) && WORDS_HUNDRED.test(lines[i + 1] ?? '')) r.captions.push(Number(line))
  })
  r.found += r.captions.length
  if (r.captions.length === 0)
    r.missing.overall = 'no total found: no "N out of 100" caption in the page text'
}

interface RankMark {
  /** A rank label ("Industry SSI rank") with its group, or a "12 %" with its number. */
  group?: PeerGroup
  percent?: number
  /** Reading order: line × 1000 + offset within the line. */
  at: number
}

const LINE = 1000
/** A label and its number are at most three lines apart. */
const RANK_WINDOW = 4 * LINE

/**
 * "Top 12 %" next to "Industry SSI rank", in whichever order the page prints them (both are attested). Each
 * order is tried; one is used only if it pairs both labels with adjacent numbers and the other order does not
 * pair them differently.
 */
function readRanks(lines: string[], r: PageFindings): void {
  const marks: RankMark[] = []
  lines.forEach((line, i) => {
    const lower = line.toLowerCase()
    const percent = PERCENT.exec(line)
    if (percent?.[1]) marks.push({ percent: Number(percent[1]), at: i * LINE + percent.index })
    else if (/^\d+$/.test(line) && (lines[i + 1] ?? '').startsWith('%'))
      marks.push({ percent: Number(line), at: i * LINE })
    const labelText = percent ? lower.replace(PERCENT, ' ') : lower
    const group = groupOfLabel(labelText)
    const ssiAt = lower.indexOf('ssi')
    if (
      group &&
      ssiAt >= 0 &&
      labelText.trim().length <= 60 &&
      !AVERAGE_SENTENCES.some((re) => re.test(line))
    )
      marks.push({ group, at: i * LINE + ssiAt })
  })
  marks.sort((a, b) => a.at - b.at)
  const pair = (step: 1 | -1): Map<string, number> | null => {
    const out = new Map<string, number>()
    for (let i = 0; i < marks.length; i++) {
      const label = marks[i]
      if (!label?.group) continue
      const next = marks[i + step]
      if (next?.percent === undefined || Math.abs(next.at - label.at) >= RANK_WINDOW) return null
      if (out.has(label.group)) return null
      out.set(label.group, next.percent)
    }
    // Both blocks or neither: a lone label next to a lone number may be pairing with its neighbour's number.
    return out.size === 2 ? out : null
  }
  const after = pair(1)
  const before = pair(-1)
  const agree = (a: Map<string, number>, b: Map<string, number>) =>
    a.size === b.size && [...a].every(([g, v]) => b.get(g) === v)
  const chosen = after && before ? (agree(after, before) ? after : null) : (after ?? before)
  r.industryRank = chosen?.get('industry') ?? null
  r.networkRank = chosen?.get('network') ?? null
  r.found += chosen?.size ?? 0
}

function readAverages(lines: string[], r: PageFindings): void {
  const found: Record<PeerGroup, Set<number>> = { industry: new Set(), network: new Set() }
  lines.forEach((line, i) => {
    for (const re of AVERAGE_SENTENCES) {
      const m = re.exec(line)
      const value = m?.[1] ? parseLocaleNumber(m[1]) : null
      if (value === null) continue
      // The sentence may be split over two text nodes ("… industry have an " + "average SSI of 32.").
      const group =
        groupOfLabel(line.replace(re, '')) ?? groupOfLabel(`${lines[i - 1] ?? ''} ${line}`.replace(re, ''))
      if (group) found[group].add(value)
    }
  })
  const only = (s: Set<number>): number | null => (s.size === 1 ? ([...s][0] ?? null) : null)
  r.industryAverage = only(found.industry)
  r.networkAverage = only(found.network)
}

/** Everything the page's text lines (collect-facts.ts) say, field by field. */
export function readText(textLines: readonly string[]): PageFindings {
  const r = emptyFindings()
  // Digits as Western digits: a text node's digits never turn into white space, so this commutes with the
  // collector's collapsing of white space.
  const lines = textLines.map(normalizeDigits)
  readPillarRows(lines, r)
  readCaptions(lines, r)
  readRanks(lines, r)
  readAverages(lines, r)
  r.industryName = industryNameFrom(lines.join(' '))
  return r
}
