/**
 * Runs the page reader in a tab that reached the SSI page by an in-app link (`injectReader`). The manifest runs the
 * reader only when the SSI page itself is loaded; Sales Navigator is a single-page app, so a user who clicks their
 * way to the SSI page loads no page, and the watcher the manifest runs on every Sales Navigator page asks for it
 * here. This is the only use of the `scripting` permission: one file, into the sender's own document, while the
 * listener's sender rule says the tab shows the SSI page.
 */
import type { Scripting } from 'webextension-polyfill'
import { SSI_PAGE_URL } from '../core/page/address.ts'
import type { SenderInfo } from '../shared/protocol.ts'

interface DeclaredScript {
  matches?: string[]
  js?: string[]
}

/**
 * The reader's built file, as the manifest declares it for the SSI page: the build names the file, the manifest
 * is where the name is written, so nothing here can drift from what the browser runs on a page load.
 */
export function readerFiles(contentScripts: readonly DeclaredScript[] | undefined): string[] {
  const entry = contentScripts?.find((c) => c.matches?.includes(`${SSI_PAGE_URL}*`))
  if (!entry?.js?.length) throw new Error('the manifest declares no page reader for the SSI page')
  return entry.js
}

type ExecuteScript = (injection: Scripting.ScriptInjection) => Promise<unknown>

/** Injects `files` into the sender's document: by its id where the browser gives one, else its frame of its tab. */
export async function injectReader(
  executeScript: ExecuteScript,
  files: string[],
  sender: SenderInfo,
): Promise<void> {
  const tabId = sender.tab?.id
  if (tabId === undefined) throw new Error('the sender is not in a tab')
  const target: Scripting.InjectionTarget =
    typeof sender.documentId === 'string'
      ? { tabId, documentIds: [sender.documentId] }
      : { tabId, frameIds: [sender.frameId ?? 0] }
  await executeScript({ target, files })
}
