// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InlineBadgeLines } from '../../src/shared/inline-badge-lines.ts'
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/shared/settings.ts'
import { connectedHosts, recordClosedRoots } from '../support/closed-roots.ts'
import { fake } from '../support/fake-browser.ts'

// badge-connect imports webextension-polyfill, which reads the globals the fake installs: load it after them.
let connectInlineBadge: typeof import('../../src/content/badge-connect.ts').connectInlineBadge
beforeAll(async () => {
  ;({ connectInlineBadge } = await import('../../src/content/badge-connect.ts'))
})

/** The lines the background sends with a saved capture. */
const SAVED: InlineBadgeLines = {
  change: '▲ 3 in 7 days',
  trend: 'up',
  next: 'Next: Engage with insights',
  status: 'Recorded',
  failed: false,
  state: 'recorded',
}

let roots: ShadowRoot[] = []
const hosts = () => connectedHosts(roots)
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0))
}
const store = (inlineBadge: boolean) =>
  fake.setStored(SETTINGS_KEY, { ...DEFAULT_SETTINGS, inlineBadge, version: 1 })

beforeEach(() => {
  roots = recordClosedRoots()
  fake.reset()
  document.body.innerHTML =
    '<section class="user-ssi-score"><figure><figcaption class="user-ssi-score__donut-chart-caption"><span class="ssi-score__value">47</span> out of 100</figcaption></figure></section>'
})

afterEach(async () => {
  // Switch every connected badge off so nothing leaks into the next test.
  await store(false)
  await settle()
  vi.restoreAllMocks()
})

describe('connectInlineBadge', () => {
  it('shows the badge after a capture when the option is on (the default)', async () => {
    const onOutcome = connectInlineBadge(document)
    onOutcome(SAVED)
    await settle()
    expect(hosts()).toHaveLength(1)
  })

  it('draws nothing when the option is off, even for a capture that arrives before the setting is read', async () => {
    fake.state.storage.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, inlineBadge: false, version: 1 })
    const onOutcome = connectInlineBadge(document)
    onOutcome(SAVED)
    expect(hosts()).toHaveLength(0)
    await settle()
    expect(hosts()).toHaveLength(0)
  })

  it('disappears and reappears as the option changes, without a reload', async () => {
    const onOutcome = connectInlineBadge(document)
    onOutcome(SAVED)
    await settle()
    expect(hosts()).toHaveLength(1)
    await store(false)
    await settle()
    expect(hosts()).toHaveLength(0)
    await store(true)
    await settle()
    expect(hosts()).toHaveLength(1)
  })

  it('waits for a capture: switching the option on draws nothing by itself', async () => {
    fake.state.storage.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, inlineBadge: false, version: 1 })
    connectInlineBadge(document)
    await store(true)
    await settle()
    expect(hosts()).toHaveLength(0)
  })

  it('also shows why a visit could not be recorded', async () => {
    const onOutcome = connectInlineBadge(document)
    onOutcome({ ...SAVED, change: null, next: null, status: 'Sign in', failed: true, state: 'not-logged-in' })
    await settle()
    expect(hosts()).toHaveLength(1)
  })

  it('says the day was not saved when the background could not be reached to word it', async () => {
    const onOutcome = connectInlineBadge(document)
    onOutcome(null)
    await settle()
    expect(hosts()).toHaveLength(1)
    const root = roots.find((r) => r.host.isConnected)
    expect(root?.querySelector<HTMLElement>('[data-testid="inline-badge"]')?.dataset.state).toBe('not-saved')
  })
})
