/**
 * The most trusted source: the `salesApiSsi` response LinkedIn embedded in the 2021 page as a `<code>` block
 * (HTML-escaped, sometimes inside `<!-- -->`). Pillars are mapped by their `pillar` id, never by position, and
 * peer groups by `groupType`. The same mapper reads an intercepted `/sales-api/salesApiSsi` response.
 */
import { fail, ok, type Result } from '../result.ts'
import type { PageSnapshot, PillarId, Pillars } from '../snapshot.ts'
import { PILLAR_IDS } from '../snapshot.ts'
import { problemDetail } from '../validate.ts'
import type { PageFacts } from './facts.ts'

/** LinkedIn's pillar ids → ours. */
const API_PILLARS: Readonly<Record<string, PillarId>> = {
  PROFESSIONAL_BRAND: 'brand',
  FIND_RIGHT_PEOPLE: 'people',
  INSIGHT_ENGAGEMENT: 'insights',
  STRONG_RELATIONSHIP: 'relationships',
}

export type JsonReading =
  /** No usable SSI block; `problem` says why a block that looked like one could not be read. */
  | { kind: 'none'; problem?: string }
  | { kind: 'found'; snapshot: PageSnapshot }
  | { kind: 'refused'; reason: string }

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Why a `salesApiSsi` object cannot be mapped: a code with its data (the failure's detail names it). */
export type JsonProblem =
  | { code: 'no-member-score' }
  | { code: 'overall-not-a-number' }
  | { code: 'no-sub-scores' }
  | { code: 'score-not-a-number'; pillar: PillarId }
  | { code: 'pillar-twice'; pillar: PillarId }
  | { code: 'missing-pillars'; missing: PillarId[] }

/** Pillars from a `subScores` list: complete, or what is wrong with it; `null` for an empty list. */
function mapSubScores(list: unknown): Pillars | JsonProblem | null {
  if (!Array.isArray(list) || list.length === 0) return null
  const out: Partial<Pillars> = {}
  for (const entry of list) {
    if (!isObj(entry) || typeof entry.pillar !== 'string') continue
    const id = API_PILLARS[entry.pillar]
    if (!id) continue // a pillar LinkedIn may add later is not one of ours
    const score = num(entry.score)
    if (score === null) return { code: 'score-not-a-number', pillar: id }
    if (out[id] !== undefined && out[id] !== score) return { code: 'pillar-twice', pillar: id }
    out[id] = score
  }
  const missing = PILLAR_IDS.filter((id) => out[id] === undefined)
  if (missing.length > 0) return { code: 'missing-pillars', missing }
  return out as Pillars
}

function findGroup(groups: unknown, type: string): Obj | null {
  if (!Array.isArray(groups)) return null
  for (const g of groups) if (isObj(g) && g.groupType === type) return g
  return null
}

const roundOrNull = (v: number | null): number | null => (v === null ? null : Math.round(v))

/**
 * Maps a `salesApiSsi` object to a snapshot, or says why it cannot. The result is not yet validated:
 * `checkSnapshot` is the gate.
 */
export function mapSalesApiSsi(data: unknown): Result<PageSnapshot, JsonProblem> {
  if (!isObj(data) || !isObj(data.memberScore)) return fail({ code: 'no-member-score' })
  const member = data.memberScore
  const overallExact = num(member.overall)
  if (overallExact === null) return fail({ code: 'overall-not-a-number' })
  const pillars = mapSubScores(member.subScores)
  if (pillars === null) return fail({ code: 'no-sub-scores' })
  if ('code' in pillars) return fail(pillars)

  const industry = findGroup(data.groupScore, 'INDUSTRY')
  const network = findGroup(data.groupScore, 'NETWORK')
  const peerPillars = (g: Obj | null): Pillars | null => {
    // A live 2026 capture has `subScores: []` for both groups; anything incomplete is unknown, not zero.
    const mapped = g && isObj(g.score) ? mapSubScores(g.score.subScores) : null
    return mapped === null || 'code' in mapped ? null : mapped
  }
  const average = (g: Obj | null): number | null => (g && isObj(g.score) ? num(g.score.overall) : null)
  const name = industry && typeof industry.industry === 'string' ? industry.industry.trim() : ''
  const industryAverageExact = average(industry)
  const networkAverageExact = average(network)

  return ok({
    overall: Math.round(overallExact),
    pillars,
    industryRank: industry ? num(industry.rank) : null,
    networkRank: network ? num(network.rank) : null,
    industryAverage: roundOrNull(industryAverageExact),
    networkAverage: roundOrNull(networkAverageExact),
    overallExact,
    industryAverageExact,
    networkAverageExact,
    industryName: name || null,
    industryPillars: peerPillars(industry),
    networkPillars: peerPillars(network),
    source: 'embedded-json',
  })
}

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" }

/** Undoes the HTML escaping LinkedIn applies to prefetched JSON (`&quot;`, `&#34;`, `&#x22;`, …). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** The JSON value in a `<code>` block's text, whether plain, HTML-escaped, or wrapped in `<!-- -->`. */
export function parseEmbeddedJson(raw: string): unknown {
  let text = raw.trim()
  text = text
    .replace(/^(?:<|&lt;)!--/, '')
    .replace(/--(?:>|&gt;)$/, '')
    .trim()
  if (!text.startsWith('{') && !text.startsWith('&')) return undefined
  try {
    return JSON.parse(text)
  } catch {
    try {
      return JSON.parse(unescapeHtml(text))
    } catch {
      return undefined
    }
  }
}

/**
 * Which API a prefetched body answers, from its datalet's text (`{"request":"/sales-api/salesApiSsi",…}`);
 * `null` when the body has no datalet.
 */
function dataletRequest(datalet: string | null): string | null {
  if (datalet === null) return null
  const meta = parseEmbeddedJson(datalet)
  return isObj(meta) && typeof meta.request === 'string' ? meta.request : ''
}

const signature = (s: PageSnapshot): string => JSON.stringify(s)

/**
 * Reads the embedded `salesApiSsi` JSON, ignoring `<code>` blocks of other APIs. A block that looks like SSI data
 * but cannot be mapped yields no number (the page's other sources still may); two SSI blocks that disagree are
 * refused rather than guessed between.
 */
export function readEmbeddedJson(codes: PageFacts['codes']): JsonReading {
  let preferred: PageSnapshot | null = null
  const others: PageSnapshot[] = []
  let problem: string | null = null
  for (const code of codes) {
    // The collector keeps only the blocks that mention `memberScore`; the others are other APIs.
    const data = parseEmbeddedJson(code.text)
    if (!isObj(data) || !isObj(data.memberScore) || !Array.isArray(data.memberScore.subScores)) continue
    const request = dataletRequest(code.datalet)
    if (request !== null && !request.includes('salesApiSsi')) continue // a body of another API
    const mapped = mapSalesApiSsi(data)
    if (!mapped.ok) {
      problem ??= `the embedded salesApiSsi JSON cannot be read: ${problemDetail(mapped.error)}`
      continue
    }
    if (request !== null && !preferred) preferred = mapped.value
    else others.push(mapped.value)
  }
  const chosen = preferred ?? others[0]
  if (!chosen) return problem ? { kind: 'none', problem } : { kind: 'none' }
  const disagreeing = others.find((s) => signature(s) !== signature(chosen))
  if (disagreeing)
    return {
      kind: 'refused',
      reason: `the page embeds two SSI readings that disagree (totals ${chosen.overall} and ${disagreeing.overall})`,
    }
  return { kind: 'found', snapshot: chosen }
}
