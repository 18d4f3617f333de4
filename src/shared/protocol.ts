/**
 * The one message protocol between SSI Lens's contexts, as its senders see it: types and limits only, so a page
 * that only sends loads nothing from here. `Answers` maps each message name to its result; each payload's type is
 * read from its runtime check in protocol-checks.ts (`Payload`), never written a second time; the background's
 * handler map is typed from both, so a message without a handler, a check or a result does not compile. Every
 * incoming message passes `parseMessage` (shape) and `senderMayUse` (who may send it) before it is handled.
 */
import type { Change } from '../core/advice-types.ts'
import type { DateOrder } from '../core/csv-dates.ts'
import type { CsvEncoding } from '../core/csv-encodings.ts'
import type { CsvIssue, LineIssue } from '../core/csv-issues.ts'
import type { CsvReadError } from '../core/csv-read.ts'
import type { InlineBadgeInfo } from '../core/inline-badge.ts'
import type { ManualProblems } from '../core/manual-day.ts'
import type { NoteProblem } from '../core/note.ts'
import type { Result } from '../core/result.ts'
import type { RangeSeries } from '../core/series.ts'
import type { DayRecord, FailureRecord, ParseResult, ReadFailure } from '../core/snapshot.ts'
import type { PersonView } from '../core/team-summary.ts'
import type { ValueProblem } from '../core/validate.ts'
import type { InlineBadgeLines } from './inline-badge-lines.ts'
import type { MESSAGES } from './protocol-checks.ts'
import type { Checked } from './shape-check.ts'

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

/**
 * What the popup tells the background about the file it decoded (`core/csv-decode.ts`): its text, how the page
 * decoded its bytes (the summary names a Windows-1252 file; default `utf-8`), and the user's answer to a
 * `needs: 'date-order'` reply, sent with the same text.
 */
export type ImportCsvPayload = Payload<'importCsv'>

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

/**
 * One day the preview understood, as it crosses to the background: its record, and `capturedAtGiven` when the
 * file gave the reading's own time (only then may the day replace a stored one that is older).
 */
export type ImportDayInput = Payload<'importDays'>['days'][number]

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

/** Each message's result (its payload's type comes from its check: `Payload`). */
export interface Answers {
  /** Content script → background: a validated reading of the SSI page. */
  saveSnapshot: SaveResult | NotSaved
  /** Content script → background: the page could not be read (kept apart from the history). */
  reportFailure: { recorded: true; lines: InlineBadgeLines }
  /**
   * Content script → background: the SSI page's raw facts (core/page/facts.ts), read into a snapshot or a refusal
   * by core/page/parse-facts. Nothing is stored: the content script saves the snapshot with `saveSnapshot`.
   */
  parseFacts: ParseResult
  /**
   * Content script → background: the tab reached the SSI page by an in-app link, so run the page reader in it (the
   * manifest runs it only when the SSI page is loaded). Same sender rule as a reading: the tab must be on the page.
   */
  injectReader: { injected: true }
  getOverview: Overview
  exportCsv: { filename: string; csv: string; days: number }
  importCsv: ImportCsvResult
  /** `people`: how many people the Team page holds ("Clear all data" removes them too). */
  countDays: { days: number; people: number }
  clearAll: { deleted: number; people: number }
  // Team page (extension pages only). People live in their own stores, never in the user's history.
  getTeam: TeamOverview
  addPerson: AddPersonResult
  renamePerson: RenamePersonResult
  removePerson: { removed: boolean }
  // Other tools' files (extension pages only): `dryRun` answers what would happen without writing.
  importDays: ImportDaysResult

  // The history page.
  /** The month `month` (`YYYY-MM`), or the nearest older one with days, or the newest when absent. */
  getHistoryMonth: HistoryMonth
  deleteDay: { deleted: boolean; dayCount: number }
  /**
   * `replaces` names the stored record of that day (its capture time) the person confirmed replacing; without
   * it, a recorded day is never replaced.
   */
  saveManualDay: ManualSaveResult
  /** `note` null (or empty) removes the note. */
  setNote: { day: string; note: string | null }

  // The popup's chart ranges (6 months, 1 year, All) read beyond the overview's 49-day window.
  getSeries: SeriesAnswer
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

/**
 * A person's file for the Team page: the name to show (from the file name, or as the user edited it), the file's
 * name and text (read by the page, checked in full by the background), and `replaceId`, the person whose history
 * this file replaces after the user said yes (null adds a new person).
 */
export type AddPersonPayload = Payload<'addPerson'>

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

export type MessageName = keyof Answers
/** A message's payload: the type its check in protocol-checks.ts proves. */
export type Payload<K extends MessageName> = Checked<(typeof MESSAGES)[K]['payload']>
/** What the background answers to message `K` when it handles it. */
export type Answer<K extends MessageName> = Answers[K]
/** Each message's payload and answer. */
export type Protocol = { [K in MessageName]: { payload: Payload<K>; result: Answer<K> } }
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

/** An import larger than this is refused before parsing: ten years of history is well under 2 MB. */
export const MAX_IMPORT_CHARS = 20_000_000

/** Who sent a message, as the browser reports it (checked by `senderMayUse` in protocol-checks.ts). */
export interface SenderInfo {
  /** The sending extension's id (must be ours). */
  id?: string
  /** The URL of the sending document, as it was loaded (see `readingFrom`). */
  url?: string
  /** Set for content scripts (and for extension pages opened in a tab); `url` is where the tab is now. */
  tab?: { id?: number; url?: string }
  /** 0 for a tab's top frame. */
  frameId?: number
  /** The sending document (Chrome 106+; Firefox has none): an injection goes into that document and no other. */
  documentId?: string
}
