/**
 * An in-memory stand-in for the extension API, installed as `globalThis.browser` and `globalThis.chrome` so the
 * real `webextension-polyfill`, settings store and messaging code run on it unchanged. It keeps one object for
 * the whole test file (the polyfill captures it once) and `reset()` clears its state between tests.
 */
import { englishMessage } from './english-messages.ts'

export { englishMessage }

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void
type MessageHandler = (message: { type: string; payload: unknown }) => unknown

export interface FakeState {
  storage: Map<string, unknown>
  /** Every message sent through `runtime.sendMessage`. */
  sent: Array<{ type: string; payload: unknown }>
  /** Answers messages the way the background would (an envelope), or throws. */
  onMessage: MessageHandler
  /** What the user answers when the browser asks for the notifications permission. */
  grantNotifications: boolean
  notificationsGranted: boolean
  permissionRequests: string[][]
  permissionRemovals: string[][]
  shortcut: string
  openedTabs: string[]
}

const listeners = new Set<Listener>()

function freshState(): FakeState {
  return {
    storage: new Map(),
    sent: [],
    onMessage: (m) => ({ ok: false, error: { code: 'malformed', message: m.type } }),
    grantNotifications: true,
    notificationsGranted: false,
    permissionRequests: [],
    permissionRemovals: [],
    shortcut: 'Alt+Shift+S',
    openedTabs: [],
  }
}

export const fake: {
  state: FakeState
  reset(): void
  setStored(key: string, value: unknown): Promise<void>
} = {
  state: freshState(),
  reset() {
    fake.state = freshState()
    listeners.clear()
  },
  /** Writes storage as another context would: listeners hear about it after the write, asynchronously. */
  async setStored(key, value) {
    await api.storage.local.set({ [key]: value })
  },
}

const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value))

const api = {
  runtime: {
    id: 'fakeextensionid',
    getURL: (path: string) => `chrome-extension://fakeextensionid/${path.replace(/^\//, '')}`,
    async sendMessage(message: { type: string; payload: unknown }) {
      fake.state.sent.push(clone(message))
      return clone(await fake.state.onMessage(message))
    },
  },
  storage: {
    local: {
      async get(key: string | string[] | null) {
        const keys = key === null ? [...fake.state.storage.keys()] : Array.isArray(key) ? key : [key]
        const out: Record<string, unknown> = {}
        for (const k of keys) if (fake.state.storage.has(k)) out[k] = clone(fake.state.storage.get(k))
        return out
      },
      async set(items: Record<string, unknown>) {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {}
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: clone(fake.state.storage.get(k)), newValue: clone(v) }
          fake.state.storage.set(k, clone(v))
        }
        // Browsers deliver onChanged after the write has finished, in a later task.
        setTimeout(() => {
          for (const l of listeners) l(clone(changes), 'local')
        }, 0)
      },
    },
    onChanged: {
      addListener: (l: Listener) => void listeners.add(l),
      removeListener: (l: Listener) => void listeners.delete(l),
      hasListener: (l: Listener) => listeners.has(l),
    },
  },
  permissions: {
    async request(p: { permissions: string[] }) {
      fake.state.permissionRequests.push([...p.permissions])
      if (fake.state.grantNotifications) fake.state.notificationsGranted = true
      return fake.state.grantNotifications
    },
    async contains(_p: { permissions: string[] }) {
      return fake.state.notificationsGranted
    },
    async remove(p: { permissions: string[] }) {
      fake.state.permissionRemovals.push([...p.permissions])
      fake.state.notificationsGranted = false
      return true
    },
  },
  commands: {
    async getAll() {
      return [{ name: '_execute_action', shortcut: fake.state.shortcut, description: '' }]
    },
  },
  tabs: {
    async create(info: { url: string }) {
      fake.state.openedTabs.push(info.url)
      return { id: fake.state.openedTabs.length }
    },
  },
  i18n: {
    getMessage: englishMessage,
    getUILanguage: () => 'en-GB',
  },
}

// The polyfill passes an existing `browser` through untouched when both globals carry a runtime id.
Object.assign(globalThis, { browser: api, chrome: api })
