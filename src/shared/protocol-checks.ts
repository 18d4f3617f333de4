/**
 * The receiving side of the protocol (the background's listener): every message's sender and payload check, in one
 * table, and the checks every incoming message passes — `parseMessage` (shape) and `senderMayUse` (who may send
 * it). Each payload's TYPE is read from its check here (`Payload` in protocol.ts), so a message cannot have a
 * payload without a check; and the table is held to protocol.ts's `Answers`, so a message without an entry here
 * does not compile (tests/shared/protocol-types.test.ts). Pages that only send import protocol.ts, which holds
 * types and limits only, and so load none of this.
 */
import { isChartRange } from '../core/chart-range.ts'
import { CSV_ENCODINGS } from '../core/csv-encodings.ts'
import { isDayKey } from '../core/day.ts'
import type { ManualEntry } from '../core/manual-day.ts'
import { LINKEDIN_ORIGIN, SALES_PATH, SSI_PAGE_URL } from '../core/page/address.ts'
import { type DayRecord, isUrlKind, type PageSnapshot, type ReadFailure } from '../core/snapshot.ts'
import { pageFacts } from './facts-check.ts'
import {
  type Answers,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_DAYS,
  MAX_TEAM_ID_CHARS,
  MAX_TEAM_NAME_CHARS,
  type Message,
  type MessageName,
  type SenderInfo,
} from './protocol.ts'
import {
  type Check,
  checkedByHandler,
  exactly,
  isBoolean,
  isObject,
  isString,
  listOf,
  matching,
  nothing,
  nullable,
  oneOf,
  text,
  withFields,
} from './shape-check.ts'

/** Which context may send a message: the content script on the SSI page, or the extension's own pages. */
type Sender = 'content' | 'extension'

/** One message's rule: who may send it and the check its payload must pass (which is also its payload's type). */
export interface MessageRule {
  from: Sender
  payload: Check<unknown>
}

/** The table's type over a set of message names: one rule for each, no more. */
export type MessageTable<Names extends PropertyKey> = { [K in Names]: MessageRule }

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const teamName = text(MAX_TEAM_NAME_CHARS)
const teamId = text(MAX_TEAM_ID_CHARS)
const urlKind = isUrlKind

/**
 * Every message once. The numbers inside a snapshot, a record or a hand-entered day are checked in depth by
 * core/validate in the handler (`checkedByHandler`); the checks here keep out wrong shapes and absurd sizes.
 */
export const MESSAGES = {
  saveSnapshot: {
    from: 'content',
    payload: withFields({ snapshot: checkedByHandler<PageSnapshot>(), urlKind }),
  },
  reportFailure: {
    from: 'content',
    payload: withFields({
      // The failure code itself is checked by the handler, which refuses an unknown one.
      failure: checkedByHandler<ReadFailure>(withFields({ code: isString, reason: text(500) })),
      urlKind,
    }),
  },
  // The page reader's facts, read by the background (the content script carries no parser).
  parseFacts: { from: 'content', payload: exactly({ facts: pageFacts }) },
  // The watcher on a Sales Navigator page asks for the page reader once the tab shows the SSI page.
  injectReader: { from: 'content', payload: nothing },
  getOverview: { from: 'extension', payload: nothing },
  exportCsv: { from: 'extension', payload: nothing },
  importCsv: {
    from: 'extension',
    payload: exactly(
      { text: text(MAX_IMPORT_CHARS) },
      // How the page decoded the file; the user's answer to a `needs: 'date-order'` reply.
      { encoding: oneOf(CSV_ENCODINGS), dateOrder: oneOf(['day-first', 'month-first'] as const) },
    ),
  },
  countDays: { from: 'extension', payload: nothing },
  clearAll: { from: 'extension', payload: nothing },
  // The Team page.
  getTeam: { from: 'extension', payload: nothing },
  addPerson: {
    from: 'extension',
    payload: exactly({
      name: teamName,
      fileName: text(MAX_TEAM_NAME_CHARS * 5),
      text: text(MAX_IMPORT_CHARS),
      replaceId: nullable(teamId),
    }),
  },
  renamePerson: { from: 'extension', payload: exactly({ id: teamId, name: teamName }) },
  removePerson: { from: 'extension', payload: exactly({ id: teamId }) },
  // Other tools' files: records are checked in depth by the handler.
  importDays: {
    from: 'extension',
    payload: exactly({
      days: listOf(
        withFields({ record: checkedByHandler<DayRecord>(), capturedAtGiven: isBoolean }),
        MAX_IMPORT_DAYS,
      ),
      dryRun: isBoolean,
    }),
  },
  // The history page.
  getHistoryMonth: { from: 'extension', payload: exactly({}, { month: matching(MONTH) }) },
  deleteDay: { from: 'extension', payload: exactly({ day: isDayKey }) },
  saveManualDay: {
    from: 'extension',
    payload: exactly({
      entry: checkedByHandler<ManualEntry>(),
      replaces: nullable(exactly({ capturedAt: text(40) })),
    }),
  },
  // The note's own limit (280 characters) is core's; this only keeps absurd payloads out.
  setNote: { from: 'extension', payload: exactly({ day: isDayKey, note: nullable(text(10_000)) }) },

  getSeries: { from: 'extension', payload: exactly({ range: isChartRange }) },
} as const satisfies MessageTable<keyof Answers>

