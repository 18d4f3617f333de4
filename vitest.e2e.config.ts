import { defineConfig } from 'vitest/config'

// End-to-end tests drive the built extension in real Chromium (and Firefox ESR): one file at a time (each starts
// a browser on a 2-core machine), generous timeouts, and never a watch loop. Node 20 needs the flag for the
// global WebSocket the Firefox BiDi client uses.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for an event; its 1 s default made a slow machine look like a missing event (the history
    // test's ten-year import, once, at a load average of 32). 15 s, as long as the harness waits for a database.
    expect: { poll: { timeout: 15_000 } },
    execArgv: ['--experimental-websocket'],
  },
})
