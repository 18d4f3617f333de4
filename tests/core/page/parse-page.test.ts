/** Targeted changes to saved pages: each is read right, or refused with a reason that names what failed. */
import { describe, expect, it } from 'vitest'
import { parsePage } from '../../../src/core/page/parse-page.ts'
import type { ParseResult } from '../../../src/core/snapshot.ts'
import { failureOf, snapshotOf } from '../../support/expect-answer.ts'
import { loadHtml, readFixture, SSI_URL } from '../../support/fixtures.ts'
import { MODERN, MODERN_TRUTH, modernDoc } from './modern-page.ts'

type Change = (doc: Document) => void
const remove =
  (selector: string): Change =>
  (doc) => {
    for (const el of Array.from(doc.querySelectorAll(selector))) el.remove()
  }
const setAttr =
  (selector: string, name: string, value: string): Change =>
  (doc) =>
    doc.querySelector(selector)?.setAttribute(name, value)
const setText =
  (selector: string, text: string, index = 0): Change =>
  (doc) => {
    const el = doc.querySelectorAll(selector)[index]
    if (el) el.textContent = text
  }
const both =
  (...changes: Change[]): Change =>
  (doc) => {
    for (const change of changes) change(doc)
  }

function parseChanged(change: Change): ParseResult {
  const doc = modernDoc()
  change(doc)
  return parsePage(doc, SSI_URL)
}

const CAPTION = '.user-ssi-score__donut-chart-caption .ssi-score__value'
const PEOPLE_BAR = '#find-people__sub-score-bar'

describe('parsePage refuses what it cannot read', () => {
  it.each<[string, Change, string, RegExp]>([
    [
      'the user donut caption is gone',
      remove('.user-ssi-score__donut-chart-caption'),
      'unrecognized',
      /no total found: the caption \.user-ssi-score__donut-chart-caption is missing/,
    ],
    ['the caption shows a dash', setText(CAPTION, '—'), 'unrecognized', /shows no number/],
    [
      'a pillar row and its chart table are gone',
      both(remove('li:has(#find-people__sub-score-bar)'), remove('.highcharts-data-table')),
      'unrecognized',
      /no value for people: #find-people__sub-score-bar is missing/,
    ],
    [
      'a bar value disagrees with the number it shows',
      setAttr(PEOPLE_BAR, 'value', '19.27'),
      'inconsistent',
      /says 19\.27 but shows 9\.27/,
    ],
    [
      'the chart table disagrees with the bars',
      setText('#highcharts-data-table-0 td', '17.5'),
      'inconsistent',
      /chart table says 17\.5/,
    ],
    [
      'the pillars do not add up to the total',
      both(
        setAttr(PEOPLE_BAR, 'value', '19.27'),
        setText(`${PEOPLE_BAR} .ssi-score__value`, '19.27'),
        remove('.highcharts-data-table'),
      ),
      'inconsistent',
      /sum-mismatch: sum 56\.734, overall 47, tolerance 1/,
    ],
    [
      'the total is above 100',
      both(setText(CAPTION, '147')),
      'inconsistent',
      /out-of-range: field overall, value 147/,
    ],
    [
      'a pillar is above 25',
      both(
        setAttr(PEOPLE_BAR, 'value', '26'),
        setText(`${PEOPLE_BAR} .ssi-score__value`, '26'),
        remove('table'),
      ),
      'inconsistent',
      /out-of-range: field people, value 26, min 0, max 25/,
    ],
    [
      'a rank is 0',
      setText('.ssi-rank .t-40', '0'),
      'inconsistent',
      /out-of-range: field industryRank, value 0, min 1, max 100/,
    ],
    [
      'a rank is above 100',
      setText('.ssi-rank .t-40', '140', 1),
      'inconsistent',
      /out-of-range: field networkRank, value 140/,
    ],
    [
      'an average is above 100',
      setText('.group-ssi-score__donut-chart-caption .ssi-score__value', '132'),
      'inconsistent',
      /out-of-range: field industryAverage, value 132/,
    ],
  ])('when %s', (_what, change, error, reason) => {
    const result = parseChanged(change)
    expect(result).toMatchObject({ ok: false, error: { code: error } })
    expect(failureOf(result).reason).toMatch(reason)
  })

  it('says loading, not zero, when every number is a 0 placeholder', () => {
    const result = parseChanged((doc) => {
      for (const bar of Array.from(doc.querySelectorAll('progress'))) {
        bar.setAttribute('value', '0')
        bar.textContent = ''
      }
      for (const el of Array.from(doc.querySelectorAll('.ssi-score__value, strong, .t-40, td')))
        el.textContent = ''
      const caption = doc.querySelector(CAPTION)
      if (caption) caption.textContent = '0'
      for (const t of Array.from(doc.querySelectorAll('table'))) t.remove()
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'loading' } })
  })

  it('keeps every reason within the 500 characters the protocol allows', () => {
    const result = parseChanged(
      remove('progress, .user-ssi-score__sub-scores, .highcharts-data-table, figcaption'),
    )
    expect(failureOf(result).reason.length).toBeLessThanOrEqual(500)
  })

  it('says loading for an SSI URL without any SSI number: the wait decides when to give up', () => {
    const result = parsePage(loadHtml('<body><main><p>You have 12 new messages</p></main></body>'), SSI_URL)
    expect(result).toMatchObject({ ok: false, error: { code: 'loading' } })
  })
})

