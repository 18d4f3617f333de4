import { defineConfig } from 'vitest/config'

// End-to-end tests drive the built extension in real Chromium: one file at a time (each starts a browser on a
// 2-core machine), generous timeouts, and never a watch loop.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
})
