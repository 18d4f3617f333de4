/**
 * The background as the content script's tests see it: the watcher's one message straight through the extension
 * API (`chrome.runtime.sendMessage`, answered as injected: the test then runs the reader, as the browser would),
 * and the reader's messages through shared/messaging's `send`, where the page's facts are read by the core's own
 * `parseFacts` and every other message is recorded in `sent` and answered as a saved day.
 */
import { parseFacts } from '../../src/core/page/parse-facts.ts'

export interface SentMessage {
  type: string
  payload: Record<string, unknown>
}

/** Puts a `chrome.runtime.sendMessage` on the global object; returns the list it records into. */
export function stubChromeRuntime(): SentMessage[] {
  const sent: SentMessage[] = []
  const sendMessage = async (message: SentMessage) => {
    sent.push(message)
    return { ok: true, value: { injected: true } }
  }
  Object.assign(globalThis, { chrome: { runtime: { sendMessage } } })
  return sent
}

/** shared/messaging's module for the reader: `send` reads facts with the core, records the rest. */
export function readerMessaging(sent: SentMessage[], lines: unknown = null) {
  return {
    send: async (type: string, payload: Record<string, unknown>) => {
      if (type === 'parseFacts') return parseFacts(payload.facts as Parameters<typeof parseFacts>[0])
      sent.push({ type, payload })
      return type === 'saveSnapshot'
        ? {
            replaced: false,
            badge: { day: '2026-11-22', overall: 47, change7: null, nextPillar: null },
            lines,
          }
        : { recorded: true, lines: null }
    },
  }
}