describe('parsePage reads what is there, and only that', () => {
  it('never reads a peer donut as the total: without the user donut, the total comes only from a caption that is the pillar sum', () => {
    // The user's caption is gone; the industry donut shows 32. The text reader may use the pillar rows, but
    // "32 out of 100" is not their rounded sum (46.73), so there is no total rather than a wrong one.
    const result = parseChanged(remove('.user-ssi-score__donut-chart-caption'))
    expect(result.ok).toBe(false)
    expect(JSON.stringify(result)).not.toMatch(/"overall":32/)
  })

  it('reads a pillar from the chart table when its bar is gone', () => {
    const result = parseChanged(remove(`${PEOPLE_BAR}`))
    expect(snapshotOf(result)).toMatchObject({ pillars: { people: 9.27 }, overall: 47, source: 'dom' })
  })

  it('reads a pillar from its row text when its bar and the tables are gone, marking the reading as text', () => {
    const result = parseChanged(both(remove(PEOPLE_BAR), remove('table')))
    expect(snapshotOf(result)).toMatchObject({
      pillars: { people: 9.27, brand: 16.4382 },
      overall: 47,
      source: 'text',
    })
  })

  it('reads the bars when their shown numbers are gone', () => {
    const result = parseChanged(remove('progress .ssi-score__value'))
    expect(snapshotOf(result)).toEqual(MODERN_TRUTH)
  })

  it('keeps a rank unknown when both blocks claim the same group', () => {
    const result = parseChanged(setText('.ssi-rank__category-name', 'Industry SSI rank', 1))
    expect(snapshotOf(result)).toMatchObject({ industryRank: null, networkRank: null, overall: 47 })
  })

  it('takes the other group for a block whose label is unreadable', () => {
    const result = parseChanged(setText('.ssi-rank__category-name', 'Rang ?', 0))
    expect(snapshotOf(result)).toMatchObject({ industryRank: 12, networkRank: 18 })
  })

  it('reads ranks by label when the blocks are in the other order', () => {
    const result = parseChanged((doc) => {
      const blocks = doc.querySelectorAll('.ssi-rank')
      const [industry, network] = [blocks[0], blocks[1]]
      if (industry && network) industry.before(network)
    })
    expect(snapshotOf(result)).toMatchObject({ industryRank: 12, networkRank: 18 })
  })

  it('refuses a stale embedded JSON beside a page that shows other numbers, naming both readings', () => {
    const json = readFixture('ssi-2021-embedded-json').html.match(
      /<code[^>]*id="bpr-guid-4190014"[\s\S]*?<\/code>/,
    )?.[0]
    const doc = loadHtml(MODERN.html.replace('</body>', `${json}</body>`))
    const result = parsePage(doc, SSI_URL)
    expect(failureOf(result)).toMatchObject({
      code: 'conflict',
      reason: expect.stringMatching(/total: 38\.716 \(embedded JSON\) vs 47 \(page\)/),
    })
    expect(failureOf(result).disagreements?.[0]).toEqual({
      field: 'overall',
      readings: [
        { from: 'embedded-json', value: 38.716423 },
        { from: 'page', value: 47 },
      ],
    })
  })

  it('reads a total from the text only when it is the rounded pillar sum', () => {
    // A redesign drops the caption class; the caption text remains.
    const result = parseChanged((doc) => {
      const caption = doc.querySelector('.user-ssi-score__donut-chart-caption')
      caption?.removeAttribute('class')
      caption?.querySelector('.ssi-score__value')?.removeAttribute('class')
      doc.querySelector('.user-ssi-score')?.setAttribute('class', 'renamed')
    })
    expect(snapshotOf(result)).toMatchObject({ overall: 47, source: 'text', pillars: MODERN_TRUTH.pillars })
  })

  it('refuses a page whose only SSI data is an embedded block it cannot map, saying why', () => {
    const broken =
      '<code id="x">{&quot;memberScore&quot;:{&quot;overall&quot;:20,&quot;subScores&quot;:[]}}</code>'
    const result = parsePage(loadHtml(`<body><main></main>${broken}</body>`), SSI_URL)
    expect(result).toEqual({
      ok: false,
      error: { code: 'unrecognized', reason: 'the embedded salesApiSsi JSON cannot be read: no-sub-scores' },
    })
  })

  it('says not logged in for the sign-in page even when the page also shows numbers', () => {
    const doc = modernDoc()
    doc.body.insertAdjacentHTML('beforeend', '<iframe class="authentication-iframe"></iframe>')
    expect(parsePage(doc, SSI_URL)).toMatchObject({ ok: false, error: { code: 'not-logged-in' } })
  })

  it('says not the SSI page for the same page under another URL', () => {
    expect(parsePage(modernDoc(), 'https://www.linkedin.com/sales/home')).toMatchObject({
      ok: false,
      error: { code: 'not-ssi-page' },
    })
  })
})
