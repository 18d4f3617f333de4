/**
 * Strict ISO 8601 instants. `Date.parse` is lenient in ways that invent times: engines roll `2026-02-31` over to
 * March 3, accept `24:00`, and read a missing zone as local time in one place and UTC in another. This parser
 * accepts only what it can read exactly: a real calendar day, hours 00–23, minutes and seconds 00–59, an
 * optional fraction, and `Z`, `±HH:MM`, `±HHMM` or no zone (read as UTC, which is what SSI Lens writes).
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/i

/** Milliseconds since the epoch of a strict ISO instant, or null when `text` is not one. */
export function parseInstant(text: string): number | null {
  const m = INSTANT.exec(text)
  if (!m) return null
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  const s = m[6] === undefined ? 0 : Number(m[6])
  // Milliseconds: the first three digits of the fraction; more digits than that are below what a Date holds.
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'))
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null
  let offset = 0
  if (m[9] !== undefined) {
    const oh = Number(m[10])
    const om = Number(m[11])
    // Real zones run from −12:00 to +14:00.
    if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return null
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000
  }
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
