/**
 * One handler per protocol message, typed from `Protocol`: a message without a handler does not compile.
 * Handlers receive messages the listener has already shape-checked and sender-checked; they still re-check
 * every number with core/validate, because a content script runs next to a page SSI Lens does not control.
 */
import { readHistoryCsv } from '../core/csv-read.ts'
import { csvFileName, historyToCsv } from '../core/csv-write.ts'
import { addDays, byDay, dayKey } from '../core/day.ts'
import { checkManualEntry } from '../core/manual-day.ts'
import { checkNote } from '../core/note.ts'
import { parseFacts } from '../core/page/parse-facts.ts'
import { cleanName } from '../core/person-name.ts'
import { fail, ok } from '../core/result.ts'
import { type FailureRecord, isReadFailureCode, type ReadFailure, type UrlKind } from '../core/snapshot.ts'
import { viewOf } from '../core/team-summary.ts'
import { checkSnapshot } from '../core/validate.ts'
import { withUnsavedFailure } from '../shared/history-queries.ts'
import { type GetMessage, message, uiLocale } from '../shared/i18n.ts'
import {
  type InlineBadgeLines,
  type InlineBadgeOutcome,
  inlineBadgeLines,
} from '../shared/inline-badge-lines.ts'
import type {
  AddPersonResult,
  Answer,
  MessageName,
  NotSaved,
  Payload,
  ReplyError,
  SavedCapture,
  SenderInfo,
  TeamPerson,
} from '../shared/protocol.ts'
import type { Settings } from '../shared/settings.ts'
import type { HistoryDb, PersonRecord } from './db.ts'
import {
  clearAllData,
  deleteDay,
  failureRecord,
  importDays,
  readAllDays,
  readDayCount,
  readHistoryMonth,
  readOverview,
  readRangeSeries,
  recordFailure,
  saveCapture,
  saveManualDay,
  setDayNote,
} from './history.ts'
import { checkImportedDays } from './imported-days.ts'
import { addPerson, countPeople, readOwnSummary, readPeople, removePerson, renamePerson } from './team.ts'
import { teamFileProblem } from './team-file.ts'

export type Handlers = {
  [K in MessageName]: (payload: Payload<K>, sender: SenderInfo) => Promise<Answer<K>>
}

/** A message was understood but not accepted; `error` (a code with its data) is the answer the sender gets. */
export class Refusal extends Error {
  override name = 'Refusal'
  constructor(readonly error: ReplyError) {
    super(error.code)
  }
}

export interface HandlerContext {
  db: () => Promise<HistoryDb>
  now: () => Date
  /** The user's settings (the export's CSV format); absent in tests that do not need them. */
  loadSettings?: () => Promise<Settings>
  /** Called after the history changed (capture, import, clear), e.g. to update the toolbar badge. */
  historyChanged: () => Promise<void>
  /** A new person's id (a random UUID in the extension). */
  newId?: () => string
  /**
   * Where a failed save is kept when the database refuses even the failure record (storage full): the browser
   * session's storage in the extension, a variable in tests. Without it, such a failure is only answered to the page.
   */
  /**
   * The browser's messages and UI language, for the inline badge's words (the background words them so the
   * content script need not); defaults to the browser's i18n.
   */
  badgeWords?: { getMessage: GetMessage; locale: string }
  unsavedFailure?: {
    put(failure: FailureRecord): Promise<void>
    get(): Promise<FailureRecord | null>
  }
  /** Runs the page reader in the sender's document (inject-reader.ts); absent in tests that do not need it. */
  injectReader?: (sender: SenderInfo) => Promise<void>
}

/** The protocol caps a failure's reason at 500 characters. */
const MAX_REASON = 480

/**
 * A capture the database could not store (a full disk or quota, a database the browser closed), as the content
 * script's answer. The failure is kept like every other failed visit; if the database cannot take even that, it
 * is kept for the browser session instead, so the popup still shows it.
 */
