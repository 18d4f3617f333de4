/** The `parseFacts` payload check: whatever the collector takes from a page passes it, cut pages included. */
import { describe, expect, it } from 'vitest'
import { collectFacts } from '../../src/core/page/collect-facts.ts'
import { FACT_LIMITS } from '../../src/core/page/facts.ts'
import { pageFacts } from '../../src/shared/facts-check.ts'
import { factsOf, fixtureNames, loadHtml, SSI_URL } from '../support/fixtures.ts'

describe('pageFacts', () => {
  it.each(fixtureNames())('passes the facts of %s', (name) => {
    expect(pageFacts(factsOf(name))).toBe(true)
  })

  it('passes the facts of a page beyond every limit, which the collector cut to them', () => {
    const huge = [
      `<main>${'<p>x</p>'.repeat(FACT_LIMITS.lines + 10)}<p>${'y'.repeat(FACT_LIMITS.line + 10)}</p></main>`,
      '<div class="ssi-rank"><span class="ssi-rank__category-name">Industry SSI rank</span></div>'.repeat(60),
      `<code id="c">${'{"memberScore":1}'.padEnd(FACT_LIMITS.code + 10, ' ')}</code>`.repeat(
        FACT_LIMITS.codes + 2,
      ),
    ].join('')
    const facts = collectFacts(loadHtml(`<body>${huge}</body>`), SSI_URL)
    expect(facts.cut).toBe(true)
    expect(pageFacts(facts)).toBe(true)
  })
})
