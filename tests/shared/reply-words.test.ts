import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import de from '../../_locales/de/messages.json' with { type: 'json' }
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { type Catalog, catalogSource, setMessageSource } from '../../src/shared/i18n.ts'
import { ProtocolError } from '../../src/shared/messaging.ts'
import type { ReplyError } from '../../src/shared/protocol.ts'
import { codeDetail, errorWords, replyErrorWords } from '../../src/shared/reply-words.ts'

const catalog = messages as Catalog
beforeEach(() => setMessageSource(catalogSource(catalog), 'en-GB'))

/** One of every refusal the protocol has, each with the words it must give in English. */
const REFUSALS: [ReplyError, string][] = [
  [{ code: 'no-answer', message: 'getOverview' }, 'SSI Lens did not answer. Reload this page and try again.'],
  [{ code: 'wrong-sender', message: 'getTeam' }, 'SSI Lens does not take this request from this page.'],
  [{ code: 'malformed', message: 'importCsv' }, 'SSI Lens did not understand the request.'],
  [
    { code: 'failed', message: 'countDays', detail: 'QuotaExceededError: The quota has been exceeded.' },
    'SSI Lens ran into an error (QuotaExceededError: The quota has been exceeded.).',
  ],
  [{ code: 'no-day', day: '2026-11-14' }, 'Sat, 14 Nov 2026 is no longer recorded.'],
  [
    { code: 'note-refused', problem: 'too-long' },
    'SSI Lens did not accept it (note-refused: problem too-long).',
  ],
  [
    { code: 'day-refused', problems: { day: { code: 'after-today' } } },
    'SSI Lens did not accept it (day-refused: problems {"day":{"code":"after-today"}}).',
  ],
  [
    { code: 'reading-refused', problem: { code: 'sum-mismatch', sum: 56.7, overall: 47, tolerance: 1 } },
    'SSI Lens did not accept it (reading-refused: problem {"code":"sum-mismatch","sum":56.7,"overall":47,"tolerance":1}).',
  ],
  [{ code: 'not-a-reading', source: 'csv' }, 'SSI Lens did not accept it (not-a-reading: source csv).'],
  [
    { code: 'unknown-failure', failure: 'bored' },
    'SSI Lens did not accept it (unknown-failure: failure bored).',
  ],
]

describe('reply words', () => {
  it('has a catalogue entry for every reply key in use, and none unused', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../src/shared/reply-words.ts'), 'utf8')
    const used = new Set([...text.matchAll(/'(reply[A-Z][A-Za-z0-9]*)'/g)].map((m) => m[1] as string))
    expect([...used].filter((key) => !Object.hasOwn(catalog, key))).toEqual([])
    expect(Object.keys(catalog).filter((k) => k.startsWith('reply') && !used.has(k))).toEqual([])
  })

  it.each(REFUSALS.map(([error, words]) => [error.code, error, words] as const))(
    'words %s in a sentence, with its data',
    (_code, error, words) => {
      expect(replyErrorWords(error)).toBe(words)
      expect(errorWords(new ProtocolError(error))).toBe(words)
    },
  )

  it('words a refusal in the UI language, not in English', () => {
    setMessageSource(catalogSource(de as Catalog), 'de')
    expect(errorWords(new ProtocolError({ code: 'no-day', day: '2026-11-14' }))).toBe(
      'Sa., 14. Nov. 2026 ist nicht mehr erfasst.',
    )
    expect(replyErrorWords({ code: 'malformed', message: 'setNote' })).toBe(
      'SSI Lens hat die Anfrage nicht verstanden.',
    )
  })

  it('keeps what else was thrown as the browser said it', () => {
    expect(errorWords(new TypeError('Failed to fetch'))).toBe('Failed to fetch')
    expect(errorWords('plain')).toBe('plain')
  })

  it('gives a code without data as the code alone', () => {
    expect(codeDetail({ code: 'missing' })).toBe('missing')
  })
})
