/** The page reader's two halves and their sum, as one entry the bench bundles for the page (tests/e2e/bench.ts). */
export { collectFacts } from '../../src/core/page/collect-facts.ts'
export { parseFacts } from '../../src/core/page/parse-facts.ts'
export { parsePage } from '../../src/core/page/parse-page.ts'
