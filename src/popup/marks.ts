/** Marked once, when the chart is first in the DOM: end-to-end tests measure "open to chart drawn" with it. */
export const CHART_DRAWN_MARK = 'ssi-lens:chart-drawn'

/** Marked when the popup opened on the view it kept from its last open (opening.ts): tests tell the two apart. */
export const KEPT_VIEW_MARK = 'ssi-lens:kept-view'
