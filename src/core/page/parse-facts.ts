/**
 * The SSI page reader's rules: the page's raw facts in (collect-facts.ts, run by the content script), a
 * `PageSnapshot` or a typed refusal out. The background calls it for the content script (`parseFacts`), and
 * `npm run parse` through parse-page.ts. Sources in order of trust: the embedded `salesApiSsi` JSON, the rendered
 * page's structure, then its text; every reading passes `checkSnapshot` before it is an answer.
 */
import { fail, ok } from '../result.ts'
import type { Disagreement, PageSnapshot, ParseResult, PillarId, Pillars, ReadFailure } from '../snapshot.ts'
import { PILLAR_IDS } from '../snapshot.ts'
import { pickSnapshot, pillarSum, problemDetail, snapshotProblem } from '../validate.ts'
import { describeDisagreements, jsonPageDisagreements, pageClashes } from './cross-check.ts'
import type { PageFacts } from './facts.ts'
import type { PageFindings } from './findings.ts'
import { pageState } from './page-state.ts'
import { readDom } from './read-dom.ts'
import { readEmbeddedJson } from './read-json.ts'
import { readText } from './read-text.ts'

/** The protocol caps a failure's reason at 500 characters. */
const MAX_REASON = 480

const failure = (code: ReadFailure['code'], reason: string): ReadFailure => ({
  code,
  reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason,
})

const refuse = (code: ReadFailure['code'], reason: string): ParseResult => fail(failure(code, reason))

/** Two readings of the page disagree: refused, with each number both ways. */
function conflict(what: string, disagreements: Disagreement[]): ParseResult {
  return fail({ ...failure('conflict', `${what}: ${describeDisagreements(disagreements)}`), disagreements })
}

/** The validation gate (`checkSnapshot`'s rule), worded as compact detail to keep the content script small. */
function gate(snapshot: PageSnapshot): ParseResult {
  const problem = snapshotProblem(snapshot)
  return problem === null
    ? ok(pickSnapshot(snapshot))
    : refuse('inconsistent', `the page's numbers do not add up: ${problemDetail(problem)}`)
}

const hasAllPillars = (p: Partial<Pillars>): p is Pillars => PILLAR_IDS.every((id) => p[id] !== undefined)

/** The text reader is only worth its cost when the structure left a field the page normally shows unread. */
const needsText = (dom: PageFindings): boolean =>
  dom.overall === null ||
  !hasAllPillars(dom.pillars) ||
  dom.industryRank === null ||
  dom.networkRank === null ||
  dom.industryAverage === null ||
  dom.networkAverage === null

/**
 * The totals LinkedIn could show for pillars summing to `sum`: rounded or ceiled (every known case fits both),
 * allowing for pillars read from text, which the page prints to three decimals (±0.0005 each).
 */
function plausibleTotals(sum: number): Set<number> {
  const totals = new Set<number>()
  for (const x of [sum - 0.002, sum, sum + 0.002]) totals.add(Math.round(x)).add(Math.ceil(x - 1e-9))
  return totals
}

/**
 * The user's total among the page text's "N out of 100" captions, or why none can be trusted. The peer donuts
 * print their averages in the same caption, so a caption is the user's only when it is the rounded sum of the
 * pillars (round or ceil: every known case fits both), exactly one caption value is, and that value appears more
 * often than the peer averages account for — with the user's own caption missing, a peer caption that happens to
 * fit must not pass as the total. With a peer average unknown and several captions, nothing is trusted.
 */
function totalFromCaptions(
  captions: readonly number[],
  sum: number,
  peerAverages: readonly (number | null)[],
): { total: number } | { problem: string } {
  const shown = `"N out of 100" in the page text (${captions.join(', ')})`
  const plausible = plausibleTotals(sum)
  const fits = [...new Set(captions.filter((c) => plausible.has(c)))]
  const [total] = fits
  if (total === undefined || fits.length > 1)
    return {
      problem: `${fits.length === 0 ? 'no' : 'more than one'} ${shown} is the rounded sum of the pillars (${sum.toFixed(3)})`,
    }
  if (captions.length > 1 && peerAverages.some((a) => a === null))
    return { problem: `${shown} cannot be told from the peer averages, which are not all known` }
  const asCaption = captions.filter((c) => c === total).length
  const asPeer = peerAverages.filter((a) => a === total).length
  if (asCaption <= asPeer)
    return { problem: `${shown}: ${total} is a peer average's caption, not necessarily yours` }
  return { total }
}

/**
 * Field by field, structure first; text fills only what structure did not find. A total from text must pass
 * `totalFromCaptions`.
 */
