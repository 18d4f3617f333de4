import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import { defineConfig } from 'vite'
import manifest from './manifest.json' with { type: 'json' }
import { firefoxManifest } from './scripts/firefox-manifest.ts'

// manifest.json is the source of truth; the Firefox variant is derived from it here, never kept as a copy.
const browser = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'
const target = browser === 'firefox' ? firefoxManifest(manifest) : manifest

export default defineConfig({
  plugins: [
    crx({
      manifest: target as ManifestV3Export,
      browser,
      // One self-contained content script file: no loader and no web_accessible_resources, so LinkedIn's page
      // cannot probe chrome-extension:// URLs to detect SSI Lens (TOOLCHAIN.md §5).
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Chrome 116+ and Firefox 115+ support <link rel=modulepreload>; Vite's polyfill would only add a fetch() call
    // to the popup, and SSI Lens ships none (tests/e2e/privacy.test.ts).
    modulePreload: { polyfill: false },
    // Extension pages that the manifest does not name (it lists only the popup and the options page).
    rollupOptions: { input: { team: 'src/team/index.html' } },
  },
})
