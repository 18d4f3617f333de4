/**
 * A day's note: the person's own words on what they did ("started posting twice a week"), kept with the day,
 * shown on the history page and the popup, and carried in the CSV's `note` column.
 */
import { fail, ok, type Result } from './result.ts'

/** The longest note, in characters (Unicode code points, so an emoji counts once). */
export const NOTE_MAX_CHARS = 280

export type NoteProblem = 'not-text' | 'too-long' | 'control-character' | 'replacement-character'

/** The note as stored (null for none), or what is wrong with it. */
export type CheckedNote = Result<string | null, { code: NoteProblem }>

// C0 controls and DEL, except tab and line breaks, which a note copied from a spreadsheet cell may carry.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** The number of characters in `text` as a person counts them (code points, not UTF-16 units). */
export const noteLength = (text: string): number => [...text].length

/**
 * A note as it is stored: trimmed, and null when nothing is left (an empty note is no note). Missing (`null`
 * or `undefined`, as in records stored before notes existed) is null.
 */
export function checkNote(value: unknown): CheckedNote {
  if (value === null || value === undefined) return ok(null)
  if (typeof value !== 'string') return fail({ code: 'not-text' })
  const note = value.trim()
  if (note === '') return ok(null)
  if (CONTROL.test(note)) return fail({ code: 'control-character' })
  // U+FFFD is what a decoder leaves where it could not read the bytes: never stored (as for industry names).
  if (note.includes('\uFFFD')) return fail({ code: 'replacement-character' })
  if (noteLength(note) > NOTE_MAX_CHARS) return fail({ code: 'too-long' })
  return ok(note)
}
