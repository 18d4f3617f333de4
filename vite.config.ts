import { readFileSync } from 'node:fs'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import { defineConfig, type Plugin } from 'vite'
import { firefoxManifest } from './firefox-manifest.ts'
import manifest from './manifest.json' with { type: 'json' }
import { pageShell } from './page-shell.ts'
import { standaloneBuilds } from './popup-build.ts'

// manifest.json is the source of truth; the Firefox variant is derived from it here, never kept as a copy.
const browser = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'
const target = browser === 'firefox' ? firefoxManifest(manifest) : manifest
const outDir = browser === 'firefox' ? 'dist-firefox' : 'dist'

/**
 * PRIVACY.md goes into the package as PRIVACY.txt, linked from the options page: the extension's pages fetch
 * nothing from the network, and as `.txt` both browsers show it as text instead of offering a download.
 */
const privacyPolicy: Plugin = {
  name: 'ssi-lens-privacy-policy',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'PRIVACY.txt',
      source: readFileSync(new URL('./PRIVACY.md', import.meta.url), 'utf8'),
    })
  },
}

export default defineConfig({
  plugins: [
    // Each page's index.html is its body only; the shell around it is written once (page-shell.ts).
    pageShell,
    privacyPolicy,
    crx({
      manifest: target as ManifestV3Export,
      browser,
      // Self-contained content script files (the navigation watcher, the page reader): no loader and no
      // web_accessible_resources, so LinkedIn's page cannot probe chrome-extension:// URLs to detect SSI Lens
      // (tests/e2e/badge-privacy.test.ts); the background injects the reader's file as the manifest names it.
      contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/content/reader.ts'] },
    }),
    // The popup rebuilt alone: two modules to open, its CSS inline, nothing it does not run (popup-build.ts); then
    // the options, History and Team pages, one module each (page-build.ts).
    standaloneBuilds(outDir),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Chrome 116+ and Firefox 115+ support <link rel=modulepreload>; Vite's polyfill would only add a fetch() call
    // to the popup, and SSI Lens ships none (tests/e2e/privacy.test.ts).
    modulePreload: { polyfill: false },
    // The extension pages the manifest does not name (History, Team) are built alone, each as one module, after
    // this build (page-build.ts, run by standaloneBuilds).
  },
})
