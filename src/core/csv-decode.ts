/**
 * Bytes of a CSV file → text. UTF-8 (with or without a BOM) is read strictly; UTF-16 is read when a BOM says
 * so; anything else that is not valid UTF-8 is Windows-1252, which is what Excel's default "CSV" type writes.
 * Decoding never substitutes U+FFFD: a file is either read exactly or refused.
 */

import type { CsvEncoding } from './csv-encodings.ts'
import { fail, ok, type Result } from './result.ts'

export type { CsvEncoding }

/** The text and how it was read, or the `bad-encoding` issue (a UTF-16 BOM before bytes that are not UTF-16). */
export type Decoded = Result<
  { text: string; encoding: CsvEncoding },
  { code: 'bad-encoding'; encoding: CsvEncoding }
>

/** Windows-1252's 0x80–0x9F (WHATWG Encoding); the five unassigned bytes map to the C1 controls, as browsers do. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/** Every byte is a character in Windows-1252, so this never fails (and never yields U+FFFD). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  // In chunks: String.fromCharCode with millions of arguments overflows the stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    )
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

function strict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    // `fatal` throws on bytes that are not valid in the encoding instead of writing U+FFFD; the decoder drops
    // one leading BOM itself.
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Decodes a CSV file's bytes (see the module comment for the rules). */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  const [b0, b1] = [bytes[0], bytes[1]]
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null
  if (utf16 !== null) {
    const text = strict(utf16, bytes)
    return text === null ? fail({ code: 'bad-encoding', encoding: utf16 }) : ok({ text, encoding: utf16 })
  }
  const text = strict('utf-8', bytes)
  if (text !== null) return ok({ text, encoding: 'utf-8' })
  return ok({ text: decodeWindows1252(bytes), encoding: 'windows-1252' })
}
