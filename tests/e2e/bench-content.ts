/**
 * What the content script costs on a Sales Navigator page that is not the SSI page, where it should do nothing but
 * notice an in-app navigation: the main thread's time in the script (compiling and evaluating it, and any call
 * into it afterwards), read from a Chromium trace of the page load.
 */
import type { CDPSession } from 'playwright-core'
import type { ExtensionHarness } from '../../scripts/lib/harness.ts'
import { coveredMicros, type Span } from '../support/trace-spans.ts'
import { median } from './bench.ts'
import { salesHomeWithInAppLink } from './pages.ts'

export const OTHER_SALES_PAGE = 'https://www.linkedin.com/sales/home'

interface TraceEvent extends Span {
  name: string
  ph: string
  args?: { data?: { url?: string } }
}

/** Records the trace of `work` on `cdp`'s page (timeline categories only). */
async function trace(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] },
  })
  await work()
  await cdp.send('Tracing.end')
  await complete
  return events
}

/**
 * Main-thread milliseconds of one load of `url` spent in the content script: the trace events that name the
 * script's URL as the code they run (its compilation and evaluation, any later function call into it), the time
 * they cover counted once (`coveredMicros`). It waits for
 * the content script's isolated world to appear and then runs one expression in it: that expression is queued
 * behind the script's evaluation on the same thread, so once it answers, the script has run.
 */
export async function contentScriptCost(h: ExtensionHarness, url: string): Promise<number> {
  const page = await h.context.newPage()
  const cdp = await h.context.newCDPSession(page)
  try {
    const world = new Promise<number>((done) =>
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin === `chrome-extension://${h.extensionId}`) done(context.id)
      }),
    )
    await cdp.send('Runtime.enable')
    const events = await trace(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' })
      await cdp.send('Runtime.evaluate', { expression: '0', contextId: await world })
    })
    const script = `chrome-extension://${h.extensionId}/`
    const ours = events
      .filter((e) => e.ph === 'X' && e.args?.data?.url?.startsWith(script))
      .filter((e) => e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile')
    return coveredMicros(ours) / 1000
  } finally {
    await cdp.detach().catch(() => undefined)
    await page.close()
  }
}

/** Median of `runs` loads (after one not counted) of a Sales Navigator page that is not the SSI page. */
export async function measureContentOnOtherPage(h: ExtensionHarness, runs = 15): Promise<number> {
  h.server.serve(OTHER_SALES_PAGE, salesHomeWithInAppLink())
  const times: number[] = []
  for (let i = 0; i < runs + 1; i++) {
    const ms = await contentScriptCost(h, OTHER_SALES_PAGE)
    if (i > 0) times.push(ms)
  }
  return median(times)
}
