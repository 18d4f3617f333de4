/**
 * The value axis of one chart panel, scaled to the data it shows. A fixed 0–100 axis turns a 7-point rise into a
 * few pixels; a scale fitted tightly to the data turns a 0.1 wobble into a cliff. So: the data's range, padded,
 * widened to a minimum span, kept inside the field's possible values, and snapped to round ticks.
 */

export interface ScaleOptions {
  /** The smallest span the axis may have, in the field's units (total: 10 points; a pillar: 3). */
  minSpan: number
  /** The lowest and highest values the field can take (0–100, 0–25): the axis never goes beyond them. */
  floor: number
  ceil: number
  /** Share of the data's range added above and below, so a line never runs along the panel's edge. */
  padding?: number
  /** At most this many intervals between ticks (a small panel has room for fewer labels). */
  maxIntervals?: number
}

export interface Scale {
  min: number
  max: number
  /** Round values between `min` and `max` (inclusive), ascending, where the tick labels go. */
  ticks: number[]
}

/*
 * The axis is not stretched out to the nearest round ticks: snapping 39.3–47.7 to 35–50 would waste a third of
 * the panel. Ticks are the round values inside the axis instead.
 */

/** Share of the data's range added above and below it by default. */
export const DEFAULT_PADDING = 0.1
/** Tick steps are one of these times a power of ten: 1, 2, 5, 10, 20, 50, … */
const NICE_STEPS = [1, 2, 5, 10] as const
/** By default at most this many intervals between ticks: an 80 px panel has room for 3–5 labels of 11 px. */
export const MAX_TICK_INTERVALS = 4

/** Total points the panel of the total may never span less than. */
export const TOTAL_MIN_SPAN = 10
/** Points a pillar's panel may never span less than. */
export const PILLAR_MIN_SPAN = 3

const clean = (n: number): number => Math.round(n * 1e9) / 1e9

/** The smallest "nice" step that cuts `span` into at most `maxIntervals` intervals. */
export function tickStep(span: number, maxIntervals = MAX_TICK_INTERVALS): number {
  if (!(span > 0)) return 1
  const raw = span / maxIntervals
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const nice of NICE_STEPS) if (nice * power >= raw - 1e-9) return clean(nice * power)
  return clean(10 * power)
}

/**
 * The axis for `values` (nulls, i.e. gaps, are ignored). With no value, the field's whole range. Otherwise the
 * data's range padded by `padding` of itself, widened around its middle to `minSpan`, shifted (not squeezed) to
 * stay inside `floor`…`ceil`. Ticks are the multiples of a round step inside it.
 */
export function scaleFor(values: ReadonlyArray<number | null>, options: ScaleOptions): Scale {
  const { minSpan, floor, ceil } = options
  const padding = options.padding ?? DEFAULT_PADDING
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  if (lo > hi) {
    lo = floor
    hi = ceil
  } else {
    const pad = (hi - lo) * padding
    lo -= pad
    hi += pad
    const span = Math.min(Math.max(hi - lo, minSpan), ceil - floor)
    const middle = (lo + hi) / 2
    lo = middle - span / 2
    hi = middle + span / 2
    if (lo < floor) [lo, hi] = [floor, floor + span]
    if (hi > ceil) [lo, hi] = [ceil - span, ceil]
  }
  const min = clean(lo)
  const max = clean(hi)
  const step = tickStep(max - min, options.maxIntervals)
  let ticks = ticksIn(min, max, step)
  // One label cannot say a scale: take a step half as big.
  if (ticks.length < 2) ticks = ticksIn(min, max, step / 2)
  return { min, max, ticks }
}

function ticksIn(min: number, max: number, step: number): number[] {
  const ticks: number[] = []
  for (let tick = clean(Math.ceil(clean(min / step)) * step); tick <= max + 1e-9; tick = clean(tick + step))
    ticks.push(tick)
  return ticks
}

/** Where `value` sits on `scale`, from 0 (at `min`) to 1 (at `max`). */
export function positionOn(scale: Scale, value: number): number {
  return scale.max > scale.min ? (value - scale.min) / (scale.max - scale.min) : 0.5
}
