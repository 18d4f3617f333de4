/**
 * Every CSS selector SSI Lens uses on LinkedIn's pages, in one place. When LinkedIn changes the page, this file
 * (and `labels.ts` for text) is where the fix goes; `npm run parse -- saved-page.html` shows the effect.
 * Each entry is a list of fallbacks, tried in order; the comment on each variant says which layout it matches.
 * The saved pages in tests/fixtures/ show each layout.
 */
import type { PillarId } from '../snapshot.ts'

type Fallbacks = readonly string[]

/** The four pillar bars. Their ids and `value` attributes are language-independent. */
export const PILLAR_BARS: Record<PillarId, Fallbacks> = {
  brand: [
    '#establish-brand__sub-score-bar', // 2022–2026 rendered page: the id scrapers rely on
    'progress.establish-brand', // same page, by class, should the id ever be dropped
  ],
  people: [
    '#find-people__sub-score-bar', // 2022–2026 rendered page
    'progress.find-people', // same page, by class
  ],
  insights: [
    '#engage-with-insights__sub-score-bar', // 2022–2026 rendered page
    'progress.engage-with-insights', // same page, by class
  ],
  relationships: [
    '#build-relationships__sub-score-bar', // 2022–2026 rendered page
    'progress.build-relationships', // same page, by class
  ],
}

/** The number shown inside a pillar bar ("16.438"), compared with its `value` attribute. */
export const BAR_SHOWN_VALUE: Fallbacks = [
  '.ssi-score__value', // 2022–2026: `<progress …><span class="ssi-score__value">13.118</span> out of 25</progress>`
]

/** The user's own score section; peer donuts live elsewhere and must never be read as the total. */
export const USER_SCORE: Fallbacks = [
  '.user-ssi-score', // 2022–2026 rendered page
]

/** The user's total ("47" of "47 out of 100"), searched inside `USER_SCORE` first, then in the document. */
export const TOTAL_VALUE: Fallbacks = [
  '.user-ssi-score__donut-chart-caption .ssi-score__value', // 2022–2026: the user's donut caption
  '.user-ssi-score__donut-chart .ssi-score__value', // same donut, should the caption class change
]

/**
 * Inside `USER_SCORE` only: the first shown value that is not in a pillar bar is the total (Ffinnis's rule).
 * Never applied to the whole document, where the first such value could be a peer donut.
 */
export const USER_SCORE_ANY_VALUE: Fallbacks = [
  '.ssi-score__value', // 2022–2026: the caption value, the only one outside a `<progress>`
]

/**
 * Where the inline badge goes: the user's own donut caption ("47 out of 100"), found by class, never by text, so
 * every UI language works; peer donuts (`.group-ssi-score`) never match. The badge falls back on the parent of
 * `TOTAL_VALUE`'s element.
 */
export const BADGE_ANCHOR: Fallbacks = [
  '.user-ssi-score__donut-chart-caption', // 2022–2026 layout: the caption itself
]

/** The two "Top N %" blocks, industry first. */
export const RANK_BLOCKS: Fallbacks = [
  '.ssi-rank', // 2022–2026 rendered page (`ssi-rank ssi-report__container group-scores-count--2 …`)
]

/** The rank number inside a rank block. */
export const RANK_NUMBER: Fallbacks = [
  '.ssi-rank__category-score .t-40', // 2022–2026: `Top <span class="mh1 t-black t-40">12</span>%`
  '.t-40', // same, should the score wrapper class change
  '.ssi-rank__category-score', // the first whole number in the score text
]

/** The rank label ("Industry SSI rank"), classified by its words; the block's text when missing. */
export const RANK_LABEL: Fallbacks = [
  '.ssi-rank__category-name', // 2022–2026 rendered page
]

/** The peer sections "People in your industry" / "People in your network". */
export const GROUP_SECTIONS: Fallbacks = [
  '.group-ssi-score', // 2022–2026 rendered page
]

/** A peer section's heading, classified by its words ("People in your industry"). */
export const GROUP_HEADING: Fallbacks = [
  'h2', // 2022–2026 rendered page
  'h3', // a heading level change
]

/** The peer average in a peer donut caption ("32 out of 100"). */
export const GROUP_AVERAGE: Fallbacks = [
  '.group-ssi-score__donut-chart-caption .ssi-score__value', // 2022–2026 rendered page
  '.group-ssi-score__donut-chart .ssi-score__value', // same donut, should the caption class change
]

/** The sentences beside a peer donut: industry name, "average SSI of 32", "top 12%". */
export const GROUP_DESCRIPTION: Fallbacks = [
  '.group-ssi-score__description', // 2022–2026 rendered page
]

/** The hidden per-donut data table (rows: pillar label | value, then "Remaining points"). */
export const DONUT_TABLE: Fallbacks = [
  '.highcharts-data-table table', // 2026 live capture: Highcharts' accessible data table
  'table', // any table in the same donut section
]

/** Embedded API responses: `<code>` prefetch blocks, possibly HTML-escaped or commented out. */
export const EMBEDDED_JSON_TAG = 'code' // 2021 page: `<code id="bpr-guid-N">{"activeSeat":…}</code>`

/** The datalet naming which API a `<code id="bpr-guid-N">` body answers: `#datalet-bpr-guid-N`. */
export const DATALET_ID_PREFIX = 'datalet-'

/** Sign-in pages and walls shown instead of the SSI page. Any match means "not logged in". */
export const LOGIN_MARKERS: Fallbacks = [
  'iframe.authentication-iframe', // Sales Navigator sign-in: the form sits in this iframe
  'iframe[title="Login screen"]', // same sign-in, by its iframe title
  'form.login__form', // member sign-in page (`/login`, `/uas/login`)
  'input[name="session_password"]', // member sign-in form field, whatever the form's class
  '#username ~ #password, input#password[type="password"]', // older member sign-in markup
]

/** Where the SSI content lives, for the text fallback; the whole body when none matches. */
export const TEXT_ROOTS: Fallbacks = [
  '#content-main', // 2022–2026 rendered page
  'main', // any layout with a main landmark
  '[role="main"]', // the same landmark by role
]

/**
 * Never read by the text fallback: LinkedIn's navigation, messaging overlay, scripts, hidden data tables
 * (label-then-number rows would pair numbers with the wrong labels) and anything hidden from people.
 */
export const TEXT_SKIP: Fallbacks = [
  'header, nav, footer, aside, dialog', // navigation badges, promos, modal dialogs
  '[role="banner"], [role="navigation"], [role="complementary"], [role="dialog"], [role="alert"]',
  '#msg-overlay, .msg-overlay-container, [class*="msg-overlay"], [class*="messaging"]', // messaging overlay
  '.global-nav, [class*="global-nav"], .notification-badge', // global navigation and its count badges
  'table, .highcharts-data-table, [aria-hidden="true"], .visually-hidden, [hidden]',
]

/** Elements whose text is never page prose. */
export const TEXT_SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'svg',
  'SVG',
  'IFRAME',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'BUTTON',
])
