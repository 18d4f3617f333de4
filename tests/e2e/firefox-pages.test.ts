/**
 * The popup, the options, History and Team pages in Firefox ESR. Their address is known because the profile fixes
 * the add-on's UUID (`extensions.webextensions.uuids`), and BiDi may open moz-extension:// pages because Firefox
 * runs with `--remote-allow-system-access` (tests/e2e/firefox.ts). Every page talks to the event-page background
 * as in use.
 */
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixture, SSI_URL } from '../../scripts/lib/harness.ts'
import { BADGE_HOST_CANDIDATES, BADGE_SERIALIZATION, badgeStateIn } from '../support/inline-badge-bidi.ts'
import { pollUntil } from '../support/poll.ts'
import { personCsv } from '../support/team-files.ts'
import { FIREFOX, FirefoxHarness } from './firefox.ts'
import { withoutCdn } from './pages.ts'

describe.runIf(existsSync(FIREFOX) || process.env.CI)('the extension pages in Firefox ESR', () => {
  let ff: FirefoxHarness
  beforeAll(async () => {
    ff = await new FirefoxHarness().launch()
  })
  afterAll(async () => {
    await ff?.close()
  })

  const text = (selector: string) =>
    ff.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent?.trim() ?? ''`)
  const ready = () =>
    pollUntil(
      () => ff.evaluate(`!!document.querySelector('[data-ready]')`),
      (v) => v === true,
    )
  const badgeState = async () =>
    badgeStateIn(await ff.evaluateSerialized(BADGE_HOST_CANDIDATES, BADGE_SERIALIZATION))

  it('opens the popup at its moz-extension:// address, with the empty state before any visit', async () => {
    await ff.navigate(ff.extensionUrl('src/popup/index.html'))
    expect(await ready()).toBe(true)
    expect(await ff.evaluate('location.href')).toBe(ff.extensionUrl('src/popup/index.html'))
    expect(await text('[data-testid="current-score"]')).toBe('')
    expect(await ff.evaluate(`!!document.querySelector('a[href*="linkedin.com/sales/ssi"]')`)).toBe(true)
  })

  it('shows the day just recorded from the SSI page: score, chart and next pillar', async () => {
    ff.server.serve(SSI_URL, withoutCdn(fixture('ssi-modern-en')))
    await ff.navigate(SSI_URL)
    expect(await pollUntil(badgeState, (s) => s !== '')).toBe('recorded')
    await ff.navigate(ff.extensionUrl('src/popup/index.html'))
    expect(
      await pollUntil(
        () => text('[data-testid="current-score"]'),
        (s) => s !== '',
      ),
    ).toContain('47')
    expect(await ff.evaluate(`!!document.querySelector('[data-testid="trend-chart"]')`)).toBe(true)
    expect(await text('[data-testid="next-pillar"]')).toContain('Engage with insights')
  })

  it('opens the popup on the view it kept from the last open, as in Chromium', async () => {
    // The open above kept its first paint once drawn (storage.session); a later open draws it before the popup runs.
    const keptOpen = async () => {
      await ff.navigate(ff.extensionUrl('src/popup/index.html'))
      await ready()
      return ff.evaluate(`performance.getEntriesByName('ssi-lens:kept-view').length`)
    }
    expect(await pollUntil(keptOpen, (n) => n === 1)).toBe(1)
    expect(await text('[data-testid="current-score"]')).toContain('47')
    expect(await ff.evaluate(`document.getElementById('kept-view').innerHTML`)).toBe('')
  })

  it('lists the day recorded on the History page, with its total and how it was recorded', async () => {
    await ff.navigate(ff.extensionUrl('src/history/index.html'))
    expect(await ready()).toBe(true)
    const rows = `document.querySelectorAll('[data-testid="history-table"] tbody tr')`
    expect(
      await pollUntil(
        () => ff.evaluate(`${rows}.length`),
        (n) => n === 1,
      ),
    ).toBe(1)
    expect(await ff.evaluate(`${rows}[0].textContent`)).toMatch(/47.*captured on the page/)
  })

  it('shows You and a person added on the Team page, its buttons drawn as pills', async () => {
    await ff.navigate(ff.extensionUrl('src/team/index.html'))
    expect(await ready()).toBe(true)
    // The file input is the page's; the protocol message is what it sends once it has read the file.
    const text = personCsv({ last: '2026-11-20', count: 30, weak: 'people', seed: 7 })
    const message = {
      type: 'addPerson',
      payload: { name: 'Anna', fileName: 'Anna.csv', text, replaceId: null },
    }
    const reply = await ff.evaluate(
      `browser.runtime.sendMessage(${JSON.stringify(message)}).then((r) => r.ok && r.value.ok)`,
    )
    expect(reply).toBe(true)
    await ff.navigate(ff.extensionUrl('src/team/index.html'))
    expect(await ready()).toBe(true)
    const table = `document.querySelector('[data-testid="team-table"]')`
    const names = `[...${table}.querySelectorAll(':scope > tbody > tr > th')].map((th) => th.textContent).join('|')`
    expect(
      await pollUntil(
        () => ff.evaluate(names),
        (s) => s === 'Anna|You',
      ),
    ).toBe('Anna|You')
    expect(
      await ff.evaluate(
        `getComputedStyle([...${table}.querySelectorAll('td.actions button')].at(-1)).borderTopLeftRadius`,
      ),
    ).toBe('999px')
  })

  it('switches the inline badge off in the options and keeps it off after a reload', async () => {
    await ff.navigate(ff.extensionUrl('src/options/index.html'))
    expect(await ready()).toBe(true)
    expect(await ff.evaluate(`document.querySelector('#inline-badge').checked`)).toBe(true)
    await ff.evaluate(`document.querySelector('#inline-badge').click()`)
    expect(
      await pollUntil(
        () => text('[data-testid="save-status"]'),
        (s) => s !== '',
      ),
    ).toBe('Saved.')
    await ff.navigate(ff.extensionUrl('src/options/index.html'))
    expect(await ready()).toBe(true)
    expect(await ff.evaluate(`document.querySelector('#inline-badge').checked`)).toBe(false)
    // That the SSI page then shows no badge is tested in Chromium (badge.test.ts), where the capture can be awaited.
  })
})
