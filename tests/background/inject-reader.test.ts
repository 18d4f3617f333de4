/**
 * The page reader injected into a tab that reached the SSI page in-app: exactly the file the manifest declares for
 * the SSI page, into the sender's own document (or its frame where the browser names no document), through the
 * listener's sender rule.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Scripting } from 'webextension-polyfill'
import { createHandlers } from '../../src/background/handlers.ts'
import { injectReader, readerFiles } from '../../src/background/inject-reader.ts'
import { createMessageListener } from '../../src/background/listener.ts'
import type { SenderInfo } from '../../src/shared/protocol.ts'

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8'))

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop'
const ORIGIN = `chrome-extension://${EXT_ID}/`
/** A document loaded on /sales/home whose tab an in-app link took to the SSI page. */
const NAVIGATED: SenderInfo = {
  id: EXT_ID,
  url: 'https://www.linkedin.com/sales/home',
  tab: { id: 7, url: 'https://www.linkedin.com/sales/ssi' },
  frameId: 0,
}

function recorder() {
  const calls: Scripting.ScriptInjection[] = []
  const executeScript = async (injection: Scripting.ScriptInjection) => {
    calls.push(injection)
    return []
  }
  return { calls, executeScript }
}

describe('readerFiles', () => {
  it('is the script the manifest runs on the SSI page, and only that one', () => {
    expect(readerFiles(manifest.content_scripts)).toEqual(['src/content/reader.ts'])
  })

  it('refuses a manifest that declares no reader for the SSI page', () => {
    expect(() =>
      readerFiles([{ matches: ['https://www.linkedin.com/sales/*'], js: ['src/content/index.js'] }]),
    ).toThrow(/no page reader/)
    expect(() => readerFiles(undefined)).toThrow(/no page reader/)
  })
})

describe('injectReader', () => {
  it.each([
    [
      'its document, where the browser names it',
      { ...NAVIGATED, documentId: 'DOC-1' },
      { tabId: 7, documentIds: ['DOC-1'] },
    ],
    ['its frame, where the browser names no document', NAVIGATED, { tabId: 7, frameIds: [0] }],
  ])('injects into the sender’s %s', async (_what, sender, target) => {
    const { calls, executeScript } = recorder()
    await injectReader(executeScript, ['src/content/reader.js'], sender)
    expect(calls).toEqual([{ target, files: ['src/content/reader.js'] }])
  })

  it('injects nothing for a sender outside a tab', async () => {
    const { calls, executeScript } = recorder()
    await expect(injectReader(executeScript, ['r.js'], { ...NAVIGATED, tab: undefined })).rejects.toThrow()
    expect(calls).toEqual([])
  })

  it('is asked for through the protocol only while the tab shows the SSI page', async () => {
    const { calls, executeScript } = recorder()
    const handlers = createHandlers({
      db: async () => {
        throw new Error('injecting the reader needs no database')
      },
      now: () => new Date(),
      historyChanged: async () => undefined,
      injectReader: (sender) => injectReader(executeScript, ['src/content/reader.js'], sender),
    })
    const listen = createMessageListener(handlers, { id: EXT_ID, origin: ORIGIN })
    const ask = (sender: SenderInfo) => listen({ type: 'injectReader', payload: {} }, sender)

    expect(await ask(NAVIGATED)).toEqual({ ok: true, value: { injected: true } })
    const elsewhere = { ...NAVIGATED, tab: { id: 7, url: 'https://www.linkedin.com/sales/home' } }
    expect(await ask(elsewhere)).toEqual({
      ok: false,
      error: { code: 'wrong-sender', message: 'injectReader' },
    })
    expect(await ask({ ...NAVIGATED, frameId: 2 })).toMatchObject({ ok: false })
    expect(calls).toHaveLength(1)
  })
})
