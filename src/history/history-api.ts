/**
 * The history page's reads and writes, all through the message protocol: the background is the only reader and
 * writer of IndexedDB. `createHistoryApi` takes `send` as a parameter so component tests can hand in a fake.
 */
import type { ManualEntry } from '../core/manual-day.ts'
import type { Answer, HistoryMonth, ManualSaveResult, MessageName, Payload } from '../shared/protocol.ts'

/** The shape of `send()` in `src/shared/messaging.ts`. */
export type Send = <K extends MessageName>(type: K, payload: Payload<K>) => Promise<Answer<K>>

export interface HistoryApi {
  send: Send
  getMonth(month?: string): Promise<HistoryMonth>
  deleteDay(day: string): Promise<Answer<'deleteDay'>>
  saveManualDay(entry: ManualEntry, replaces: { capturedAt: string } | null): Promise<ManualSaveResult>
  setNote(day: string, note: string | null): Promise<string | null>
}

export function createHistoryApi(send: Send): HistoryApi {
  return {
    send,
    getMonth: (month) => send('getHistoryMonth', month === undefined ? {} : { month }),
    deleteDay: (day) => send('deleteDay', { day }),
    saveManualDay: (entry, replaces) => send('saveManualDay', { entry, replaces }),
    setNote: async (day, note) => (await send('setNote', { day, note })).note,
  }
}

/** An error's words for people, whatever was thrown (a refusal in the UI language). */
export { errorWords as errorMessage } from '../shared/reply-words.ts'
