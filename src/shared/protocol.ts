/**
 * The one message protocol between SSI Lens's contexts. `Protocol` maps each message name to its payload and
 * result; the background's handler map is typed from it, so a message without a handler does not compile.
 * Every incoming message passes `parseMessage` (shape) and `senderMayUse` (who may send it) before it is handled.
 */
import type { Change, NextPillarAdvice } from '../core/advice-types.ts'
import { type ChartRange, isChartRange } from '../core/chart-range.ts'
import type { DateOrder, DayRange } from '../core/csv-dates.ts'
import { CSV_ENCODINGS, type CsvEncoding } from '../core/csv-decode.ts'
import type { CsvIssue, LineIssue } from '../core/csv-issues.ts'
import type { CsvReadError } from '../core/csv-read.ts'
import { isDayKey } from '../core/day.ts'
import type { ManualEntry, ManualProblems } from '../core/manual-day.ts'
import type { NoteProblem } from '../core/note.ts'
import { LINKEDIN_ORIGIN, SALES_PATH, SSI_PAGE_URL } from '../core/page/address.ts'
import type { Result } from '../core/result.ts'
import type { RangeSeries } from '../core/series.ts'
import {
  type DayRecord,
  type FailureRecord,
  isUrlKind,
  type PageSnapshot,
  type ReadFailure,
  type UrlKind,
} from '../core/snapshot.ts'
import type { PersonView } from '../core/team-summary.ts'
import type { ValueProblem } from '../core/validate.ts'
import type { InlineBadgeLines } from './inline-badge-lines.ts'

/** What the inline badge shows after a capture: only derived numbers, never the history itself. */
export interface InlineBadgeInfo {
  day: string
  overall: number
  change7: Change | null
  nextPillar: Pick<NextPillarAdvice, 'pillar'> | null
}

/** A stored capture, as the history reports it. */
export interface SavedCapture {
  /** True when an earlier capture of the same day was replaced. */
  replaced: boolean
  badge: InlineBadgeInfo
}

/** The answer to a capture: what was stored, and the inline badge's words for it (the background words them). */
export interface SaveResult extends SavedCapture {
  lines: InlineBadgeLines
}

/** The background could not store the capture (e.g. storage full): the `not-saved` failure the page shows. */
export interface NotSaved {
  saved: false
  failure: ReadFailure
  lines: InlineBadgeLines
}

/** Everything the popup needs in one round trip, whatever the size of the history. */
export interface Overview {
  today: string
  /** The latest day on or before `today`; a day stored after today is never it (see `daysAfterToday`). */
  latest: DayRecord | null
  /** Days in [today − 49, today], ascending: the 49-day window plus the day a 49-day change compares against. */
  window: DayRecord[]
  /** The latest day before `window`, for changes when the window itself starts late. */
  beforeWindow: DayRecord | null
  /** The last failed reading, only when it is newer than the latest record. */
  lastFailure: FailureRecord | null
  totalDays: number
  /**
   * Stored days dated after `today`, ascending (usually none): kept, never the latest before their date comes, and
   * shown for what they are so the user can delete them.
   */
  daysAfterToday: string[]
}

/** The chart's longer ranges: the series (one point per week beyond 49 days) and the total's change over it. */
export interface SeriesAnswer {
  series: RangeSeries
  /** The latest recorded day of the range against the nearest day `range` back (or the oldest, for All). */
  change: Change | null
}

// --- CSV import and export (csv) ---

/** What the popup tells the background about the file it decoded (`core/csv-decode.ts`). */
export interface ImportCsvPayload {
  text: string
  /** How the page decoded the file's bytes; the summary names a Windows-1252 file. Default `utf-8`. */
  encoding?: CsvEncoding
  /** The user's answer to a `needs: 'date-order'` reply, sent with the same text. */
  dateOrder?: DateOrder
}

