/**
 * The reader split: what the content script collects from a page (collectFacts) is all the background needs to
 * read it (parseFacts), through a message and back, and a page beyond the limits is refused, never read in part.
 */
import { describe, expect, it } from 'vitest'
import { collectFacts } from '../../../src/core/page/collect-facts.ts'
import { FACT_LIMITS } from '../../../src/core/page/facts.ts'
import { parseFacts } from '../../../src/core/page/parse-facts.ts'
import { expectAnswer, failureOf } from '../../support/expect-answer.ts'
import { factsOf, fixtureNames, loadHtml, readFixture, SSI_URL } from '../../support/fixtures.ts'
import { MODERN } from './modern-page.ts'

describe('collectFacts', () => {
  it.each(fixtureNames())(
    'gives the background all it needs to read %s, after a structured clone',
    (name) => {
      const facts = structuredClone(factsOf(name))
      expect(facts.cut).toBe(false)
      expectAnswer(parseFacts(facts), readFixture(name).expected)
    },
  )

  it('takes strings only, parses no number: the modern page as the page has it', () => {
    const facts = factsOf('ssi-modern-en')
    expect(facts.total).toBe('47')
    expect(facts.bars.people).toEqual({ value: '9.27', shown: '9.27', drawn: true })
    expect(facts.ranks).toHaveLength(2)
    expect(facts.groups).toHaveLength(2)
    expect(facts.codes).toEqual([])
  })

  it('changes nothing in the page', () => {
    const doc = loadHtml(MODERN.html)
    const before = doc.documentElement.outerHTML
    collectFacts(doc, SSI_URL)
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it.each([
    ['more text lines than it takes', '<p>x</p>'.repeat(FACT_LIMITS.lines + 1)],
    ['a text line longer than it takes', `<p>${'x'.repeat(FACT_LIMITS.line + 1)}</p>`],
    ['more rank blocks than it takes', '<div class="ssi-rank">Top 1%</div>'.repeat(FACT_LIMITS.items + 1)],
  ])('marks a page with %s as cut, and the reading is refused, not read in part', (_what, extra) => {
    // Inside the main content, where the text lines are read.
    const doc = loadHtml(MODERN.html.replace(/<[^>]*id="content-main"[^>]*>/, (open) => open + extra))
    const facts = collectFacts(doc, SSI_URL)
    expect(facts.cut).toBe(true)
    expect(facts.lines.length).toBeLessThanOrEqual(FACT_LIMITS.lines)
    expect(facts.ranks.length).toBeLessThanOrEqual(FACT_LIMITS.items)
    expect(failureOf(parseFacts(facts))).toMatchObject({ code: 'unrecognized' })
  })
})
