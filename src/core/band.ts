/**
 * SSI Lens's own banding of the 0–100 total. LinkedIn publishes no bands, so these are four equal quarters of
 * the scale, kept here in one place: the popup, its README text and the chart's grid lines all read them.
 */

export type BandId = 'starting' | 'building' | 'strong' | 'top'

export interface Band {
  id: BandId
  /** Lowest total in the band, inclusive. */
  min: number
  /** Highest total in the band, inclusive (totals are whole numbers). */
  max: number
}

/** Ascending, contiguous and covering 0–100 exactly. */
export const BANDS: readonly Band[] = [
  { id: 'starting', min: 0, max: 24 },
  { id: 'building', min: 25, max: 49 },
  { id: 'strong', min: 50, max: 74 },
  { id: 'top', min: 75, max: 100 },
]

/**
 * The band a total falls in; `null` for anything that is not a total from 0 to 100 (an honest "no band"
 * rather than a guess). A fractional total belongs to the band whose lower bound it has reached.
 */
export function bandOf(total: number): Band | null {
  if (!Number.isFinite(total) || total < 0 || total > 100) return null
  let found: Band | null = null
  for (const band of BANDS) if (total >= band.min) found = band
  return found
}
