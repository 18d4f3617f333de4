/**
 * The one HTML shell of the extension's pages (popup, options, history, team). Each page's `index.html` holds only
 * what is its own, its body; this plugin writes the document around it before Vite reads the page, in every build
 * (Chrome, Firefox, the popup's standalone build). `lang="en"` is only the document's start: each page's main.tsx
 * sets `lang` and `dir` to the UI language before its first render (`markPageLanguage`), so no word is drawn in the
 * wrong direction.
 */
import type { Plugin } from 'vite'

/** The document around a page's body. */
export function pageDocument(body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>SSI Lens</title>
  </head>
  <body>
    ${body.trim()}
  </body>
</html>
`
}

export const pageShell: Plugin = {
  name: 'ssi-lens-page-shell',
  transformIndexHtml: {
    // Before Vite's own HTML handling, so it finds the entry script in a whole document.
    order: 'pre',
    handler: (html) => (/^\s*<!doctype/i.test(html) ? html : pageDocument(html)),
  },
}