async function saveFailed(
  ctx: HandlerContext,
  db: HistoryDb,
  error: unknown,
  urlKind: UrlKind,
  now: Date,
): Promise<NotSaved> {
  console.error('SSI Lens: the capture could not be stored', error)
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const failure: ReadFailure = {
    code: 'not-saved',
    reason: text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text,
  }
  try {
    await recordFailure(db, failure, urlKind, now)
  } catch (again) {
    console.error('SSI Lens: the failed save could not be stored either', again)
    await ctx.unsavedFailure
      ?.put(failureRecord(failure, urlKind, now))
      .catch((last: unknown) => console.error('SSI Lens: nowhere left to keep the failed save', last))
  }
  return { saved: false, failure, lines: wordInlineBadge(ctx, failure) }
}

/** The inline badge's words for one outcome, in the browser's language. */
function wordInlineBadge(ctx: HandlerContext, outcome: InlineBadgeOutcome): InlineBadgeLines {
  const words = ctx.badgeWords ?? { getMessage: (key, subs) => message(key, subs ?? []), locale: uiLocale() }
  return inlineBadgeLines(outcome, words.getMessage, words.locale)
}

const personView = (p: PersonRecord): TeamPerson => ({ ...p, summary: viewOf(p.summary) })

export function createHandlers(ctx: HandlerContext): Handlers {
  // The badge is a convenience: a failure to draw it must not turn a stored day into an error answer.
  const changed = () =>
    ctx.historyChanged().catch((error) => console.warn('SSI Lens: badge update failed', error))
  return {
    async saveSnapshot({ snapshot, urlKind }) {
      const checked = checkSnapshot(snapshot)
      if (!checked.ok) throw new Refusal({ code: 'reading-refused', problem: checked.error })
      // `csv` marks imported days and `manual` days entered by hand; a reading of the page is neither.
      const { source } = checked.value
      if (source === 'csv' || source === 'manual') throw new Refusal({ code: 'not-a-reading', source })
      const db = await ctx.db()
      const now = ctx.now()
      let saved: SavedCapture
      try {
        saved = await saveCapture(db, checked.value, urlKind, now)
      } catch (error) {
        return saveFailed(ctx, db, error, urlKind, now)
      }
      await changed()
      return { ...saved, lines: wordInlineBadge(ctx, saved) }
    },
    async parseFacts({ facts }) {
      return parseFacts(facts)
    },
    async reportFailure({ failure, urlKind }) {
      if (!isReadFailureCode(failure.code))
        throw new Refusal({ code: 'unknown-failure', failure: String(failure.code).slice(0, 80) })
      await recordFailure(await ctx.db(), failure, urlKind, ctx.now())
      return { recorded: true, lines: wordInlineBadge(ctx, failure) }
    },
    async injectReader(_payload, sender) {
      // Not a refusal the sender could act on: a context without an injector is SSI Lens's own fault ('failed').
      if (!ctx.injectReader) throw new Error('no page-reader injector in this context')
      await ctx.injectReader(sender)
      return { injected: true }
    },
    async getOverview() {
      const overview = await readOverview(await ctx.db(), ctx.now())
      // The session storage is a fallback: the overview never fails for want of it.
      const unsaved = await ctx.unsavedFailure?.get().catch(() => null)
      return withUnsavedFailure(overview, unsaved)
    },
    async exportCsv() {
      const [days, settings] = await Promise.all([
        readAllDays(await ctx.db()),
        // A settings store that cannot be read must not block an export: the standard format is always valid.
        ctx.loadSettings?.().catch(() => null) ?? null,
      ])
      const format = settings?.csvFormat ?? 'standard'
      return { filename: csvFileName(dayKey(ctx.now())), csv: historyToCsv(days, format), days: days.length }
    },
    async importCsv({ text, encoding = 'utf-8', dateOrder }) {
      const now = ctx.now()
      // A file written east of here may already be on tomorrow; a day later than that is in the future
      // everywhere and would become the "latest" score.
      const read = readHistoryCsv(text, {
        lastDay: addDays(dayKey(now), 1),
        now: now.getTime(),
        ...(dateOrder ? { dateOrder } : {}),
      })
      if (!read.ok) return read
      const { days, ignoredColumns, dateOrder: readAs } = read.value
      const counts = await importDays(await ctx.db(), days)
      if (counts.added + counts.replaced > 0) await changed()
      return ok({ ...counts, encoding, ignoredColumns, dateOrder: readAs })
    },
    async countDays() {
      const db = await ctx.db()
      const [days, people] = await Promise.all([readDayCount(db), countPeople(db)])
      return { days, people }
    },
    async clearAll() {
      const { days, people } = await clearAllData(await ctx.db())
      await changed()
      return { deleted: days, people }
    },
    async getTeam() {
      const db = await ctx.db()
      const today = dayKey(ctx.now())
      const [people, you] = await Promise.all([readPeople(db), readOwnSummary(db, today)])
      // The page gets each summary without its days: the next pillar is worked out here, from them.
      return { today, people: people.map(personView), you: you && viewOf(you) }
    },
    async addPerson({ name, fileName, text, replaceId }): Promise<AddPersonResult> {
      const shown = cleanName(name)
      if (shown === null) return fail({ code: 'no-name' })
      const now = ctx.now()
      // The same limits as an import of the user's own history: no day after tomorrow, no capture after now.
      const read = readHistoryCsv(text, { lastDay: addDays(dayKey(now), 1), now: now.getTime() })
      if (!read.ok) {
        // A team file is read without asking about its date order: an export of SSI Lens writes ISO days.
        if (read.error.code === 'ambiguous-dates') return fail({ code: 'rows', issues: [] })
        const { issues } = read.error
        return fail({ code: teamFileProblem(text, issues), issues })
      }
      if (read.value.days.length === 0) return fail({ code: 'empty', issues: [] })
      // The file's rows may come in any order; a person's days are kept ascending, as the history is.
      const days = read.value.days.map((d) => d.record).sort(byDay)
      const outcome = await addPerson(
        await ctx.db(),
        { name: shown, fileName, days, addedAt: now.toISOString(), replaceId },
        ctx.newId ?? (() => crypto.randomUUID()),
      )
      if (outcome.kind === 'missing') return fail({ code: 'missing' })
      if (outcome.kind === 'exists')
        return fail({
          code: 'exists',
          existing: personView(outcome.existing),
          incoming: { latestDay: (days.at(-1) as (typeof days)[number]).day, days: days.length },
        })
      return ok({ person: personView(outcome.person), replaced: outcome.replaced })
    },
    async renamePerson({ id, name }) {
      const shown = cleanName(name)
      if (shown === null) return fail({ code: 'no-name' })
      const outcome = await renamePerson(await ctx.db(), id, shown)
      return outcome.kind === 'renamed' ? ok(null) : fail({ code: outcome.kind })
    },
    async removePerson({ id }) {
      return { removed: await removePerson(await ctx.db(), id) }
    },
    async importDays({ days, dryRun }) {
      // The same slack and clock as importCsv: a day at most one day ahead, no reading after now.
      const now = ctx.now()
      const checked = checkImportedDays(days, addDays(dayKey(now), 1), now.getTime())
      if (!checked.ok) return checked
      const replacedDays: string[] = []
      const counts = await importDays(await ctx.db(), checked.value, { dryRun, replacedDays })
      if (!dryRun && counts.added + counts.replaced > 0) await changed()
      return ok({ ...counts, replacedDays, written: !dryRun })
    },
    // The history page.
    async getHistoryMonth({ month }) {
      return readHistoryMonth(await ctx.db(), month, ctx.now())
    },
    async deleteDay({ day }) {
      const result = await deleteDay(await ctx.db(), day)
      if (result.deleted) await changed()
      return result
    },
    async saveManualDay({ entry, replaces }) {
      const checked = checkManualEntry(entry, dayKey(ctx.now()))
      if (!checked.ok) throw new Refusal({ code: 'day-refused', problems: checked.error.problems })
      const result = await saveManualDay(await ctx.db(), checked.value.entry, replaces, ctx.now())
      if (result.saved) await changed()
      return result
    },
    async setNote({ day, note }) {
      const checked = checkNote(note)
      if (!checked.ok) throw new Refusal({ code: 'note-refused', problem: checked.error.code })
      const record = await setDayNote(await ctx.db(), day, checked.value)
      if (!record) throw new Refusal({ code: 'no-day', day })
      return { day, note: record.note }
    },

    async getSeries({ range }) {
      return readRangeSeries(await ctx.db(), ctx.now(), range)
    },
  }
}
