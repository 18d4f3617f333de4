/**
 * The inline badge's page-facing styles and its words, as CSS text for a `<style>` inside the closed shadow root.
 *
 * The host is styled from inside with `:host` rules: an `!important` declaration of the inner tree context beats
 * every rule of the page, `!important` and inline styles included (CSS Cascade 5, "Context"), so the host needs no
 * `style` attribute the page could read. Its size is fixed, never measured from the words: the page can read
 * `getBoundingClientRect`, `offsetWidth`, `scrollWidth` and `getComputedStyle` of the host, and a size that grew
 * with the text would tell the length of "▲ 3 in 7 days" apart from "▼ 12 in 7 days". The width follows only the
 * viewport, which the page knows anyway.
 *
 * The words are generated content (`content: "…"`): text that is drawn and exposed to assistive technology but is
 * not in any text node, so `window.find`, selections, copies and `innerText` never meet it.
 */

export type Placement = 'by-score' | 'in-corner'

/**
 * The badge's fixed outer size (CSS), never wider than the window: one line, wide enough for the longest line in
 * every language SSI Lens speaks, also in a wide font (at 480 px German and French lines were cut; at 640 px with
 * DejaVu Sans, Linux's usual system-ui, Spanish and French ones by 4 and 2 px: tests/e2e/badge-languages.test.ts).
 * It lies in the score card's bottom padding, under the donut and the pillars, so the width costs no one room.
 */
export const BADGE_WIDTH = 'min(680px, calc(100vw - 32px))'
export const BADGE_HEIGHT = '20px'

/** The host's declarations; `hostCss` marks each `!important`. The size cannot depend on what is inside. */
const HOST = `all: initial; display: block; box-sizing: border-box; width: ${BADGE_WIDTH}; height: ${BADGE_HEIGHT}; contain: size layout style;`

const PLACEMENT: Record<Placement, string> = {
  'by-score': ' position: absolute; z-index: 1; margin: 2px 0 0;',
  // 'left' and badge.css's padding stay physical: the content script is at its 12 KiB budget, and their logical
  // forms cost bytes it does not have (the badge's root still gets dir from @@bidi_dir).
  'in-corner': ' position: fixed; z-index: 999; left: 16px; bottom: 16px; margin: 0;',
}

/** The `:host` rule for a placement; every declaration `!important`, so page rules cannot give the host room. */
export function hostCss(placement: Placement): string {
  return `:host { ${(HOST + PLACEMENT[placement]).replaceAll(';', ' !important;')} }\n`
}

/**
 * `text` as a CSS string literal. Everything but letters, digits and spaces is written as a hex escape (with its
 * terminating space), so no character of a message can end the string or the rule.
 */
export function cssString(text: string): string {
  let out = '"'
  for (const ch of text) {
    out += /[\p{L}\p{N} ]/u.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `
  }
  return `${out}"`
}

/** The words the badge draws, one per part. */
export interface BadgeWords {
  name: string
  close: string
  change: string
  next: string
  status: string
}

/** One `::before { content }` rule per part of the badge (badge.css gives each part its look). */
export function badgeWordsCss(words: BadgeWords): string {
  return (Object.keys(words) as Array<keyof BadgeWords>)
    .map((part) => `.${part}::before{content:${cssString(words[part])}}`)
    .join('')
}
