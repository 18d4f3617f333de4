/**
 * What the shared trend chart draws, as plain data: the pages (popup, history, team) build these from their own
 * records and words; the chart knows nothing of days, pillars or people.
 */
import type { ScaleOptions } from '../core/chart-scale.ts'

/** One point of the x-axis: a day or a week. */
export interface ChartSlot {
  /** Stable key (e.g. the slot's last day). */
  key: string
  /** How the readout names the slot: "Sun, 22 Nov 2026" or "Week to 22 Nov 2026". */
  label: string
}

/** A colour from the chart's palette (`src/ui/chart.css`): each is ≥ 3:1 on the page, light and dark. */
export type ChartTone = 'total' | 'brand' | 'people' | 'insights' | 'relationships'

export interface ChartSeries {
  /** `data-series` on the series' drawing: the test contract names `overall | brand | …` for the popup. */
  id: string
  /** Named in the panel's header and in the announced values. */
  label: string
  /** One value per slot; `null` is a gap (drawn as nothing, never filled in). */
  values: ReadonlyArray<number | null>
  tone: ChartTone
  /** A dashed line, for a second series of the same tone (told apart by more than hue). */
  dashed?: boolean
  /** A value as people read it ("7.8"). */
  format: (value: number) => string
  /** A change as people read it ("+0.8", "−1"). */
  formatChange: (change: number) => string
  /**
   * What the panel's header shows, while no slot is picked, when the shown slot has no value for this series
   * ("47 on 2 Nov": a person whose latest day is before the chart's last one). Without it: "—".
   */
  lastKnown?: string
}

export interface ChartPanel {
  id: string
  /** `wide` panels take the chart's whole width; consecutive `small` ones share a row, two by two. */
  size: 'wide' | 'small'
  series: readonly ChartSeries[]
  /** The panel's own value axis: fitted to its data with this minimum span, inside floor…ceil. */
  scale: ScaleOptions
}

/** A day worth pointing at: one with a note, or a LinkedIn-wide shift. */
export interface DayMarker {
  slot: number
  kind: 'note' | 'shift'
  /** Shown in the readout when the slot is picked, and announced with its values. */
  text: string
}

/** A horizontal line across one panel, e.g. the goal. Drawn only when it falls inside the panel's axis. */
export interface ReferenceLine {
  panel: string
  value: number
  label: string
}

/** A label under the first wide panel, at a slot. */
export interface AxisLabel {
  slot: number
  text: string
}
