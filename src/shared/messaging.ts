/** The typed client side of the protocol: `send('getOverview', {})` resolves to its answer or throws its error. */
import { browser } from './extension-api.ts'
import type { Answer, MessageName, Payload, Reply, ReplyError } from './protocol.ts'

/** A refused or unanswered message: `error` is the code with its data (`reply-words.ts` words it for people). */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
  constructor(readonly error: ReplyError) {
    // The message is for logs and developers: the code and its data as they are.
    super(JSON.stringify(error))
  }
}

export async function send<K extends MessageName>(type: K, payload: Payload<K>): Promise<Answer<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined
  if (!reply) throw new ProtocolError({ code: 'no-answer', message: type })
  if (!reply.ok) throw new ProtocolError(reply.error)
  return reply.value
}