/** What an import did (or, in a dry run, would do), day by day. */
export interface ImportCounts {
  added: number
  replaced: number
  kept: number
}

/** An import of SSI Lens's own CSV that was written: its counts, and how the file was decoded and read. */
export interface ImportedCsv extends ImportCounts {
  encoding: CsvEncoding
  ignoredColumns: string[]
  dateOrder: DateOrder | null
}

/** Refused as the reader refused it: the date-order question, or the problems of its lines. */
export type ImportCsvResult = Result<ImportedCsv, CsvReadError>

/** The bytes a page may read from a chosen file before decoding it: ten years of history is well under 2 MB. */
export const MAX_IMPORT_BYTES = 20_000_000

// Other tools' files, through the history page's Import CSV (`src/ui/ImportPreview.tsx`): the page reads and
// previews every file with core's readers; the background checks every day again and writes all or none.

/** One day the preview understood, as it crosses to the background. */
export interface ImportDayInput {
  record: DayRecord
  /** The file gave the reading's own time: only then may the day replace a stored one that is older. */
  capturedAtGiven: boolean
}

/** What an import of other tools' days did (or, in a dry run, would do). */
export interface ImportedDays extends ImportCounts {
  /** The days that are (or, in a dry run, would be) replaced, so the preview can name them first. */
  replacedDays: string[]
  /** False for a dry run: nothing was written. */
  written: boolean
}

/**
 * A day that failed the background's own check, with the problem as a code with its data: the validator's, or
 * `future-date`, or `duplicate-date` (`firstLine` then counts days of the import, from 1).
 */
export interface RefusedDay {
  day: string
  issue: CsvIssue
}

/** Days that failed the background's own check (a page should never send them); nothing was written. */
export interface DaysRefused {
  code: 'refused-days'
  refused: RefusedDay[]
}

export type ImportDaysResult = Result<ImportedDays, DaysRefused>

/** More days than this in one import are refused before any check: ten years are 3,650. */
export const MAX_IMPORT_DAYS = 40_000

// The history page: one month at a time; delete, enter by hand, annotate.

/** One month of the history page. */
export interface HistoryMonth {
  /** The background's local day: days after it are marked on the page. */
  today: string
  dayCount: number
  /** Every month with a stored day, newest first (`YYYY-MM`). */
  months: string[]
  /** The month shown, null when nothing is stored. */
  month: string | null
  /** The shown month's days, newest first. */
  days: DayRecord[]
}

/** A hand-entered day is saved, or refused because the day is recorded and the person has not yet said so. */
export type ManualSaveResult =
  | { saved: true; record: DayRecord; replaced: DayRecord | null }
  | { saved: false; existing: DayRecord }

export interface HistoryPageProtocol {
  /** The month `month` (`YYYY-MM`), or the nearest older one with days, or the newest when absent. */
  getHistoryMonth: { payload: { month?: string }; result: HistoryMonth }
  deleteDay: { payload: { day: string }; result: { deleted: boolean; dayCount: number } }
  /**
   * `replaces` names the stored record of that day (its capture time) the person confirmed replacing; without
   * it, a recorded day is never replaced.
   */
  saveManualDay: {
    payload: { entry: ManualEntry; replaces: { capturedAt: string } | null }
    result: ManualSaveResult
  }
  /** `note` null (or empty) removes the note. */
  setNote: { payload: { day: string; note: string | null }; result: { day: string; note: string | null } }
}

