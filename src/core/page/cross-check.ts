/**
 * Cross-checks: the same number read twice must be the same number. A single-page app can leave the embedded JSON
 * of an earlier load beside a freshly rendered page; a teammate's card or a promo can carry a second, self-consistent
 * score block; a layout can draw a bar twice. When two readings of one page disagree, SSI Lens cannot know which is
 * the user's today, so the page is refused (`conflict`) with both readings named. Readings that agree (a page
 * rendered twice) are no conflict.
 */
import type { Disagreement, PageSnapshot, PillarId } from '../snapshot.ts'
import { PILLAR_IDS } from '../snapshot.ts'
import type { BarFacts, PageFacts } from './facts.ts'
import { type PageFindings, squash } from './findings.ts'
import { leadingNumber, parseAttributeNumber, parseLocaleNumber } from './numbers.ts'

/** A pillar printed to three decimals or truncated: readings closer than this are the same number. */
const PILLAR_SLACK = 0.001 + 1e-9

/** What a pillar bar carries: its `value` attribute, and the number it shows (with its text, to compare them). */
export function barReading(bar: BarFacts): { attr: number | null; shown: number | null; shownText: string } {
  const shownText = squash(bar.shown)
  return {
    attr: parseAttributeNumber(bar.value),
    shown: bar.drawn ? parseLocaleNumber(shownText) : leadingNumber(shownText),
    shownText,
  }
}

/** The value a pillar bar carries: its `value` attribute, else the number it shows. */
export function barValue(bar: BarFacts): number | null {
  const { attr, shown } = barReading(bar)
  return attr ?? shown
}

/** The values of `field` that differ: `null` when all readings give the same number. */
function differing(
  field: string,
  readings: { from: string; value: number | null }[],
  same: (a: number, b: number) => boolean,
): Disagreement | null {
  const known = readings.filter((r): r is { from: string; value: number } => r.value !== null)
  const [head] = known
  if (!head || known.every((r) => same(r.value, head.value))) return null
  return { field, readings: known }
}

const samePillar = (a: number, b: number): boolean => Math.abs(a - b) <= PILLAR_SLACK
const sameNumber = (a: number, b: number): boolean => a === b

interface BlockNumbers {
  overall: number | null
  pillars: Partial<Record<PillarId, number>>
}

function blockNumbers(block: PageFacts['scoreBlocks'][number]): BlockNumbers {
  const pillars: Partial<Record<PillarId, number>> = {}
  for (const id of PILLAR_IDS) {
    const bar = block.bars[id]
    const value = bar ? barValue(bar) : null
    if (value !== null) pillars[id] = value
  }
  return { overall: block.total === null ? null : leadingNumber(block.total), pillars }
}

/**
 * Numbers the rendered page shows more than once and differently: two user score blocks, a pillar bar drawn
 * twice (ids that should be unique), two captions of the user's total.
 */
export function pageClashes(facts: PageFacts): Disagreement[] {
  const out: Disagreement[] = []
  const add = (d: Disagreement | null) => {
    if (d && !out.some((o) => o.field === d.field)) out.push(d)
  }
  const blocks = facts.scoreBlocks
    .map(blockNumbers)
    .filter((b) => b.overall !== null || Object.keys(b.pillars).length > 0)
  if (blocks.length > 1) {
    const from = (i: number) => `score block ${i + 1}`
    add(
      differing(
        'overall',
        blocks.map((b, i) => ({ from: from(i), value: b.overall })),
        sameNumber,
      ),
    )
    for (const id of PILLAR_IDS)
      add(
        differing(
          id,
          blocks.map((b, i) => ({ from: from(i), value: b.pillars[id] ?? null })),
          samePillar,
        ),
      )
  }
  for (const id of PILLAR_IDS) {
    const bars = facts.allBars[id]
    if (bars.length > 1)
      add(
        differing(
          id,
          bars.map((bar, i) => ({ from: `bar ${i + 1}`, value: barValue(bar) })),
          samePillar,
        ),
      )
  }
  const captions = facts.captions
  if (captions.length > 1)
    add(
      differing(
        'overall',
        captions.map((c, i) => ({ from: `caption ${i + 1}`, value: leadingNumber(c) })),
        sameNumber,
      ),
    )
  return out
}

/**
 * A shown whole number agrees with an unrounded one when it is its rounding or its ceiling (LinkedIn's donut
 * captions: every known case fits both).
 */
const wholeAgrees = (shown: number, exact: number): boolean =>
  shown === Math.round(exact) || shown === Math.ceil(exact - 1e-9)

/**
 * Every number the embedded JSON and the rendered page both carry and give differently. Pillars agree within
 * the page's three decimals; totals and averages when the page's whole number is the JSON's rounded (or ceiled)
 * value; ranks exactly.
 */
export function jsonPageDisagreements(json: PageSnapshot, page: PageFindings): Disagreement[] {
  const out: Disagreement[] = []
  const pair = (field: string, jsonValue: number | null, pageValue: number | null, agree: boolean) => {
    if (jsonValue === null || pageValue === null || agree) return
    out.push({
      field,
      readings: [
        { from: 'embedded-json', value: jsonValue },
        { from: 'page', value: pageValue },
      ],
    })
  }
  const whole = (field: string, exact: number | null, shown: number | null) =>
    pair(field, exact, shown, exact === null || shown === null || wholeAgrees(shown, exact))
  whole('overall', json.overallExact ?? json.overall, page.overall)
  for (const id of PILLAR_IDS) {
    const shown = page.pillars[id] ?? null
    pair(id, json.pillars[id], shown, shown === null || samePillar(json.pillars[id], shown))
  }
  pair('industryRank', json.industryRank, page.industryRank, json.industryRank === page.industryRank)
  pair('networkRank', json.networkRank, page.networkRank, json.networkRank === page.networkRank)
  whole('industryAverage', json.industryAverageExact ?? json.industryAverage, page.industryAverage)
  whole('networkAverage', json.networkAverageExact ?? json.networkAverage, page.networkAverage)
  for (const group of ['industryPillars', 'networkPillars'] as const) {
    const a = json[group]
    const b = page[group]
    if (!a || !b) continue
    for (const id of PILLAR_IDS) pair(`${group}.${id}`, a[id], b[id], samePillar(a[id], b[id]))
  }
  return out
}

const FIELD_NAMES: Record<string, string> = {
  overall: 'total',
  industryRank: 'industry rank',
  networkRank: 'network rank',
  industryAverage: 'industry average',
  networkAverage: 'network average',
}

const SOURCE_NAMES: Record<string, string> = { 'embedded-json': 'embedded JSON', page: 'page' }

/** "total: 38.716 (embedded JSON) vs 47 (page); Engage with insights: 9.1 (score block 1) vs 7.815 (score block 2)". */
export function describeDisagreements(list: readonly Disagreement[]): string {
  return list
    .map((d) => {
      const readings = d.readings.map(
        (r) => `${Number(r.value.toFixed(3))} (${SOURCE_NAMES[r.from] ?? r.from})`,
      )
      return `${FIELD_NAMES[d.field] ?? d.field}: ${readings.join(' vs ')}`
    })
    .join('; ')
}
