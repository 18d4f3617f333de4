/**
 * The words for a message the background did not answer with its result (`ReplyError`, a code with its data),
 * and for whatever else a page's call may throw. Every page shows them inside its own sentence ("That did not
 * work: …"). Small on purpose, since the popup loads it to open: a refusal a page words better itself (the
 * history page's day and note problems) is worded there, and here it is named by its code and data, as a
 * technical detail. Keys carry the `reply` prefix; `tests/shared/reply-words.test.ts` checks they exist.
 */
import { formatDate, message } from './i18n.ts'
import { ProtocolError } from './messaging.ts'
import type { ReplyError } from './protocol.ts'

export type ReplyMessageKey = `reply${string}`

const w = (key: ReplyMessageKey, ...subs: Array<string | number>): string => message(key, subs)

/** A code and its data as compact technical detail: "note-refused: problem too-long". */
export function codeDetail(error: { code: string }): string {
  const data = Object.entries(error)
    .filter(([key]) => key !== 'code')
    .map(([key, v]) => `${key} ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
  return data.length === 0 ? error.code : `${error.code}: ${data.join(', ')}`
}

/** One refusal in the UI language. */
export function replyErrorWords(error: ReplyError): string {
  switch (error.code) {
    case 'no-answer':
      return w('replyNoAnswer')
    case 'wrong-sender':
      return w('replyWrongSender')
    case 'malformed':
      return w('replyMalformed')
    case 'failed':
      return w('replyFailed', error.detail)
    case 'no-day':
      return w('replyNoDay', formatDate(error.day, { long: true }))
    default:
      return w('replyRefused', codeDetail(error))
  }
}

/**
 * Whatever a page's call threw, for people: a refusal in words, anything else (a file the browser could not
 * read, a module that did not load) as the browser said it.
 */
export function errorWords(error: unknown): string {
  if (error instanceof ProtocolError) return replyErrorWords(error.error)
  return error instanceof Error ? error.message : String(error)
}
