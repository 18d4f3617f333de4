/**
 * The Team page's reads and writes, all through the message protocol: the background is the only reader and
 * writer of IndexedDB. `createTeamApi` takes `send` as a parameter so component tests can hand in a fake.
 */
import type {
  AddPersonPayload,
  AddPersonResult,
  Answer,
  MessageName,
  Payload,
  RenamePersonResult,
  TeamOverview,
} from '../shared/protocol.ts'

/** The shape of `send()` in `src/shared/messaging.ts`. */
export type Send = <K extends MessageName>(type: K, payload: Payload<K>) => Promise<Answer<K>>

export interface TeamApi {
  getTeam(): Promise<TeamOverview>
  addPerson(person: AddPersonPayload): Promise<AddPersonResult>
  renamePerson(id: string, name: string): Promise<RenamePersonResult>
  removePerson(id: string): Promise<boolean>
}

export function createTeamApi(send: Send): TeamApi {
  return {
    getTeam: () => send('getTeam', {}),
    addPerson: (person) => send('addPerson', person),
    renamePerson: (id, name) => send('renamePerson', { id, name }),
    removePerson: async (id) => (await send('removePerson', { id })).removed,
  }
}

/** An error's words for people, whatever was thrown (a refusal in the UI language). */
export { errorWords as errorMessage } from '../shared/reply-words.ts'
