/**
 * The background entry. Listeners are registered synchronously at the top level, as MV3 requires for a worker
 * that is woken by an event; nothing here survives the worker being stopped, and nothing needs to.
 */
import browser from 'webextension-polyfill'
import type { FailureRecord } from '../core/snapshot.ts'
import { UNSAVED_FAILURE_KEY } from '../shared/session-keys.ts'
import { loadSettings, watchSettings } from '../shared/settings-store.ts'
import { createRolloverListener, scheduleDayRollover } from './day-rollover.ts'
import { historyConnection } from './db.ts'
import { createHandlers } from './handlers.ts'
import { injectReader, readerFiles } from './inject-reader.ts'
import { createMessageListener } from './listener.ts'
import { startReminder } from './reminder.ts'
import { refreshToolbarBadge } from './toolbar-badge.ts'
import { viewRevision, withViewRevision } from './view-revision.ts'

const db = historyConnection()
const now = () => new Date()
const updateToolbarBadge = async () => {
  await refreshToolbarBadge({ db, action: browser.action, loadSettings, now })
}
const warn = (error: unknown) => console.warn('SSI Lens: background start-up step failed', error)

/**
 * A failed save the database could not take either (storage full) is kept in the session storage, which lives in
 * memory until the browser closes, so the popup can still say that today was not saved.
 */
const unsavedFailure = {
  put: async (failure: FailureRecord) => {
    await browser.storage.session.set({ [UNSAVED_FAILURE_KEY]: failure })
  },
  get: async () =>
    ((await browser.storage.session.get(UNSAVED_FAILURE_KEY))[UNSAVED_FAILURE_KEY] as FailureRecord) ?? null,
}

// The popup's kept first paint is shown only while this token stays as it was (view-revision.ts).
const changingView = viewRevision(browser.storage.session)

browser.runtime.onMessage.addListener(
  createMessageListener(
    withViewRevision(
      createHandlers({
        db,
        now,
        loadSettings,
        historyChanged: updateToolbarBadge,
        unsavedFailure,
        injectReader: (sender) =>
          injectReader(
            (injection) => browser.scripting.executeScript(injection),
            readerFiles(browser.runtime.getManifest().content_scripts),
            sender,
          ),
      }),
      changingView,
    ),
    {
      id: browser.runtime.id,
      origin: browser.runtime.getURL(''),
    },
  ),
)
browser.alarms.onAlarm.addListener(createRolloverListener(browser.alarms, updateToolbarBadge, now))
watchSettings(() => void updateToolbarBadge().catch(warn))
startReminder(db)

// Every worker start: the badge may be a day old, and the alarm may be gone (browser restart, update).
scheduleDayRollover(browser.alarms, now()).catch(warn)
updateToolbarBadge().catch(warn)
