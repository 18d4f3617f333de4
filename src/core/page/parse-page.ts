/**
 * The SSI page reader in one call, for a whole Document: collect the page's facts (what the content script does)
 * and read them (what the background does). `npm run parse`, the tests and the bench use it; the extension runs
 * the two halves in two contexts, with the facts crossing the `parseFacts` message between them.
 */
import type { ParseResult } from '../snapshot.ts'
import { collectFacts } from './collect-facts.ts'
import { parseFacts } from './parse-facts.ts'

/**
 * Reads the SSI page: the snapshot, or a refusal (`not-logged-in`, `not-ssi-page`, `loading`, `unrecognized`,
 * `conflict`, `inconsistent`; see `parseFacts`). Never returns a guessed number.
 */
export const parsePage = (doc: Document, url: string): ParseResult => parseFacts(collectFacts(doc, url))
