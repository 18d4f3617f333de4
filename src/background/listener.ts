/**
 * The `runtime.onMessage` listener: shape guard, sender check, handler, reply envelope. It is deliberately not
 * `async`: it returns a promise only for messages of SSI Lens's protocol and `undefined` for anything else, so
 * other listeners (and other extensions' messages) are left alone.
 */
import type { MessageName, Reply, ReplyError, SenderInfo } from '../shared/protocol.ts'
import { parseMessage, SENDERS, senderMayUse } from '../shared/protocol-checks.ts'
import type { Handlers } from './handlers.ts'
import { Refusal } from './handlers.ts'

export interface ExtensionIdentity {
  /** `runtime.id` */
  id: string
  /** `runtime.getURL('')`, e.g. `chrome-extension://<id>/` */
  origin: string
}

type AnyReply = Reply<MessageName>

const refuse = (error: ReplyError): AnyReply => ({ ok: false, error })

/** True when `raw` names one of our messages, valid or not: those get an answer, everything else is not ours. */
function isOurs(raw: unknown): raw is { type: MessageName } {
  if (typeof raw !== 'object' || raw === null) return false
  const type = (raw as { type?: unknown }).type
  return typeof type === 'string' && Object.hasOwn(SENDERS, type)
}

export function createMessageListener(
  handlers: Handlers,
  identity: ExtensionIdentity,
): (raw: unknown, sender: SenderInfo) => Promise<AnyReply> | undefined {
  return (raw, sender) => {
    if (!isOurs(raw)) return undefined
    if (!senderMayUse(raw.type, sender, identity.id, identity.origin))
      return Promise.resolve(refuse({ code: 'wrong-sender', message: raw.type }))
    const message = parseMessage(raw)
    if (!message) return Promise.resolve(refuse({ code: 'malformed', message: raw.type }))
    const handler = handlers[message.type] as (payload: unknown, sender: SenderInfo) => Promise<unknown>
    return handler(message.payload, sender).then(
      (value) => ({ ok: true, value }) as AnyReply,
      (error: unknown) => {
        if (error instanceof Refusal) return refuse(error.error)
        // Anything else is our fault (or the disk's): say so, and leave the details to the console.
        console.error(`SSI Lens: "${message.type}" failed`, error)
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        return refuse({ code: 'failed', message: message.type, detail })
      },
    )
  }
}
