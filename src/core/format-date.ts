/**
 * Day keys (`YYYY-MM-DD`) and capture times as people read them, in the reader's locale: "14 Nov" (en-GB) or
 * "Nov 14" (en-US). A day key names a calendar day, not an instant, so it is formatted at UTC noon in UTC:
 * no time zone can move it to the day before or after.
 */
import { utcNoon } from './day.ts'

const formats = new Map<string, Intl.DateTimeFormat>()

// Building an Intl.DateTimeFormat costs far more than using one; a table of 49 rows reuses a handful.
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    formats.set(key, format)
  }
  return format
}

/**
 * A short day: "14 Nov"; with the year ("14 Nov 2025") when it is not the year of `today`, so a comparison
 * with a day long ago never reads as this year. `alwaysYear` adds it anyway (a chart axis across New Year).
 */
export function formatDay(day: string, locale: string, today: string = day, alwaysYear = false): string {
  const withYear = alwaysYear || day.slice(0, 4) !== today.slice(0, 4)
  return formatter(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcNoon(day))
}

/** A day with its weekday and year, for a chart readout or a table row: "Sat, 14 Nov 2026". */
export function formatDayLong(day: string, locale: string): string {
  return formatter(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcNoon(day))
}

/** The local time of an ISO instant: "08:15" (en-GB) or "8:15 AM" (en-US). `timeZone` is for tests. */
export function formatTime(iso: string, locale: string, timeZone?: string): string {
  return formatter(locale, { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso))
}

/** A calendar month (`YYYY-MM`), for a month's heading and the month menu: "November 2026". */
export function formatMonth(month: string, locale: string): string {
  return formatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcNoon(`${month}-15`))
}

/** An hour of the local day (0–23) as the locale writes it, for the reminder's choice: "9 AM" (en-US), "09" (de). */
export function formatHour(hour: number, locale: string): string {
  return formatter(locale, { hour: 'numeric' }).format(new Date(2000, 0, 1, hour))
}
