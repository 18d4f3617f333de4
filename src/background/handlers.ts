/**
 * One handler per protocol message, typed from `Protocol`: a message without a handler does not compile.
 * Handlers receive messages the listener has already shape-checked and sender-checked; they still re-check
 * every number with core/validate, because a content script runs next to a page SSI Lens does not control.
 */
import { readHistoryCsv } from '../core/csv-read.ts'
import { csvFileName, historyToCsv } from '../core/csv-write.ts'
import { addDays, dayKey } from '../core/day.ts'
import { checkManualEntry } from '../core/manual-day.ts'
import { checkNote } from '../core/note.ts'
import { cleanName } from '../core/person-name.ts'
import { isReadFailureCode } from '../core/snapshot.ts'
import { viewOf } from '../core/team-summary.ts'
import { checkSnapshot } from '../core/validate.ts'
import type {
  AddPersonResult,
  MessageName,
  Payload,
  Result,
  SenderInfo,
  TeamPerson,
} from '../shared/protocol.ts'
import type { Settings } from '../shared/settings.ts'
import type { HistoryDb, PersonRecord } from './db.ts'
import {
  clearAllData,
  deleteDay,
  importDays,
  readAllDays,
  readDayCount,
  readHistoryMonth,
  readOverview,
  recordFailure,
  saveCapture,
  saveManualDay,
  setDayNote,
} from './history.ts'
import { checkImportedDays } from './imported-days.ts'
import { addPerson, countPeople, readOwnSummary, readPeople, removePerson, renamePerson } from './team.ts'
import { teamFileProblem } from './team-file.ts'

export type Handlers = {
  [K in MessageName]: (payload: Payload<K>, sender: SenderInfo) => Promise<Result<K>>
}

/** A message was understood but not accepted; its message is the answer the sender sees. */
export class Refusal extends Error {
  override name = 'Refusal'
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
}

const personView = (p: PersonRecord): TeamPerson => ({ ...p, summary: viewOf(p.summary) })

export function createHandlers(ctx: HandlerContext): Handlers {
  // The badge is a convenience: a failure to draw it must not turn a stored day into an error answer.
  const changed = () =>
    ctx.historyChanged().catch((error) => console.warn('SSI Lens: badge update failed', error))
  return {
    async saveSnapshot({ snapshot, urlKind }) {
      const checked = checkSnapshot(snapshot)
      if (!checked.ok) throw new Refusal(`snapshot refused: ${checked.reason}`)
      // `csv` marks imported days; a reading of the page never carries it.
      if (checked.value.source === 'csv')
        throw new Refusal('snapshot refused: a page reading cannot come from a CSV file')
      if (checked.value.source === 'manual')
        throw new Refusal('snapshot refused: a page reading cannot be entered by hand')
      const result = await saveCapture(await ctx.db(), checked.value, urlKind, ctx.now())
      await changed()
      return result
    },
    async reportFailure({ failure, urlKind }) {
      if (!isReadFailureCode(failure.error))
        throw new Refusal(`unknown failure code ${JSON.stringify(failure.error)}`)
      await recordFailure(await ctx.db(), failure, urlKind, ctx.now())
      return { recorded: true }
    },
    async getOverview() {
      return readOverview(await ctx.db(), ctx.now())
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
      const counts = await importDays(await ctx.db(), read.days)
      if (counts.added + counts.replaced > 0) await changed()
      return { ok: true, ...counts, encoding, ignoredColumns: read.ignoredColumns, dateOrder: read.dateOrder }
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
      if (shown === null) throw new Refusal('a person needs a name')
      const now = ctx.now()
      // The same limits as an import of the user's own history: no day after tomorrow, no capture after now.
      const read = readHistoryCsv(text, { lastDay: addDays(dayKey(now), 1), now: now.getTime() })
      // A team file is read without asking about its date order: an export of SSI Lens writes ISO days.
      if (!read.ok && 'needs' in read) return { ok: false, problem: 'rows', errors: [] }
      if (!read.ok) return { ok: false, problem: teamFileProblem(text, read.errors), errors: read.errors }
      if (read.days.length === 0) return { ok: false, problem: 'empty', errors: [] }
      // The file's rows may come in any order; a person's days are kept ascending, as the history is.
      const days = read.days.map((d) => d.record).sort((a, b) => (a.day < b.day ? -1 : 1))
      const outcome = await addPerson(
        await ctx.db(),
        { name: shown, fileName, days, addedAt: now.toISOString(), replaceId },
        ctx.newId ?? (() => crypto.randomUUID()),
      )
      if (outcome.kind === 'missing') return { ok: false, problem: 'missing' }
      if (outcome.kind === 'exists')
        return {
          ok: false,
          problem: 'exists',
          existing: personView(outcome.existing),
          incoming: { latestDay: (days.at(-1) as (typeof days)[number]).day, days: days.length },
        }
      return { ok: true, person: personView(outcome.person), replaced: outcome.replaced }
    },
    async renamePerson({ id, name }) {
      const shown = cleanName(name)
      if (shown === null) return { ok: false, problem: 'empty' }
      const outcome = await renamePerson(await ctx.db(), id, shown)
      return outcome.kind === 'renamed' ? { ok: true } : { ok: false, problem: outcome.kind }
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
      const counts = await importDays(await ctx.db(), checked.days, { dryRun, replacedDays })
      if (!dryRun && counts.added + counts.replaced > 0) await changed()
      return { ok: true, ...counts, replacedDays, written: !dryRun }
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
      if (!checked.ok) {
        const fields = Object.entries(checked.problems).map(([field, p]) => `${field} (${p.code})`)
        throw new Refusal(`day refused: ${fields.join(', ')}`)
      }
      const result = await saveManualDay(await ctx.db(), checked.entry, replaces, ctx.now())
      if (result.saved) await changed()
      return result
    },
    async setNote({ day, note }) {
      const checked = checkNote(note)
      if (!checked.ok) throw new Refusal(`note refused: ${checked.problem}`)
      const record = await setDayNote(await ctx.db(), day, checked.note)
      if (!record) throw new Refusal(`no day is recorded on ${day}`)
      return { day, note: record.note }
    },
  }
}
