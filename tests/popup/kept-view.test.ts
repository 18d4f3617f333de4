// @vitest-environment happy-dom
/**
 * The popup's kept first paint, its rules in isolation: the key names everything the view is drawn from, and the
 * live popup keeps its view only when the history's view revision did not move while it read (the e2e test,
 * tests/e2e/popup-kept-view.test.ts, drives the whole of it in Chromium).
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Opening } from '../../src/popup/kept-view.ts'
import { keepFirstPaint, keptMarkup, replaceKeptView } from '../../src/popup/kept-view.ts'
import {
  FIRST_PAINT_KEY,
  type FirstPaintInputs,
  firstPaintKey,
  VIEW_REVISION_KEY,
} from '../../src/shared/session-keys.ts'

const INPUTS: FirstPaintInputs = {
  revision: 'r1',
  unsavedFailure: null,
  settings: { goal: null, chartRange: '49d', version: 1 },
  today: '2026-12-01',
  zone: -60,
  locale: 'en-GB',
  version: '0.1.0',
  inTab: false,
}

describe('the first paint key', () => {
  it('is none while a write runs or before any revision', () => {
    expect(firstPaintKey({ ...INPUTS, revision: 'writing:abc' })).toBeNull()
    expect(firstPaintKey({ ...INPUTS, revision: undefined })).toBeNull()
    expect(firstPaintKey({ ...INPUTS, revision: '' })).toBeNull()
    expect(firstPaintKey(INPUTS)).not.toBeNull()
  })

  it('changes with every input the view is drawn from', () => {
    const changed: Partial<FirstPaintInputs>[] = [
      { revision: 'r2' },
      { unsavedFailure: { error: 'not-saved', at: '2026-12-01T08:00:00Z' } },
      { settings: { ...(INPUTS.settings as object), goal: 80 } },
      { today: '2026-12-02' },
      { zone: 0 },
      { locale: 'de' },
      { version: '0.2.0' },
      { inTab: true },
    ]
    const keys = new Set([firstPaintKey(INPUTS), ...changed.map((c) => firstPaintKey({ ...INPUTS, ...c }))])
    expect(keys.size).toBe(changed.length + 1)
  })
})

/** `chrome.storage.session` as a map, installed as the extension API. */
function session(initial: Record<string, unknown>) {
  const items = new Map(Object.entries(initial))
  ;(globalThis as unknown as { chrome: unknown }).chrome = {
    storage: {
      session: {
        get: async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {}),
        set: async (set: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(set)) items.set(k, v)
        },
      },
    },
  }
  return items
}

const opening = (over: Partial<Opening> = {}): Opening => ({
  now: new Date('2026-12-01T09:00:00Z'),
  read: true,
  settings: INPUTS.settings,
  unsavedFailure: null,
  revision: 'r1',
  key: firstPaintKey(INPUTS),
  shown: false,
  inTab: matchMedia('(min-width: 600px)').matches,
  ...over,
})

function popupMain(): HTMLElement {
  document.body.innerHTML =
    '<div id="kept-view"><main class="popup">old</main></div><div id="app"><main class="popup" data-state="ready" data-ready=""><p>47</p></main></div>'
  return document.querySelector('#app > main') as HTMLElement
}

afterEach(() => {
  delete (globalThis as unknown as { chrome?: unknown }).chrome
})

describe('keeping the first paint', () => {
  it('keeps the live view, without data-ready, under the opening’s key', async () => {
    const items = session({ [VIEW_REVISION_KEY]: 'r1' })
    await keepFirstPaint(opening(), popupMain())
    expect(items.get(FIRST_PAINT_KEY)).toEqual({
      key: firstPaintKey(INPUTS),
      html: '<main class="popup" data-state="ready"><p>47</p></main>',
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    })
  })

  it('keeps nothing when the revision moved while the popup read the history', async () => {
    for (const now of ['writing:w1', 'r2']) {
      const items = session({ [VIEW_REVISION_KEY]: now })
      await keepFirstPaint(opening(), popupMain())
      expect(items.has(FIRST_PAINT_KEY)).toBe(false)
    }
  })

  it('keeps nothing without a key, nothing new when the kept view was the one shown, nothing at another width', async () => {
    const otherWidth = !matchMedia('(min-width: 600px)').matches
    for (const over of [{ key: null }, { shown: true }, { inTab: otherWidth }]) {
      const items = session({ [VIEW_REVISION_KEY]: 'r1' })
      await keepFirstPaint(opening(over), popupMain())
      expect(items.has(FIRST_PAINT_KEY)).toBe(false)
    }
  })

  it('takes the kept view off the screen when the live one enters', () => {
    popupMain()
    replaceKeptView()
    expect(document.getElementById('kept-view')?.innerHTML).toBe('')
    expect(keptMarkup(document.querySelector('#app > main') as HTMLElement)).not.toContain('data-ready')
  })
})