export interface Protocol extends HistoryPageProtocol {
  /** Content script → background: a validated reading of the SSI page. */
  saveSnapshot: { payload: { snapshot: PageSnapshot; urlKind: UrlKind }; result: SaveResult | NotSaved }
  /** Content script → background: the page could not be read (kept apart from the history). */
  reportFailure: {
    payload: { failure: ReadFailure; urlKind: UrlKind }
    result: { recorded: true; lines: InlineBadgeLines }
  }
  getOverview: { payload: Record<string, never>; result: Overview }
  exportCsv: { payload: Record<string, never>; result: { filename: string; csv: string; days: number } }
  importCsv: { payload: ImportCsvPayload; result: ImportCsvResult }
  /** `people`: how many people the Team page holds ("Clear all data" removes them too). */
  countDays: { payload: Record<string, never>; result: { days: number; people: number } }
  clearAll: { payload: Record<string, never>; result: { deleted: number; people: number } }
  // Team page (extension pages only). People live in their own stores, never in the user's history.
  getTeam: { payload: Record<string, never>; result: TeamOverview }
  addPerson: { payload: AddPersonPayload; result: AddPersonResult }
  renamePerson: { payload: { id: string; name: string }; result: RenamePersonResult }
  removePerson: { payload: { id: string }; result: { removed: boolean } }
  // Other tools' files (extension pages only): `dryRun` answers what would happen without writing.
  importDays: { payload: { days: ImportDayInput[]; dryRun: boolean }; result: ImportDaysResult }

  // The popup's chart ranges (6 months, 1 year, All) read beyond the overview's 49-day window.
  getSeries: { payload: { range: ChartRange }; result: SeriesAnswer }
}

// Team page messages.

/** A person on the Team page, as the summary made when their file was added shows them (`viewOf`). */
export interface TeamPerson {
  id: string
  name: string
  fileName: string
  addedAt: string
  summary: PersonView
}

/** Everything the Team page shows, in one round trip: summaries only, never anyone's full history. */
export interface TeamOverview {
  today: string
  people: TeamPerson[]
  /** The user's own history summarised the same way (the row "You"); null when it has no days. */
  you: PersonView | null
}

export interface AddPersonPayload {
  /** The name to show (from the file name, or as the user edited it). */
  name: string
  fileName: string
  /** The file's text, read by the page; checked in full by the background. */
  text: string
  /** The person whose history this file replaces, after the user said yes; null adds a new person. */
  replaceId: string | null
}

/**
 * Why a file was refused: `not-export` (not an SSI Lens history at all), `empty`, `rows` (an SSI Lens history
 * with rows that fail the checks), `too-large`. `errors` are the reader's lines, for the details.
 */
export type TeamFileProblem = 'not-export' | 'empty' | 'rows' | 'too-large'

export type AddPersonError =
  | { code: TeamFileProblem; issues: LineIssue[] }
  /** Someone already has this name; nothing was written. Send again with `replaceId` to replace them. */
  | { code: 'exists'; existing: TeamPerson; incoming: { latestDay: string; days: number } }
  /** The person to replace is gone (removed in another tab); nothing was written. */
  | { code: 'missing' }
  /** The name is empty once cleaned (`core/person-name.ts`). */
  | { code: 'no-name' }

export type AddPersonResult = Result<{ person: TeamPerson; replaced: boolean }, AddPersonError>

export type RenamePersonResult = Result<null, { code: 'exists' | 'missing' | 'no-name' }>

/** Longest name and file name a team message may carry (the page cuts names far shorter). */
export const MAX_TEAM_NAME_CHARS = 200
export const MAX_TEAM_ID_CHARS = 100

export type MessageName = keyof Protocol
export type Payload<K extends MessageName> = Protocol[K]['payload']
/** What the background answers to message `K` when it handles it. */
export type Answer<K extends MessageName> = Protocol[K]['result']
export type Message<K extends MessageName = MessageName> = { [N in K]: { type: N; payload: Payload<N> } }[K]

/**
 * Why a message got no answer, as a code with its data (`src/shared/reply-words.ts` words it). `no-answer` is
 * the sender's own finding; the next three are the listener's; the rest are a handler's refusal of a message it
 * understood.
 */
