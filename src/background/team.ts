/**
 * Every read and write of the Team page's people, each in one transaction over `people` and `personDays`: a
 * person is added, replaced or removed whole, or not at all. The user's own history (`months`) is only read here,
 * for the row "You", never written.
 */
import { addDays } from '../core/day.ts'
import { sameName } from '../core/person-name.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { type PersonSummary, SUMMARY_VERSION, summarizeHistory } from '../core/team-summary.ts'
import { countDays, type HistoryDb, latestDay, type PersonRecord, storedDaysInRange } from './db.ts'

/** A person as the Team page lists them. */
export type PersonEntry = PersonRecord

/**
 * Every person with an up-to-date summary. Summaries written by an older SSI Lens (another `SUMMARY_VERSION`)
 * are recomputed from the stored days and written back once, so opening stays a read of summaries afterwards.
 */
export async function readPeople(db: HistoryDb): Promise<PersonEntry[]> {
  const people = await db.getAll('people')
  const outdated = people.filter((p) => p.summary?.version !== SUMMARY_VERSION)
  if (outdated.length === 0) return people
  const tx = db.transaction(['people', 'personDays'], 'readwrite')
  const fresh = new Map<string, PersonRecord>()
  for (const person of outdated) {
    const stored = await tx.objectStore('personDays').get(person.id)
    if (!stored || stored.days.length === 0) continue
    const updated = { ...person, summary: summarizeHistory(stored.days) }
    fresh.set(person.id, updated)
    await tx.objectStore('people').put(updated)
  }
  await tx.done
  return people.map((p) => fresh.get(p.id) ?? p)
}

/** The user's own history summarised like a person's, from the days on or before `today`; null when it is empty. */
export async function readOwnSummary(db: HistoryDb, today: string): Promise<PersonSummary | null> {
  const tx = db.transaction(['months', 'meta'])
  const months = tx.objectStore('months')
  const latest = await latestDay(months, addDays(today, 1))
  if (latest === null) return null
  // The longest range plus the day before it is all a summary reads; older years are not loaded.
  const from = addDays(latest.day, -400)
  const [days, before, count] = await Promise.all([
    storedDaysInRange(months, from, latest.day),
    latestDay(months, from),
    countDays(tx.objectStore('meta')),
  ])
  return summarizeHistory(before ? [before, ...days] : days, count)
}

export interface NewPerson {
  name: string
  fileName: string
  /** Ascending by day, one per day, not empty (a checked file). */
  days: readonly DayRecord[]
  addedAt: string
  /** The person whose history this file replaces (the user said yes); otherwise a new person is added. */
  replaceId: string | null
}

export type AddOutcome =
  | { kind: 'added'; person: PersonRecord; replaced: boolean }
  /** Another person already has this name: nothing was written; the page asks whether to replace them. */
  | { kind: 'exists'; existing: PersonRecord }
  /** `replaceId` names nobody (removed meanwhile): nothing was written. */
  | { kind: 'missing' }

/**
 * Adds a person, or replaces one's file and days (keeping their name), in one transaction. A name another person already has is
 * not added twice: the answer says who has it, so the user can choose to replace them.
 */
export async function addPerson(db: HistoryDb, person: NewPerson, newId: () => string): Promise<AddOutcome> {
  const tx = db.transaction(['people', 'personDays'], 'readwrite')
  const people = await tx.objectStore('people').getAll()
  const clash = people.find((p) => p.id !== person.replaceId && sameName(p.name, person.name))
  if (clash) {
    await tx.done
    return { kind: 'exists', existing: clash }
  }
  if (person.replaceId !== null && !people.some((p) => p.id === person.replaceId)) {
    await tx.done
    return { kind: 'missing' }
  }
  const id = person.replaceId ?? newId()
  // A replaced person keeps the name they have (perhaps one the user gave them): only their file is new.
  const replaced = people.find((p) => p.id === person.replaceId)
  const record: PersonRecord = {
    id,
    name: replaced?.name ?? person.name,
    fileName: person.fileName,
    addedAt: person.addedAt,
    summary: summarizeHistory(person.days),
  }
  await Promise.all([
    tx.objectStore('people').put(record),
    tx.objectStore('personDays').put({ id, days: [...person.days] }),
    tx.done,
  ])
  return { kind: 'added', person: record, replaced: person.replaceId !== null }
}

export type RenameOutcome = { kind: 'renamed' } | { kind: 'exists' } | { kind: 'missing' }

/** Renames a person, unless another person has that name already. */
export async function renamePerson(db: HistoryDb, id: string, name: string): Promise<RenameOutcome> {
  const tx = db.transaction('people', 'readwrite')
  const people = await tx.store.getAll()
  const person = people.find((p) => p.id === id)
  let outcome: RenameOutcome = { kind: 'renamed' }
  if (!person) outcome = { kind: 'missing' }
  else if (people.some((p) => p.id !== id && sameName(p.name, name))) outcome = { kind: 'exists' }
  else await tx.store.put({ ...person, name })
  await tx.done
  return outcome
}

/** Removes a person and all their days in one transaction; false when there was nobody with that id. */
export async function removePerson(db: HistoryDb, id: string): Promise<boolean> {
  const tx = db.transaction(['people', 'personDays'], 'readwrite')
  const found = (await tx.objectStore('people').getKey(id)) !== undefined
  await Promise.all([tx.objectStore('people').delete(id), tx.objectStore('personDays').delete(id), tx.done])
  return found
}

/** How many people are on the Team page. */
export function countPeople(db: HistoryDb): Promise<number> {
  return db.count('people')
}
