/**
 * The history's view revision (shared/session-keys.ts): the token that tells the popup whether the first paint it
 * kept still shows the truth. The popup shows a kept view only under the token it was read under, so the token
 * changes around every write of what the popup shows: to `writing:…` before the write starts (a view kept before
 * it is dropped at once, and none is kept while it runs), and to a new settled token when the last write running
 * has ended, committed or not. A worker stopped in the middle of a write leaves `writing:…`, under which nothing is
 * shown, and the next worker start settles it with a new token.
 */
import type { MessageName } from '../shared/protocol.ts'
import { isSettledRevision, VIEW_REVISION_KEY, WRITING } from '../shared/session-keys.ts'
import type { Handlers } from './handlers.ts'

/** The part of `storage.session` the token needs. */
export interface RevisionStore {
  get(key: string): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
}

export type Changing = <T>(write: () => Promise<T>) => Promise<T>

/**
 * `changing(write)` runs `write` with the token moved around it. Every change of the token waits for the one
 * before (a later token never lands before an earlier one), the first for the start-up check.
 */
export function viewRevision(
  store: RevisionStore,
  newToken: () => string = () => crypto.randomUUID(),
): Changing {
  const warn = (error: unknown) => console.warn('SSI Lens: the view revision could not be changed', error)
  let running = 0
  let last: Promise<void> = store
    .get(VIEW_REVISION_KEY)
    .then((got) =>
      isSettledRevision(got[VIEW_REVISION_KEY]) ? undefined : store.set({ [VIEW_REVISION_KEY]: newToken() }),
    )
    .catch(warn)
  const setToken = (token: string): Promise<void> => {
    last = last.then(() => store.set({ [VIEW_REVISION_KEY]: token })).catch(warn)
    return last
  }
  return async (write) => {
    running++
    // A token that could not be changed never stops the write: the user's day matters more than a quick paint.
    await setToken(`${WRITING}${newToken()}`)
    try {
      return await write()
    } finally {
      running--
      if (running === 0) await setToken(newToken())
    }
  }
}

/**
 * Which messages may change what the popup shows: every one that writes the history or the last failure. A
 * message that only reads, or writes only the Team page's people, leaves the kept view in place. Written out for
 * every message, so a new one must be placed here before it compiles; when in doubt, `true` costs one slower open.
 */
const CHANGES_VIEW: Record<MessageName, boolean> = {
  saveSnapshot: true,
  reportFailure: true,
  parseFacts: false,
  injectReader: false,
  getOverview: false,
  exportCsv: false,
  importCsv: true,
  countDays: false,
  clearAll: true,
  getTeam: false,
  addPerson: false,
  renamePerson: false,
  removePerson: false,
  importDays: true,
  getHistoryMonth: false,
  deleteDay: true,
  saveManualDay: true,
  setNote: true,
  getSeries: false,
}

/** `handlers` with every message that may change the popup's view run through `changing`. */
export function withViewRevision(handlers: Handlers, changing: Changing): Handlers {
  const wrapped: Record<string, unknown> = { ...handlers }
  for (const type of Object.keys(CHANGES_VIEW) as MessageName[]) {
    if (!CHANGES_VIEW[type]) continue
    const handle = handlers[type] as (...args: unknown[]) => Promise<unknown>
    wrapped[type] = (...args: unknown[]) => changing(() => handle(...args))
  }
  return wrapped as unknown as Handlers
}