export type ReplyError =
  /** Nothing answered (no background listening, or it went away). */
  | { code: 'no-answer'; message: MessageName }
  /** The sender may not send this message (see `senderMayUse`). */
  | { code: 'wrong-sender'; message: MessageName }
  /** The message's payload failed its check (see `MESSAGES`). */
  | { code: 'malformed'; message: MessageName }
  /** The handler threw: SSI Lens's fault or the disk's. `detail` is the exception's own text, for "Details". */
  | { code: 'failed'; message: MessageName; detail: string }
  /** A reading the validator refused. */
  | { code: 'reading-refused'; problem: ValueProblem }
  /** A page reading that says it came from a file or from a person's hand. */
  | { code: 'not-a-reading'; source: 'csv' | 'manual' }
  /** A failed reading with a code SSI Lens does not know. */
  | { code: 'unknown-failure'; failure: string }
  /** A hand-entered day with problems (a page of ours checks them first). */
  | { code: 'day-refused'; problems: ManualProblems }
  | { code: 'note-refused'; problem: NoteProblem }
  /** A note for a day that is not recorded (deleted in another tab). */
  | { code: 'no-day'; day: string }

/** Every answer is an envelope, so a refusal is a value the caller can show, not a lost exception. */
export type Reply<K extends MessageName> = Result<Answer<K>, ReplyError>

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** An import larger than this is refused before parsing: ten years of history is well under 2 MB. */
export const MAX_IMPORT_CHARS = 20_000_000

/** Which context may send a message: the content script on the SSI page, or the extension's own pages. */
type Sender = 'content' | 'extension'
/** A payload's shape check (the payload is already known to be a plain object). */
type PayloadCheck = (p: Record<string, unknown>) => boolean

const empty: PayloadCheck = (p) => Object.keys(p).length === 0

/** A reading's payload: how the page was reached, plus the snapshot or the failure. */
function isReadingPayload(p: Record<string, unknown>, reading: 'snapshot' | 'failure'): boolean {
  if (!isUrlKind(p.urlKind)) return false
  if (reading === 'snapshot') return isObject(p.snapshot)
  const f = p.failure
  return isObject(f) && typeof f.error === 'string' && typeof f.reason === 'string' && f.reason.length <= 500
}

function isImportCsvPayload(p: Record<string, unknown>): boolean {
  if (typeof p.text !== 'string' || p.text.length > MAX_IMPORT_CHARS) return false
  const { encoding, dateOrder } = p
  if (encoding !== undefined && !CSV_ENCODINGS.includes(encoding as CsvEncoding)) return false
  if (dateOrder !== undefined && dateOrder !== 'day-first' && dateOrder !== 'month-first') return false
  return Object.keys(p).every((k) => k === 'text' || k === 'encoding' || k === 'dateOrder')
}

/**
 * Every message once: who may send it and the check its payload must pass. Typed over `Protocol`, so a message
 * added there without its entry here does not compile; `parseMessage` and `senderMayUse` read only this table.
 * Hand-written checks rather than a schema library: the payloads are few and shallow, the numbers inside them
 * are checked in depth by core/validate in the handler, and the checks need no bundle of their own.
 */
const MESSAGES: { [K in MessageName]: { from: Sender; payload: PayloadCheck } } = {
  saveSnapshot: { from: 'content', payload: (p) => isReadingPayload(p, 'snapshot') },
  reportFailure: { from: 'content', payload: (p) => isReadingPayload(p, 'failure') },
  getOverview: { from: 'extension', payload: empty },
  exportCsv: { from: 'extension', payload: empty },
  importCsv: { from: 'extension', payload: isImportCsvPayload },
  countDays: { from: 'extension', payload: empty },
  clearAll: { from: 'extension', payload: empty },
  getTeam: { from: 'extension', payload: empty },
  addPerson: { from: 'extension', payload: (p) => isTeamPayload('addPerson', p) },
  renamePerson: { from: 'extension', payload: (p) => isTeamPayload('renamePerson', p) },
  removePerson: { from: 'extension', payload: (p) => isTeamPayload('removePerson', p) },
  importDays: { from: 'extension', payload: (p) => isImportDaysPayload(p) },
  // The history page.
  getHistoryMonth: { from: 'extension', payload: (p) => historyPagePayload('getHistoryMonth', p) },
  deleteDay: { from: 'extension', payload: (p) => historyPagePayload('deleteDay', p) },
  saveManualDay: { from: 'extension', payload: (p) => historyPagePayload('saveManualDay', p) },
  setNote: { from: 'extension', payload: (p) => historyPagePayload('setNote', p) },

  getSeries: { from: 'extension', payload: (p) => isChartRange(p.range) && Object.keys(p).length === 1 },
}

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
  const payload = raw.payload
  const type = raw.type as MessageName
  if (!isObject(payload) || !MESSAGES[type].payload(payload)) return null
  return { type, payload } as Message
}

