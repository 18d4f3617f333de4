/**
 * The protocol is defined once: each payload's type is the type its runtime check proves (protocol-checks.ts), and
 * the table of checks is held to the list of answers (protocol.ts). The `@ts-expect-error` lines are the test:
 * `tsc --noEmit` (part of `npm test`) fails if any of them compiles, that is, if a message could exist without its
 * check or a payload could differ from what its check accepts.
 */
import { describe, expect, it } from 'vitest'
import type { Answers, MessageName, Payload } from '../../src/shared/protocol.ts'
import { MESSAGES, type MessageRule, type MessageTable } from '../../src/shared/protocol-checks.ts'

/** A new message's answer, added to the list without a rule in the table. */
interface WithNewMessage extends Answers {
  addTag: { tagged: boolean }
}

describe('the protocol, defined once', () => {
  it('does not compile a message that has an answer but no check', () => {
    // @ts-expect-error: `addTag` has no sender and no payload check in MESSAGES
    const table: MessageTable<keyof WithNewMessage> = MESSAGES
    expect(Object.hasOwn(table, 'addTag')).toBe(false)
  })

  it('does not compile a check for a message that has no answer', () => {
    const rule: MessageRule = { from: 'extension', payload: MESSAGES.getOverview.payload }
    // @ts-expect-error: `addTag` is not a message (no answer), so it may not have a rule
    const table: MessageTable<MessageName> = { ...MESSAGES, addTag: rule }
    expect(Object.keys(table)).toContain('addTag')
  })

  it('types each payload as exactly what its check accepts', () => {
    const accepted: Payload<'getSeries'>[] = [{ range: '49d' }, { range: 'all' }]
    // @ts-expect-error: the check knows four ranges, so the type does too
    const unknownRange: Payload<'getSeries'> = { range: '2y' }
    const csv: Payload<'importCsv'> = { text: 'date\n', encoding: 'windows-1252', dateOrder: 'day-first' }
    // @ts-expect-error: importCsv's check takes exactly text, encoding and dateOrder
    const extraKey: Payload<'importCsv'> = { text: 'date\n', replace: true }
    // @ts-expect-error: a note is text or null, never missing
    const noNote: Payload<'setNote'> = { day: '2026-11-20' }
    const empty: Payload<'getOverview'> = {}
    // @ts-expect-error: a message without a payload takes no keys
    const notEmpty: Payload<'getOverview'> = { all: true }

    // What the types accept, the checks accept; what the types refuse, the checks refuse.
    for (const payload of accepted) expect(MESSAGES.getSeries.payload(payload)).toBe(true)
    expect(MESSAGES.importCsv.payload(csv)).toBe(true)
    expect(MESSAGES.getOverview.payload(empty)).toBe(true)
    expect(MESSAGES.getSeries.payload(unknownRange)).toBe(false)
    expect(MESSAGES.importCsv.payload(extraKey)).toBe(false)
    expect(MESSAGES.setNote.payload(noNote)).toBe(false)
    expect(MESSAGES.getOverview.payload(notEmpty)).toBe(false)
  })
})
