/**
 * Numbers as the SSI page writes them, parsed from plain strings. The page prints "16.438" in English, "20,973"
 * in pt-BR and German, and may use Arabic-Indic digits; `<progress value>` attributes are HTML floats whatever
 * the UI language. Anything that is not clearly one number is `null`, never `0`.
 */

// Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits, as Arabic and Persian UIs may print them.
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g

/** Western digits, the Arabic decimal separator as a comma, the Arabic percent sign and the minus sign as ASCII. */
export function normalizeDigits(text: string): string {
  return text
    .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - 0x660) % 0x90))
    .replace(/\u066b/g, ',')
    .replace(/\u066a/g, '%')
    .replace(/\u2212/g, '-')
}

/**
 * One number token: digits with at most one decimal mark, a point or a comma. SSI numbers stay below 1,000, so
 * a token with thousands separators ("1.234,5") is not an SSI number and reads as nothing.
 */
const TOKEN = /-?\d+(?:[.,]\d+)?/
const WHOLE_TOKEN = /^-?\d+(?:[.,]\d+)?$/
const LEADING_TOKEN = /^\s*(-?\d+(?:[.,]\d+)?)(?![.,]?\d)/
const tokenValue = (token: string): number => Number(token.replace(',', '.'))

/** The text as exactly one number ("20,973" → 20.973), or `null` when it is anything else ("—", "12 %", ""). */
export function parseLocaleNumber(text: string | null | undefined): number | null {
  const t = normalizeDigits(text ?? '').trim()
  return WHOLE_TOKEN.test(t) ? tokenValue(t) : null
}

/** The first number in a text ("Top 12 %" → 12, "average SSI of 32." → 32), or `null` when there is none. */
export function firstNumber(text: string | null | undefined): number | null {
  const m = TOKEN.exec(normalizeDigits(text ?? ''))
  return m ? tokenValue(m[0]) : null
}

/** The number a text starts with ("47 out of 100" → 47), or `null` when it starts with anything else. */
export function leadingNumber(text: string | null | undefined): number | null {
  const m = LEADING_TOKEN.exec(normalizeDigits(text ?? ''))
  return m?.[1] ? tokenValue(m[1]) : null
}

const HTML_FLOAT = /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/

/**
 * An attribute such as `<progress value="16.4382">`: an HTML float, always with a decimal point. A comma there
 * is not valid HTML, but it can only mean a decimal mark, so it is read as one rather than dropped.
 */
export function parseAttributeNumber(value: string | null | undefined): number | null {
  return value != null && HTML_FLOAT.test(value) ? Number(value) : parseLocaleNumber(value)
}

/** How many decimals a shown number has ("16.438" → 3, "15" → 0), to compare it with a precise value. */
export function shownDecimals(text: string): number {
  const m = /[.,](\d+)\s*$/.exec(normalizeDigits(text).trim())
  return m?.[1] ? m[1].length : 0
}

/**
 * True when `shown` is `precise` as the page would print it with the shown decimals: rounded (13.2104 → "13.21")
 * or cut ("13.2104" → "13.2"); anything further off means the two come from different readings.
 */
export function agreesWithShown(precise: number, shown: number, shownText: string): boolean {
  const offBy = (precise - shown) * 10 ** shownDecimals(shownText) // in units of the last shown digit
  return offBy >= -0.5 - 1e-6 && offBy < 1 + 1e-6
}
