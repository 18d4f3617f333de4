/**
 * The sample SSI page the demo, the store pictures and the inline badge's layout tests show: the modern English
 * fixture (`tests/fixtures/ssi-modern-en.html`) with a stand-in for LinkedIn's stylesheet, which the fixture links
 * from a host nothing here ever reaches. The markup, and so what SSI Lens reads, is the fixture's own.
 */
import { readFileSync } from 'node:fs'
import { fixture } from './harness.ts'

/** LinkedIn's look, roughly: enough for positions and screenshots to look like the real page. */
export const LINKEDIN_LIKE_CSS = readFileSync(new URL('./demo-page.css', import.meta.url), 'utf8')

/** The modern English fixture in LinkedIn's look. */
export function samplePage(): string {
  return fixture('ssi-modern-en').replace('</head>', `<style>${LINKEDIN_LIKE_CSS}</style>\n</head>`)
}
