// @vitest-environment happy-dom
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/shared/settings.ts'
import { englishMessage, fake } from '../support/fake-browser.ts'

// The options modules import webextension-polyfill, which reads the globals the fake installs: load them after it.
let OptionsPage: typeof import('../../src/options/OptionsPage.tsx').OptionsPage
let createBrowserOptionsApi: typeof import('../../src/options/options-api.ts').createBrowserOptionsApi

beforeAll(async () => {
  ;({ OptionsPage } = await import('../../src/options/OptionsPage.tsx'))
  ;({ createBrowserOptionsApi } = await import('../../src/options/options-api.ts'))
  const { setMessageSource } = await import('../../src/options/i18n.ts')
  setMessageSource(englishMessage, 'en-GB')
})

let root: HTMLElement

beforeEach(() => {
  fake.reset()
  root = document.createElement('div')
  document.body.append(root)
})

afterEach(() => {
  render(null, root)
  root.remove()
})

/** Lets storage callbacks, messages and effects run to the end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++)
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0))
    })
}

async function mount(stored?: Partial<Settings> & { version?: number }): Promise<void> {
  if (stored) fake.state.storage.set(SETTINGS_KEY, stored)
  await act(() => {
    render(<OptionsPage api={createBrowserOptionsApi()} />, root)
  })
  await settle()
}

const $ = <E extends Element = HTMLElement>(selector: string): E => {
  const el = root.querySelector<E>(selector)
  if (!el) throw new Error(`no ${selector} in ${root.innerHTML.slice(0, 500)}`)
  return el
}
const input = (id: string) => $<HTMLInputElement>(`#${id}`)
const stored = (): Record<string, unknown> => fake.state.storage.get(SETTINGS_KEY) as Record<string, unknown>
const text = () => root.textContent ?? ''
/** The goal's own message, next to the field: "Saved.", a failure, or why the typed value was refused. */
const goalMessage = () => $('#goal-message')

async function click(el: Element): Promise<void> {
  await act(() => {
    ;(el as HTMLElement).click()
  })
  await settle()
}

async function typeAndCommit(el: HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    el.value = value
    el.dispatchEvent(new Event('input', { bubbles: true }))
    // Leaving the field commits it (change fires, then blur).
    el.dispatchEvent(new Event('change', { bubbles: true }))
    el.dispatchEvent(new FocusEvent('blur'))
  })
  await settle()
}

function buttonNamed(name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  )
  if (!found) throw new Error(`no button named ${name}`)
  return found
}

