/**
 * Day keys: the local calendar day as `YYYY-MM-DD`. A user in Sydney who opens the page at 08:00 records
 * *their* today, not UTC's yesterday. Arithmetic goes through UTC noon so DST shifts never skip or repeat a day.
 */

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** The local calendar day of `date`. */
export function dayKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** True for a real calendar day in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DAY_KEY.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d
}

/** The year, month (1–12) and day of a day key. */
export function dayParts(day: string): [year: number, month: number, day: number] {
  return day.split('-').map(Number) as [number, number, number]
}

/**
 * Noon UTC of `day` (epoch ms): the instant that stands for a calendar day in day arithmetic, in formatting
 * with `timeZone: 'UTC'`, and in the capture-time rule. No time zone or DST shift moves it to another date.
 */
export function utcNoon(day: string): number {
  const [y, m, d] = dayParts(day)
  return Date.UTC(y, m - 1, d, 12)
}

/** Ascending by day key (which sorts as text); a comparator for `Array.prototype.sort`. */
export const byDay = (a: { day: string }, b: { day: string }): number =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : 0

function fromUtc(ms: number): string {
  const date = new Date(ms)
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** `day` shifted by `delta` calendar days (negative goes back). */
export function addDays(day: string, delta: number): string {
  return fromUtc(utcNoon(day) + delta * MS_PER_DAY)
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcNoon(to) - utcNoon(from)) / MS_PER_DAY)
}

/** Every day from `from` to `to` inclusive, ascending. Empty when `from` is after `to`. */
export function dayRange(from: string, to: string): string[] {
  const days: string[] = []
  for (let ms = utcNoon(from), end = utcNoon(to); ms <= end; ms += MS_PER_DAY) days.push(fromUtc(ms))
  return days
}

/** The chart window is 49 days (seven weeks), today included. */
export const WINDOW_DAYS = 49

/**
 * "Latest" means the latest day on or before today. A stored day after today (from an older version that
 * accepted one, a clock set ahead, a flight west across the date line) is kept, but it is never the latest
 * before its date comes: the badge, the popup, the reminder and the advice all ask this one question.
 * `records` may be in any order.
 */
export function latestOnOrBefore<T extends { day: string }>(records: Iterable<T>, today: string): T | null {
  let latest: T | null = null
  for (const record of records)
    if (record.day <= today && (latest === null || record.day > latest.day)) latest = record
  return latest
}

/** The record with the latest day strictly before `day` (the previous record), or null. Any order. */
export function latestBefore<T extends { day: string }>(records: Iterable<T>, day: string): T | null {
  let latest: T | null = null
  for (const record of records)
    if (record.day < day && (latest === null || record.day > latest.day)) latest = record
  return latest
}

/** The days of `records` dated after `today`, ascending and once each: what is shown as "dated after today". */
export function daysAfter(records: Iterable<{ day: string }>, today: string): string[] {
  const after = new Set<string>()
  for (const record of records) if (record.day > today) after.add(record.day)
  return [...after].sort()
}
