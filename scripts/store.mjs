#!/usr/bin/env node
/** Entry point of `npm run store` (see scripts/store.ts), loaded through Vite's module runner like the demo. */
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

try {
  const { module } = await runnerImport(fileURLToPath(new URL('./store.ts', import.meta.url)), {
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
  })
  process.exitCode = await module.main(process.argv.slice(2))
} catch (error) {
  console.error(
    `npm run store failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  )
  process.exitCode = 1
}