describe('options page', () => {
  it('shows every stored setting once loaded, and marks itself ready', async () => {
    await mount({
      version: 1,
      inlineBadge: false,
      toolbarBadge: true,
      reminderEnabled: false,
      reminderHour: 7,
      goal: 60,
    })
    expect($('main').hasAttribute('data-ready')).toBe(true)
    expect(input('inline-badge').checked).toBe(false)
    expect(input('toolbar-badge').checked).toBe(true)
    expect(input('reminder').checked).toBe(false)
    expect($<HTMLSelectElement>('#reminder-hour').value).toBe('7')
    expect(input('goal').value).toBe('60')
    expect($('h1').textContent).toBe('SSI Lens options')
  })

  it('shows the defaults when nothing is stored or the stored value is damaged', async () => {
    await mount({ inlineBadge: 'no' as unknown as boolean, reminderHour: 99, goal: 0 })
    expect(input('inline-badge').checked).toBe(DEFAULT_SETTINGS.inlineBadge)
    expect($<HTMLSelectElement>('#reminder-hour').value).toBe(String(DEFAULT_SETTINGS.reminderHour))
    expect(input('goal').value).toBe('')
  })

  it('gives every control a label and a keyboard-reachable native element', async () => {
    await mount()
    for (const id of ['inline-badge', 'toolbar-badge', 'reminder', 'goal', 'reminder-hour']) {
      const label = root.querySelector(`label[for="${id}"]`)
      expect(label?.textContent?.trim(), id).toBeTruthy()
    }
    for (const sw of root.querySelectorAll('[role="switch"]')) expect(sw.tagName).toBe('INPUT')
  })

  it('saves the inline badge switch at once and says so', async () => {
    await mount()
    await click(input('inline-badge'))
    expect(stored()).toMatchObject({ inlineBadge: false, version: 1 })
    expect($('[data-testid="save-status"]').textContent).toBe('Saved.')
    await click(input('inline-badge'))
    expect(stored()).toMatchObject({ inlineBadge: true })
  })

  it('saves the toolbar badge switch', async () => {
    await mount()
    await click(input('toolbar-badge'))
    expect(stored()).toMatchObject({ toolbarBadge: false })
    expect(input('toolbar-badge').checked).toBe(false)
  })

  it('saves a valid goal and clears it when the field is emptied', async () => {
    await mount()
    await typeAndCommit(input('goal'), ' 75 ')
    expect(stored()).toMatchObject({ goal: 75 })
    await typeAndCommit(input('goal'), '')
    expect(stored()).toMatchObject({ goal: null })
  })

  it.each(['0', '101', 'abc', '7.5', '-3', '1e2'])(
    'refuses the goal %j, says why, and keeps the stored goal',
    async (typed) => {
      await mount({ goal: 40 })
      await typeAndCommit(input('goal'), typed)
      expect(stored()).toMatchObject({ goal: 40 })
      expect(goalMessage().textContent).toContain('whole number from 1 to 100')
      expect(input('goal').getAttribute('aria-invalid')).toBe('true')
    },
  )

  describe('goal saved as you type', () => {
    // Fake timers drive the debounce, from after the page loaded (settle() waits on real timeouts).
    async function mountWithFakeTimers(settings: Partial<Settings>): Promise<void> {
      await mount(settings)
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    }
    afterEach(() => {
      vi.useRealTimers()
    })

    async function type(value: string): Promise<void> {
      await act(() => {
        input('goal').value = value
        input('goal').dispatchEvent(new Event('input', { bubbles: true }))
      })
    }
    async function advance(ms: number): Promise<void> {
      await act(() => {
        vi.advanceTimersByTime(ms)
      })
      for (let i = 0; i < 4; i++)
        await act(async () => {
          await vi.advanceTimersByTimeAsync(0)
        })
    }

    it('saves a valid goal 600 ms after the last keystroke, not before, and says so next to the field', async () => {
      await mountWithFakeTimers({ goal: 40 })
      await type('7')
      await advance(500)
      await type('75')
      await advance(599)
      expect(stored()).toMatchObject({ goal: 40 })
      await advance(1)
      expect(stored()).toMatchObject({ goal: 75 })
      expect(goalMessage().textContent).toBe('Saved.')
      expect(goalMessage().getAttribute('aria-live')).toBe('polite')
      expect(input('goal').value).toBe('75')
    })

    it('saves an emptied field as no goal after the pause', async () => {
      await mountWithFakeTimers({ goal: 40 })
      await type('')
      await advance(600)
      expect(stored()).toMatchObject({ goal: null })
    })

    it('saves at once on blur, without waiting for the pause', async () => {
      await mountWithFakeTimers({ goal: 40 })
      await type('64')
      await act(() => {
        input('goal').dispatchEvent(new FocusEvent('blur'))
      })
      await advance(0)
      expect(stored()).toMatchObject({ goal: 64 })
      // The pending pause does not save a second time.
      fake.state.storage.set(SETTINGS_KEY, { ...stored(), goal: 41 })
      await advance(600)
      expect(stored()).toMatchObject({ goal: 41 })
    })

    it('never saves an invalid value typed, and shows why next to the field after the pause', async () => {
      await mountWithFakeTimers({ goal: 40 })
      await type('1')
      await advance(600)
      expect(stored()).toMatchObject({ goal: 1 })
      await type('101')
      await advance(600)
      expect(stored()).toMatchObject({ goal: 1 })
      expect(input('goal').getAttribute('aria-invalid')).toBe('true')
      expect(goalMessage().textContent).toContain('The goal was not changed.')
    })

    it('replaces an older "Saved." anywhere on the page with the new error, and the error with a new "Saved."', async () => {
      await mountWithFakeTimers({ goal: 40 })
      await act(() => {
        input('inline-badge').click()
      })
      await advance(0)
      expect(stored()).toMatchObject({ inlineBadge: false })
      expect(text()).toContain('Saved.')
      await type('abc')
      await advance(600)
      expect(goalMessage().textContent).toContain('The goal was not changed.')
      expect(text()).not.toContain('Saved.')
      await type('50')
      await advance(600)
      expect(stored()).toMatchObject({ goal: 50 })
      expect(goalMessage().textContent).toBe('Saved.')
      expect(text()).not.toContain('The goal was not changed.')
      expect(text().match(/Saved\./g)).toHaveLength(1)
    })
  })

  it('removes the goal with the "No goal" button', async () => {
    await mount({ goal: 40 })
    await click(buttonNamed('No goal'))
    expect(stored()).toMatchObject({ goal: null })
    expect(input('goal').value).toBe('')
    expect(buttonNamed('No goal').disabled).toBe(true)
  })

  it('saves the reminder hour', async () => {
    await mount()
    const select = $<HTMLSelectElement>('#reminder-hour')
    expect(select.options).toHaveLength(24)
    await act(() => {
      select.value = '9'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await settle()
    expect(stored()).toMatchObject({ reminderHour: 9 })
  })

  it('asks for the notifications permission inside the click, then switches the reminder on', async () => {
    await mount()
    await act(() => {
      input('reminder').click()
      // Synchronously, before any await: only then does the browser still see the user's gesture.
      expect(fake.state.permissionRequests).toEqual([['notifications']])
    })
    await settle()
    expect(stored()).toMatchObject({ reminderEnabled: true })
    expect(input('reminder').checked).toBe(true)
    expect(root.querySelector('[role="alert"]')).toBeNull()
  })

  it('leaves the reminder off and says why when the permission is refused', async () => {
    fake.state.grantNotifications = false
    await mount()
    await click(input('reminder'))
    expect(input('reminder').checked).toBe(false)
    expect(stored()).toBeUndefined()
    expect($('[role="alert"]').textContent).toBe(englishMessage('optionsReminderRefused'))
  })

  it('switches the reminder off and gives the permission back', async () => {
    fake.state.notificationsGranted = true
    await mount({ reminderEnabled: true })
    await click(input('reminder'))
    expect(stored()).toMatchObject({ reminderEnabled: false })
    expect(fake.state.permissionRemovals).toEqual([['notifications']])
    expect(fake.state.permissionRequests).toEqual([])
  })

  it('warns when the reminder is on but the browser no longer allows notifications', async () => {
    fake.state.notificationsGranted = false
    await mount({ reminderEnabled: true })
    expect($('[role="alert"]').textContent).toBe(englishMessage('optionsReminderNoPermission'))
  })

  it('follows a change made in another context without a reload', async () => {
    await mount()
    expect(input('inline-badge').checked).toBe(true)
    await act(() =>
      fake.setStored(SETTINGS_KEY, { ...DEFAULT_SETTINGS, inlineBadge: false, goal: 88, version: 1 }),
    )
    await settle()
    expect(input('inline-badge').checked).toBe(false)
    expect(input('goal').value).toBe('88')
  })

  it('shows the shortcut that opens the popup and opens the browser page to change it', async () => {
    await mount()
    expect($('[data-testid="shortcut"]').textContent).toBe('Alt+Shift+S opens the SSI Lens popup.')
    await click(buttonNamed('Change shortcut'))
    expect(fake.state.openedTabs).toEqual(['chrome://extensions/shortcuts'])
  })

  it('says so when no shortcut is set', async () => {
    fake.state.shortcut = ''
    await mount()
    expect($('[data-testid="shortcut"]').textContent).toBe(englishMessage('optionsShortcutNone'))
  })
})

describe('clearing all data', () => {
  function background(days: number, people = 0) {
    let stored = days
    let team = people
    fake.state.onMessage = (m) => {
      if (m.type === 'countDays') return { ok: true, value: { days: stored, people: team } }
      if (m.type === 'clearAll') {
        const result = { deleted: stored, people: team }
        stored = 0
        team = 0
        return { ok: true, value: result }
      }
      return { ok: false, error: { code: 'malformed', message: m.type } }
    }
  }
  const sentTypes = () => fake.state.sent.map((m) => m.type)

  it('asks with the number of days, and deletes only after the explicit second click', async () => {
    background(37)
    await mount()
    await click(buttonNamed('Delete all data…'))
    expect(sentTypes()).toEqual(['countDays'])
    expect($('[role="alertdialog"]').textContent).toContain(
      'Delete all 37 recorded days? This cannot be undone.',
    )
    expect(document.activeElement?.textContent).toBe('Cancel')
    await click(buttonNamed('Delete 37 days'))
    expect(sentTypes()).toEqual(['countDays', 'clearAll'])
    expect(fake.state.sent[1]?.payload).toEqual({})
    expect($('[role="status"]').textContent).toBe('Deleted 37 days.')
    expect(root.querySelector('[role="alertdialog"]')).toBeNull()
  })

  it('says that the people on the Team page are deleted too, and that they were', async () => {
    background(37, 3)
    await mount()
    await click(buttonNamed('Delete all data…'))
    expect($('[role="alertdialog"]').textContent).toContain(
      'This also removes 3 people from the Team page, with their files.',
    )
    await click(buttonNamed('Delete 37 days'))
    expect($('[role="status"]').textContent).toBe('Deleted 37 days. Removed 3 people from the Team page.')
  })

  it('asks about the team alone when no day is recorded', async () => {
    background(0, 1)
    await mount()
    await click(buttonNamed('Delete all data…'))
    expect($('[role="alertdialog"]').textContent).toContain(
      'Remove 1 person from the Team page, with their files?',
    )
    await click(buttonNamed('Remove 1 person'))
    expect(sentTypes()).toEqual(['countDays', 'clearAll'])
    expect($('[role="status"]').textContent).toBe('Removed 1 person from the Team page.')
  })

  it('deletes nothing when cancelled', async () => {
    background(5)
    await mount()
    await click(buttonNamed('Delete all data…'))
    await click(buttonNamed('Cancel'))
    expect(sentTypes()).toEqual(['countDays'])
    expect(root.querySelector('[role="alertdialog"]')).toBeNull()
  })

  it('backs out with Escape', async () => {
    background(5)
    await mount()
    await click(buttonNamed('Delete all data…'))
    await act(() => {
      $('[role="alertdialog"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    })
    await settle()
    expect(root.querySelector('[role="alertdialog"]')).toBeNull()
    expect(sentTypes()).toEqual(['countDays'])
  })

  it('uses the singular for one day', async () => {
    background(1)
    await mount()
    await click(buttonNamed('Delete all data…'))
    expect($('[role="alertdialog"]').textContent).toContain('Delete the 1 recorded day?')
    await click(buttonNamed('Delete 1 day'))
    expect($('[role="status"]').textContent).toBe('Deleted 1 day.')
  })

  it('does not ask when there is nothing to delete', async () => {
    background(0)
    await mount()
    await click(buttonNamed('Delete all data…'))
    expect(root.querySelector('[role="alertdialog"]')).toBeNull()
    expect(sentTypes()).toEqual(['countDays'])
    expect(text()).toContain('There is nothing to delete')
  })

  it('reports a refusal from the background and deletes nothing', async () => {
    fake.state.onMessage = (m) => ({
      ok: false,
      error: {
        code: 'failed',
        message: m.type,
        detail: 'InvalidStateError: The database connection is closing.',
      },
    })
    await mount()
    await click(buttonNamed('Delete all data…'))
    expect(text()).toContain(
      'Nothing was deleted: SSI Lens ran into an error (InvalidStateError: The database connection is closing.).',
    )
  })
})
