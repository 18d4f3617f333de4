#!/usr/bin/env node
/**
 * Entry point of `npm run demo` (see scripts/demo.ts). Node 20 cannot run TypeScript, so Vite's module runner
 * loads the demo and the project modules it imports (core, scripts/lib) from source, as scripts/parse.mjs does.
 */
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

try {
  const { module } = await runnerImport(fileURLToPath(new URL('./demo.ts', import.meta.url)), {
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
  })
  process.exitCode = await module.main(process.argv.slice(2))
} catch (error) {
  console.error(`The demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exitCode = 1
}
