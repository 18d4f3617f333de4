import { describe, expect, it } from 'vitest'
import { checkNote, NOTE_MAX_CHARS, noteLength } from '../../src/core/note.ts'
import { checkDayRecord } from '../../src/core/validate.ts'
import { day } from '../support/records.ts'

describe('checkNote', () => {
  it.each<[string, unknown, string | null]>([
    ['no note (null)', null, null],
    ['no field at all (a record stored before notes)', undefined, null],
    ['an empty note, which is no note', '', null],
    ['only spaces', '   ', null],
    ['a short note', 'started posting twice a week', 'started posting twice a week'],
    ['a note with spaces around it, trimmed', '  new headline ', 'new headline'],
    ['a note of exactly 280 characters', 'x'.repeat(NOTE_MAX_CHARS), 'x'.repeat(NOTE_MAX_CHARS)],
    ['280 emoji (each one character)', '👍'.repeat(NOTE_MAX_CHARS), '👍'.repeat(NOTE_MAX_CHARS)],
    ['a note over two lines', 'posted\nand commented', 'posted\nand commented'],
    ['a note that looks like a formula', '=1+1', '=1+1'],
  ])('accepts %s', (_what, value, note) => {
    expect(checkNote(value)).toEqual({ ok: true, value: note })
  })

  it.each<[string, unknown, string]>([
    ['281 characters', 'x'.repeat(NOTE_MAX_CHARS + 1), 'too-long'],
    ['281 emoji', '👍'.repeat(NOTE_MAX_CHARS + 1), 'too-long'],
    ['a number', 42, 'not-text'],
    ['an object', { text: 'hi' }, 'not-text'],
    ['a NUL character', 'a\u0000b', 'control-character'],
    ['an escape character', 'a\u001bb', 'control-character'],
    ['U+FFFD, where a decoder could not read the bytes', 'informa\uFFFD\uFFFDo', 'replacement-character'],
  ])('refuses %s', (_what, value, problem) => {
    expect(checkNote(value)).toEqual({ ok: false, error: { code: problem } })
  })

  it('counts characters, not UTF-16 units', () => {
    expect(noteLength('👍é')).toBe(2)
  })
})

describe('a note on a DayRecord', () => {
  it('is kept by the gate every record passes', () => {
    const record = day('2026-11-22', { note: 'new headline' })
    expect(checkDayRecord(record)).toEqual({ ok: true, value: record })
  })

  it('reads a record without the field as a day without a note', () => {
    const { note: _none, ...old } = day('2026-11-22')
    expect(checkDayRecord(old)).toEqual({ ok: true, value: day('2026-11-22', { note: null }) })
  })

  it('refuses a record whose note is too long', () => {
    expect(checkDayRecord(day('2026-11-22', { note: 'x'.repeat(281) }))).toEqual({
      ok: false,
      error: { code: 'bad-note', problem: 'too-long', max: 280 },
    })
  })
})
