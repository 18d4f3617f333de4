/**
 * Where each panel of the chart sits, in CSS pixels. The SVG is drawn at its real size (no viewBox scaling), so
 * an 11 px label is 11 px on screen, whatever the page's width.
 */
import { positionOn, type Scale, scaleFor } from '../core/chart-scale.ts'
import type { ChartPanel } from './chart-types.ts'

/** Tick labels and panel headers: never smaller than this (CSS px). */
export const LABEL_PX = 11
/** Room for a panel's header line (its name and value) above its plot. */
const HEADER = 15
/** The header line's baseline, from the panel's top. */
export const HEAD_BASELINE = 11
/** Left column for a panel's own tick labels. */
const TICKS_WIDE = 28
const TICKS_SMALL = 26
/** Right margin: the direct label at the line's end needs a little room. */
const RIGHT_WIDE = 26
const RIGHT_SMALL = 6
const PLOT_WIDE = 64
const PLOT_SMALL = 44
/**
 * How far a plot may give up height so a page fits (the popup's 600 px, when a state adds lines above the chart):
 * at these heights the 11 px tick labels still stand apart and a change of a point is still a visible step.
 */
const PLOT_WIDE_MIN = 40
const PLOT_SMALL_MIN = 30
const GAP_X = 16
const GAP_Y = 6
/** The date labels under the first wide panel. */
export const AXIS_ROW = 15

export interface PanelBox {
  panel: ChartPanel
  scale: Scale
  /** The panel's outer left and top edge (its header starts here). */
  left: number
  top: number
  /** The plot area: x from plotLeft to plotRight, y from plotTop to plotBottom. */
  plotLeft: number
  plotRight: number
  plotTop: number
  plotBottom: number
  /** Dates go under this panel (the first wide one). */
  axis: boolean
}

export interface ChartLayout {
  width: number
  height: number
  boxes: PanelBox[]
}

/**
 * The plot heights when the chart is to be `shrink` px shorter: each row gives up the same share of what it can
 * give (rounded up, so the chart is at least `shrink` shorter while it can be), never below the minimums.
 */
function plotHeights(panels: readonly ChartPanel[], shrink: number): { wide: number; small: number } {
  if (shrink <= 0) return { wide: PLOT_WIDE, small: PLOT_SMALL }
  const wideRows = panels.filter((p) => p.size === 'wide').length
  const smallRows = Math.ceil(panels.filter((p) => p.size === 'small').length / 2)
  const most = wideRows * (PLOT_WIDE - PLOT_WIDE_MIN) + smallRows * (PLOT_SMALL - PLOT_SMALL_MIN)
  const share = Math.min(1, shrink / Math.max(1, most))
  return {
    wide: PLOT_WIDE - Math.ceil(share * (PLOT_WIDE - PLOT_WIDE_MIN)),
    small: PLOT_SMALL - Math.ceil(share * (PLOT_SMALL - PLOT_SMALL_MIN)),
  }
}

/**
 * Lays `panels` out top to bottom in `width` px: wide panels alone, small ones two to a row; `shrink` px shorter
 * where that much can go (see `plotHeights`).
 */
export function layoutChart(panels: readonly ChartPanel[], width: number, shrink = 0): ChartLayout {
  const plot = plotHeights(panels, shrink)
  const boxes: PanelBox[] = []
  let top = 0
  let axisPlaced = false
  let column = 0
  let rowHeight = 0
  const half = (width - GAP_X) / 2
  const finishRow = () => {
    if (rowHeight > 0) top += rowHeight + GAP_Y
    column = 0
    rowHeight = 0
  }
  for (const panel of panels) {
    const scale = scaleFor(
      panel.series.flatMap((s) => s.values),
      panel.scale,
    )
    if (panel.size === 'wide') {
      finishRow()
      const axis = !axisPlaced
      axisPlaced = true
      boxes.push({
        panel,
        scale,
        left: 0,
        top,
        plotLeft: TICKS_WIDE,
        plotRight: width - RIGHT_WIDE,
        plotTop: top + HEADER,
        plotBottom: top + HEADER + plot.wide,
        axis,
      })
      top += HEADER + plot.wide + (axis ? AXIS_ROW : 0) + GAP_Y
      continue
    }
    const left = column * (half + GAP_X)
    boxes.push({
      panel,
      scale,
      left,
      top,
      plotLeft: left + TICKS_SMALL,
      plotRight: left + half - RIGHT_SMALL,
      plotTop: top + HEADER,
      plotBottom: top + HEADER + plot.small,
      axis: false,
    })
    rowHeight = HEADER + plot.small
    column++
    if (column === 2) finishRow()
  }
  finishRow()
  return { width, height: Math.max(0, top - GAP_Y), boxes }
}

/** The x of slot `index` of `count` in a box: evenly spread; a single slot sits in the middle. */
export function xIn(box: PanelBox, index: number, count: number): number {
  if (count <= 1) return (box.plotLeft + box.plotRight) / 2
  return box.plotLeft + (index * (box.plotRight - box.plotLeft)) / (count - 1)
}

/** The y of `value` in a box, on the box's own scale. */
export function yIn(box: PanelBox, value: number): number {
  return box.plotBottom - positionOn(box.scale, value) * (box.plotBottom - box.plotTop)
}

/**
 * A tick label's baseline: level with its grid line, except that a tick at the top of the scale would rise into
 * the header line, so its label sits just below (a full label height under the header's baseline).
 */
export function tickLabelY(box: PanelBox, lineY: number): number {
  return Math.max(lineY + 4, box.top + HEAD_BASELINE + LABEL_PX)
}

/** The slot nearest to the point (`x`, `y`) px from the SVG's top left, in the panel under it (or the first). */
export function slotAt(layout: ChartLayout, x: number, y: number, count: number): number {
  const box =
    layout.boxes.find(
      (b) => y >= b.top && y <= b.plotBottom + AXIS_ROW && x >= b.left && x <= b.plotRight + GAP_X,
    ) ?? layout.boxes[0]
  if (!box || count <= 1) return 0
  const share = (x - box.plotLeft) / (box.plotRight - box.plotLeft)
  return Math.min(count - 1, Math.max(0, Math.round(share * (count - 1))))
}
