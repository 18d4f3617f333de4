/**
 * The `date` cell as spreadsheets write it back. ISO days and year-first dates are read as they are; `DD.MM.YYYY`
 * is always day-first (no locale writes dots month-first); `A/B/YYYY` (also with `-`, and two-digit years) is
 * day-first or month-first, which only the file as a whole can tell: a first part above 12 makes it day-first,
 * a second part above 12 month-first, and when every such date could be either, the user is asked.
 */
import { isDayKey } from './day.ts'
import { fail, ok, type Result } from './result.ts'

export type DateOrder = 'day-first' | 'month-first'

export type DateCell =
  | { kind: 'day'; day: string }
  /** `a/b/year`: which of `a` and `b` is the day depends on the file's order. */
  | { kind: 'pair'; a: number; b: number; year: number }
  | { kind: 'bad' }

// A time after the date, as spreadsheets append it: `00:00`, `0:00:00`, `12:00:00 AM`, `T00:00:00.000Z`.
const TIME_AFTER = /[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[AaPp]\.? ?[Mm]\.?)?Z?$/
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?$/
const YEAR_LAST = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/

const pad = (n: number | string): string => String(n).padStart(2, '0')
// Two-digit years are this century: LinkedIn's SSI dates from 2014.
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y))

function key(year: number, month: number, day: number): DateCell {
  const k = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
  return isDayKey(k) ? { kind: 'day', day: k } : { kind: 'bad' }
}

/** What a date cell says, before the file's order is known. */
export function classifyDate(cell: string): DateCell {
  const text = cell.trim().replace(TIME_AFTER, '').trim()
  let m = YEAR_FIRST.exec(text)
  if (m) return key(Number(m[1]), Number(m[3]), Number(m[4]))
  m = DOTTED.exec(text)
  if (m) return key(fullYear(m[3] as string), Number(m[2]), Number(m[1]))
  m = YEAR_LAST.exec(text)
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])]
    // The same number twice (05/05/2026) reads the same either way.
    if (a === b) return key(fullYear(m[4] as string), a, a)
    return { kind: 'pair', a, b, year: fullYear(m[4] as string) }
  }
  return { kind: 'bad' }
}

/** The day a pair names in `order`, or null when that reading is no calendar day. */
export function pairDay(cell: { a: number; b: number; year: number }, order: DateOrder): string | null {
  const read = order === 'day-first' ? key(cell.year, cell.b, cell.a) : key(cell.year, cell.a, cell.b)
  return read.kind === 'day' ? read.day : null
}

/** The order one pair proves, if any. */
export function orderOf(cell: { a: number; b: number }): DateOrder | null {
  if (cell.a > 12 && cell.b <= 12) return 'day-first'
  if (cell.b > 12 && cell.a <= 12) return 'month-first'
  return null
}

export interface DayRange {
  from: string
  to: string
}

/** The first and last day the file's dates give in `order` (dates that read the same either way included). */
export function rangeIn(cells: readonly DateCell[], order: DateOrder): DayRange | null {
  let from: string | null = null
  let to: string | null = null
  for (const cell of cells) {
    const day = cell.kind === 'day' ? cell.day : cell.kind === 'pair' ? pairDay(cell, order) : null
    if (day === null) continue
    if (from === null || day < from) from = day
    if (to === null || day > to) to = day
  }
  return from === null || to === null ? null : { from, to }
}

/**
 * How a file's `A/B/YYYY` dates are read. `order` null: no date needs one (or none reads as a day either way).
 * `proven`: a date proved it, so a date proving the other order is an error of its own (the file mixes both).
 */
export interface FileDateOrder {
  order: DateOrder | null
  proven: boolean
}

/** Every date could be either order: ask the user, showing the range each reading gives, then read again. */
export interface AmbiguousDates {
  code: 'ambiguous-dates'
  dayFirst: DayRange
  monthFirst: DayRange
}

/**
 * The order of a file's dates, the one rule of every reader: the order the first date with a part above 12
 * proves; else, when some date reads as a real day both ways, the user's `answer`, or the question; else none
 * (dates that are no day in either order are bad dates whatever the order, so asking would change nothing).
 */
export function fileDateOrder(
  cells: readonly DateCell[],
  answer?: DateOrder,
): Result<FileDateOrder, AmbiguousDates> {
  for (const cell of cells) {
    const proved = cell.kind === 'pair' ? orderOf(cell) : null
    if (proved !== null) return ok({ order: proved, proven: true })
  }
  const eitherWay = cells.some(
    (c) => c.kind === 'pair' && pairDay(c, 'day-first') !== null && pairDay(c, 'month-first') !== null,
  )
  if (!eitherWay) return ok({ order: null, proven: false })
  if (answer !== undefined) return ok({ order: answer, proven: false })
  // A date readable both ways gives a day in each order, so both ranges exist.
  const dayFirst = rangeIn(cells, 'day-first') as DayRange
  const monthFirst = rangeIn(cells, 'month-first') as DayRange
  return fail({ code: 'ambiguous-dates', dayFirst, monthFirst })
}

/** Why one date cell gives no day in the file's order; `value` is the cell as the caller shows it. */
export type DateIssue =
  | { code: 'bad-date'; value: string }
  | { code: 'date-order-mixed'; value: string; order: DateOrder }

/** The day one cell names in the file's order. */
export function dayIn(cell: DateCell, file: FileDateOrder, value: string): Result<string, DateIssue> {
  if (cell.kind === 'day') return ok(cell.day)
  if (cell.kind === 'pair' && file.order !== null) {
    const proves = orderOf(cell)
    if (file.proven && proves !== null && proves !== file.order)
      return fail({ code: 'date-order-mixed', value, order: file.order })
    const day = pairDay(cell, file.order)
    if (day !== null) return ok(day)
  }
  return fail({ code: 'bad-date', value })
}
