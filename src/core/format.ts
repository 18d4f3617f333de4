/**
 * The rounding of numbers people read: one decimal, a trailing ".0" dropped ("15", "7.8"), halves rounded away
 * from zero so +0.25 and −0.25 mirror each other, and never a "−0". `roundTenth` is the rule; the pages write its
 * result in the UI language through shared/i18n's `formatNumber` (Intl), and `formatTenth`/`formatSignedTenth`
 * write it with ASCII digits where no locale applies.
 */

/** `n` rounded to one decimal, e.g. 7.815 → 7.8, 15.04 → 15. Never returns −0. */
export function roundTenth(n: number): number {
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * 10)) / 10
  return rounded === 0 ? 0 : rounded
}

/** One decimal with a trailing ".0" dropped: 7.815 → "7.8", 15 → "15", −0.04 → "0". */
export function formatTenth(n: number): string {
  return String(roundTenth(n))
}

/** Like `formatTenth` with an explicit sign for changes: "+1.2", "−0.9" (U+2212 minus), "0". */
export function formatSignedTenth(n: number): string {
  const r = roundTenth(n)
  if (r === 0) return '0'
  return r > 0 ? `+${r}` : `\u2212${-r}`
}