/** `importDays`: a bounded list of `{ record, capturedAtGiven }` (records are checked in depth by the handler). */
function isImportDaysPayload(p: Record<string, unknown>): boolean {
  const days = p.days
  return (
    Object.keys(p).sort().join(',') === 'days,dryRun' &&
    typeof p.dryRun === 'boolean' &&
    Array.isArray(days) &&
    days.length <= MAX_IMPORT_DAYS &&
    days.every((d) => isObject(d) && isObject(d.record) && typeof d.capturedAtGiven === 'boolean')
  )
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max

/** The team messages' payloads: exactly their keys, each of the right type and size. */
function isTeamPayload(
  type: 'addPerson' | 'renamePerson' | 'removePerson',
  p: Record<string, unknown>,
): boolean {
  const keys = Object.keys(p).sort().join(',')
  if (type === 'removePerson') return keys === 'id' && isText(p.id, MAX_TEAM_ID_CHARS)
  if (type === 'renamePerson')
    return keys === 'id,name' && isText(p.id, MAX_TEAM_ID_CHARS) && isText(p.name, MAX_TEAM_NAME_CHARS)
  return (
    keys === 'fileName,name,replaceId,text' &&
    isText(p.name, MAX_TEAM_NAME_CHARS) &&
    isText(p.fileName, MAX_TEAM_NAME_CHARS * 5) &&
    isText(p.text, MAX_IMPORT_CHARS) &&
    (p.replaceId === null || isText(p.replaceId, MAX_TEAM_ID_CHARS))
  )
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The shape of a history-page payload; the numbers and the note are checked in depth by core in the handler. */
function historyPagePayload(type: keyof HistoryPageProtocol, p: Record<string, unknown>): boolean {
  const keys = Object.keys(p)
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k))
  switch (type) {
    case 'getHistoryMonth':
      return only('month') && (p.month === undefined || (typeof p.month === 'string' && MONTH.test(p.month)))
    case 'deleteDay':
      return only('day') && isDayKey(p.day)
    case 'setNote':
      // The note's own limit (280 characters) is core's; this only keeps absurd payloads out.
      return only('day', 'note') && isDayKey(p.day) && (p.note === null || isText(p.note, 10_000))
    case 'saveManualDay': {
      const r = p.replaces
      return (
        only('entry', 'replaces') &&
        isObject(p.entry) &&
        (r === null || (isObject(r) && isText(r.capturedAt, 40) && Object.keys(r).length === 1))
      )
    }
  }
}

export interface SenderInfo {
  /** The sending extension's id (must be ours). */
  id?: string
  /** The URL of the sending document, as it was loaded (see `readingFrom`). */
  url?: string
  /** Set for content scripts (and for extension pages opened in a tab); `url` is where the tab is now. */
  tab?: { id?: number; url?: string }
  /** 0 for a tab's top frame. */
  frameId?: number
}

/** The SSI page exactly (https, www), with or without a trailing slash, a query string or a hash. */
function isSsiAddress(url: string): boolean {
  if (!url.startsWith(SSI_PAGE_URL)) return false
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
