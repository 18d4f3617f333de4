/** The typed client side of the protocol: `send('getOverview', {})` resolves to its result or throws its error. */
import { browser } from './extension-api.ts'
import type { MessageName, Payload, Reply, Result } from './protocol.ts'

export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

export async function send<K extends MessageName>(type: K, payload: Payload<K>): Promise<Result<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined
  if (!reply) throw new ProtocolError(`SSI Lens did not answer "${type}"`)
  if (!reply.ok) throw new ProtocolError(reply.error)
  return reply.result
}
