/**
 * Which rows the history page shows. Ten years are 3,650 days: the page shows one calendar month at a time (at
 * most 31 rows, newest first), read from the store's month buckets, with the list of every month that has a day
 * to move between them. So the page's work and its DOM stay the same size whatever the years stored.
 */

/** The month a day belongs to: `2026-11-22` → `2026-11`. */
export const monthOfDay = (day: string): string => day.slice(0, 7)

/**
 * The month to show from `months` (every month with a stored day, newest first) for a `wanted` month: that
 * month if it has days; else the nearest older month with days (a month whose last day was just deleted gives
 * way to the one below it), else the oldest; the newest when nothing is wanted. Null when nothing is stored.
 */
export function monthToShow(months: readonly string[], wanted?: string | null): string | null {
  if (months.length === 0) return null
  if (!wanted) return months[0] as string
  return months.find((m) => m <= wanted) ?? (months.at(-1) as string)
}

/** The months next to `month` in `months` (newest first): the newer one and the older one, where they exist. */
export function neighbours(
  months: readonly string[],
  month: string,
): { newer: string | null; older: string | null } {
  const at = months.indexOf(month)
  if (at < 0) return { newer: null, older: null }
  return { newer: months[at - 1] ?? null, older: months[at + 1] ?? null }
}

/** True for a day after `today` (both `YYYY-MM-DD`): such a day is marked, and never counts as "latest". */
export const isAfterToday = (day: string, today: string): boolean => day > today