/** Who may send each message (read from `MESSAGES`). */
export const SENDERS = Object.fromEntries(
  Object.entries(MESSAGES).map(([type, { from }]) => [type, from]),
) as Record<MessageName, Sender>

/**
 * Checks the envelope of an incoming message and its payload's shape (`MESSAGES`). Payload contents that carry
 * numbers (snapshots) are checked again, in depth, by the handler through core/validate.
 */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || typeof raw.type !== 'string' || !Object.hasOwn(MESSAGES, raw.type)) return null
  const type = raw.type as MessageName
  const check: Check<unknown> = MESSAGES[type].payload
  return check(raw.payload) ? ({ type, payload: raw.payload } as Message) : null
}

/**
 * The SSI page exactly (https, www), with or without a trailing slash, a query string or a hash. The path in any
 * case (`/sales/SSI` is the same page to LinkedIn, as it is to the reader's `isSsiPath`); browsers write the
 * scheme and host in lower case.
 */
function isSsiAddress(url: string): boolean {
  if (url.slice(0, SSI_PAGE_URL.length).toLowerCase() !== SSI_PAGE_URL) return false
  const rest = url.slice(SSI_PAGE_URL.length).replace(/^\//, '')
  return rest === '' || rest.startsWith('?') || rest.startsWith('#')
}

/**
 * Where a content script's message comes from now. Checked in real Chromium (tests/e2e/sender.test.ts): a content
 * script's `sender.url` is the URL its document was *loaded* with — after an in-app navigation (history.pushState)
 * from /sales/home to /sales/ssi it still says /sales/home — while `sender.tab.url` follows pushState and says
 * /sales/ssi. Chrome gives the tab's URL without the `tabs` permission, because the content script's match gives
 * SSI Lens access to the page. A browser that gives no tab URL falls back on the document's URL, so there only a
 * page loaded as the SSI page may send readings.
 */
export function readingFrom(sender: SenderInfo): string | undefined {
  return typeof sender.tab?.url === 'string' ? sender.tab.url : sender.url
}

/** True when `sender` may send a message of `type`. `extensionOrigin` is e.g. `chrome-extension://<id>/`. */
export function senderMayUse(
  type: MessageName,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return false
  const fromExtensionPage = sender.url.startsWith(extensionOrigin)
  if (SENDERS[type] === 'extension') return fromExtensionPage
  // Readings: only the content script in a tab's top frame, in a document loaded on Sales Navigator, while the
  // tab shows the SSI page (any query or hash).
  if (fromExtensionPage || sender.tab === undefined || (sender.frameId ?? 0) !== 0) return false
  // The document was loaded where the content script runs (the manifest's match).
  const loadedOnSales = sender.url.startsWith(`${LINKEDIN_ORIGIN}${SALES_PATH}`)
  return loadedOnSales && isSsiAddress(readingFrom(sender) ?? '')
}
