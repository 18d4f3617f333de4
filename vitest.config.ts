import { defineConfig } from 'vitest/config'

// Unit and component tests only; the crx plugin never takes part (see vitest.e2e.config.ts for real Chromium).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
})
