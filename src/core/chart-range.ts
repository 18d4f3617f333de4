/**
 * The chart's ranges, in a module of their own: settings (read by the content script too) validate the remembered
 * range without pulling the series code into the content script's bundle.
 */

/** Shortest first; `49d` is the default. */
export const CHART_RANGES = ['49d', '6m', '1y', 'all'] as const
export type ChartRange = (typeof CHART_RANGES)[number]

export function isChartRange(value: unknown): value is ChartRange {
  return typeof value === 'string' && (CHART_RANGES as readonly string[]).includes(value)
}