function merge(dom: PageFindings, text: PageFindings): { reading: PageFindings; fromText: boolean } {
  const pillars: Partial<Pillars> = { ...text.pillars, ...dom.pillars }
  const domPillars = hasAllPillars(dom.pillars)
  const conflicts = [...dom.conflicts, ...(dom.overall === null || !domPillars ? text.conflicts : [])]
  let overall = dom.overall
  const missing = { ...text.missing, ...dom.missing }
  const industryAverage = dom.industryAverage ?? text.industryAverage
  const networkAverage = dom.networkAverage ?? text.networkAverage
  if (overall === null && hasAllPillars(pillars) && text.captions.length > 0) {
    const found = totalFromCaptions(text.captions, pillarSum(pillars), [industryAverage, networkAverage])
    if ('total' in found) overall = found.total
    else missing.overall = `${missing.overall ?? 'no total found'}, and ${found.problem}`
  }
  // The two ranks come from one reader: mixing them could pair one block's label with the other's number.
  const domRanks = dom.industryRank !== null || dom.networkRank !== null
  const reading: PageFindings = {
    overall,
    pillars,
    industryRank: domRanks ? dom.industryRank : text.industryRank,
    networkRank: domRanks ? dom.networkRank : text.networkRank,
    industryAverage,
    networkAverage,
    industryName: dom.industryName ?? text.industryName,
    industryPillars: dom.industryPillars,
    networkPillars: dom.networkPillars,
    captions: text.captions,
    found: dom.found + text.found,
    conflicts,
    missing,
  }
  return { reading, fromText: dom.overall === null || !domPillars }
}

/** A page that shows 0 everywhere is its placeholder before the numbers arrive, not a score (inferred). */
const allZero = (r: PageFindings): boolean => r.overall === 0 && PILLAR_IDS.every((id) => r.pillars[id] === 0)

function missingReason(r: PageFindings): string {
  const fields: ('overall' | PillarId)[] = ['overall', ...PILLAR_IDS]
  const reasons = fields.filter((f) => (f === 'overall' ? r.overall === null : r.pillars[f] === undefined))
  return reasons.map((f) => r.missing[f] ?? `no value for ${f}`).join('; ')
}

/** The rendered page's numbers: its structure, with its text filling what the structure left unread. */
function readRendered(facts: PageFacts): { reading: PageFindings; fromText: boolean } {
  const dom = readDom(facts)
  return needsText(dom) ? merge(dom, readText(facts.lines)) : { reading: dom, fromText: false }
}

/**
 * The embedded JSON, checked against what the page renders. A page that renders no numbers (the 2021 layout)
 * leaves the JSON alone; a page that renders the placeholder zeros is still loading. Any number both carry and
 * give differently refuses the page (the JSON may be a stale leftover of a single-page app). Where they agree,
 * the JSON's exact values are kept and what only the page shows (peer pillars, the industry name) is added.
 */
function checkJson(json: PageSnapshot, facts: PageFacts): ParseResult {
  const { reading } = readRendered(facts)
  if (reading.found === 0) return gate(json)
  if (allZero(reading)) return refuse('loading', 'the page has not rendered its numbers yet')
  const clashes = pageClashes(facts)
  if (clashes.length > 0) return conflict('the page shows two different readings', clashes)
  const disagreements = jsonPageDisagreements(json, reading)
  if (disagreements.length > 0)
    return conflict('the embedded salesApiSsi JSON and the rendered page disagree', disagreements)
  if (reading.conflicts.length > 0)
    return refuse('inconsistent', `the page contradicts itself: ${reading.conflicts.join('; ')}`)
  return gate({
    ...json,
    industryName: json.industryName ?? reading.industryName,
    industryPillars: json.industryPillars ?? reading.industryPillars,
    networkPillars: json.networkPillars ?? reading.networkPillars,
  })
}

/**
 * Reads the SSI page from its facts. Returns the snapshot, or a refusal: `not-logged-in`, `not-ssi-page`, `loading` (the SSI
 * page without numbers yet), `unrecognized` (numbers, but not all the required ones), `conflict` (two readings of
 * the page disagree: embedded JSON vs rendered page, two score blocks, a bar or total shown twice differently) or
 * `inconsistent` (numbers that contradict each other or fail validation). Never returns a guessed number.
 */
export function parseFacts(facts: PageFacts): ParseResult {
  const state = pageState(facts)
  if (state.state !== 'ssi-page') return refuse(state.state, state.reason)
  // Never a reading of part of a page: what was left out could hold a second, disagreeing number.
  if (facts.cut) return refuse('unrecognized', 'the page holds more than SSI Lens reads (see FACT_LIMITS)')

  const json = readEmbeddedJson(facts.codes)
  if (json.kind === 'found') return checkJson(json.snapshot, facts)
  if (json.kind === 'refused') return refuse('conflict', json.reason)

  const { reading, fromText } = readRendered(facts)

  if (reading.found === 0 && json.problem) return refuse('unrecognized', json.problem)
  if (reading.found === 0 || allZero(reading))
    return refuse('loading', 'the Social Selling Index page has not shown its numbers yet')
  const clashes = pageClashes(facts)
  if (clashes.length > 0) return conflict('the page shows two different readings', clashes)
  if (reading.conflicts.length > 0)
    return refuse('inconsistent', `the page contradicts itself: ${reading.conflicts.join('; ')}`)
  if (reading.overall === null || !hasAllPillars(reading.pillars))
    return refuse('unrecognized', missingReason(reading))

  return gate({
    overall: reading.overall,
    pillars: reading.pillars,
    industryRank: reading.industryRank,
    networkRank: reading.networkRank,
    industryAverage: reading.industryAverage,
    networkAverage: reading.networkAverage,
    overallExact: null,
    industryAverageExact: null,
    networkAverageExact: null,
    industryName: reading.industryName,
    industryPillars: reading.industryPillars,
    networkPillars: reading.networkPillars,
    source: fromText ? 'text' : 'dom',
  })
}
