// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type NavigationWindow, watchNavigation } from '../../src/content/navigation.ts'

/** A window whose URL the test moves, with or without the Navigation API. */
function fakeWindow(withNavigationApi: boolean) {
  const navigation = new EventTarget()
  const events = new EventTarget()
  const win = {
    location: { href: 'https://www.linkedin.com/sales/home' },
    navigation: withNavigationApi ? navigation : undefined,
    addEventListener: (type: string, listener: () => void) => events.addEventListener(type, listener),
    removeEventListener: (type: string, listener: () => void) => events.removeEventListener(type, listener),
  }
  const go = (href: string, event?: string) => {
    win.location.href = href
    if (event === 'popstate') events.dispatchEvent(new Event('popstate'))
    else if (event) navigation.dispatchEvent(new Event(event))
  }
  return { win: win as NavigationWindow, go, listeners: () => navigation }
}

describe('watchNavigation', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it.each(['navigatesuccess', 'currententrychange', 'popstate'])(
    'reports an in-app URL change at once on the "%s" event',
    (event) => {
      const { win, go } = fakeWindow(true)
      const seen: string[] = []
      const stop = watchNavigation(win, (href) => seen.push(href))
      go('https://www.linkedin.com/sales/ssi', event)
      expect(seen).toEqual(['https://www.linkedin.com/sales/ssi'])
      stop()
    },
  )

  it('reports each change once, however many events announce it', () => {
    const { win, go } = fakeWindow(true)
    const seen: string[] = []
    watchNavigation(win, (href) => seen.push(href))
    go('https://www.linkedin.com/sales/ssi', 'currententrychange')
    go('https://www.linkedin.com/sales/ssi', 'navigatesuccess')
    expect(seen).toHaveLength(1)
  })

  it('sets no timer when the Navigation API is there', () => {
    const { win } = fakeWindow(true)
    watchNavigation(win, () => {})
    expect(vi.getTimerCount()).toBe(0)
  })

  it('falls back to comparing the URL once a second without the Navigation API', () => {
    const { win, go } = fakeWindow(false)
    const seen: string[] = []
    const stop = watchNavigation(win, (href) => seen.push(href))
    go('https://www.linkedin.com/sales/ssi')
    vi.advanceTimersByTime(999)
    expect(seen).toEqual([])
    vi.advanceTimersByTime(1)
    expect(seen).toEqual(['https://www.linkedin.com/sales/ssi'])
    vi.advanceTimersByTime(5_000)
    expect(seen).toHaveLength(1)
    stop()
    go('https://www.linkedin.com/sales/home')
    vi.advanceTimersByTime(5_000)
    expect(seen).toHaveLength(1)
  })

  it('stops listening to events when stopped', () => {
    const { win, go } = fakeWindow(true)
    const seen: string[] = []
    watchNavigation(win, (href) => seen.push(href))()
    go('https://www.linkedin.com/sales/ssi', 'navigatesuccess')
    expect(seen).toEqual([])
  })
})
