import { useLayoutEffect, useMemo, useState } from 'preact/hooks'
import { type RunPoint, valueRuns } from '../core/series.ts'
import { listOf } from '../shared/i18n.ts'
import {
  type ChartLayout,
  HEAD_BASELINE,
  layoutChart,
  type PanelBox,
  slotAt,
  tickLabelY,
  xIn,
  yIn,
} from './chart-layout.ts'
import type {
  AxisLabel,
  ChartPanel,
  ChartSeries,
  ChartSlot,
  DayMarker,
  ReferenceLine,
} from './chart-types.ts'
import './chart.css'

/** The popup's content width at 420 CSS px: the default drawing width. */
export const CHART_WIDTH = 396

/** The words the chart itself needs, from the page's catalogue. */
export interface ChartWords {
  /** The slider's name: how to move through it. */
  keys: string
  /** A slot without a value ("not recorded"). */
  noValue: string
  /**
   * A series without a value in a slot where another series has one ("unknown": a pillar of a day known only by
   * its total). Without it such a series is left out of the announced values.
   */
  unknown?: string
}

export interface TrendChartProps {
  slots: readonly ChartSlot[]
  panels: readonly ChartPanel[]
  axis: readonly AxisLabel[]
  words: ChartWords
  markers?: readonly DayMarker[]
  references?: readonly ReferenceLine[]
  width?: number
  /** How many px shorter than its natural height to draw the chart, so the page around it fits (`layoutChart`). */
  shrink?: number
  /** Called once after the first drawing is in the DOM (the popup marks its open-to-chart time there). */
  onDrawn?: () => void
}

/**
 * A trend chart: panels each on their own scale (`core/chart-scale.ts`), one line per series with gaps where a
 * slot has no value, day markers, and a cursor. Pointer hover, or focus and the arrow keys, pick a slot; each
 * panel's header then shows that slot's values (so what is read is what is drawn) and the readout line names
 * the slot and its marker. The slider announces the same as one sentence.
 */
export function TrendChart(props: TrendChartProps) {
  const {
    slots,
    panels,
    axis,
    words,
    markers = [],
    references = [],
    width = CHART_WIDTH,
    shrink = 0,
    onDrawn,
  } = props
  const [active, setActive] = useState<number | null>(null)
  useLayoutEffect(() => onDrawn?.(), [])
  const layout = useMemo(() => layoutChart(panels, width, shrink), [panels, width, shrink])
  const count = slots.length
  const lastWithValue = useMemo(() => lastFilled(panels, count), [panels, count])
  const shownIndex = active ?? lastWithValue ?? count - 1
  const shownSlot = slots[shownIndex]
  // A slot may hold a note and a shift at once: both are shown and announced.
  const shownMarkers = markers.filter((m) => m.slot === shownIndex)

  const onKeyDown = (event: KeyboardEvent) => {
    const from = active ?? lastWithValue ?? count - 1
    const moves: Record<string, number> = {
      ArrowLeft: from - 1,
      ArrowRight: from + 1,
      PageUp: from - 7,
      PageDown: from + 7,
      Home: 0,
      End: count - 1,
    }
    const to = moves[event.key]
    if (to === undefined) return
    event.preventDefault()
    setActive(clamp(to, 0, count - 1))
  }

  const onPointer = (event: PointerEvent) => {
    const svg = event.currentTarget as SVGSVGElement
    const box = svg.getBoundingClientRect()
    setActive(slotAt(layout, event.clientX - box.left, event.clientY - box.top, count))
  }

  // Time runs left to right in every language, as in most Arabic financial charts: the chart is a picture of a
  // timeline, not text, so an Arabic page keeps it unmirrored (ArrowRight still means later). `dir="ltr"` keeps
  // the SVG's text-anchor start/end, the tick column on the left and the readout on the right where the drawing
  // puts them; the words inside still run in their own direction. (README, "Languages".)
  return (
    <div class="trend-chart" dir="ltr">
      {/* The slider below announces the same text through aria-valuetext, so this line stays silent. */}
      <p class="readout" aria-hidden="true">
        {shownSlot && <span class="readout-day">{shownSlot.label}</span>}
        {shownMarkers.map((m) => (
          <span key={m.kind} class={`readout-marker marker-${m.kind}`} title={m.text}>
            {m.text}
          </span>
        ))}
      </p>
      <div
        class="plot"
        role="slider"
        tabIndex={0}
        aria-label={words.keys}
        aria-valuemin={0}
        aria-valuemax={Math.max(0, count - 1)}
        aria-valuenow={shownIndex}
        aria-valuetext={shownSlot ? valueText(shownSlot, panels, shownIndex, words, shownMarkers) : ''}
        onKeyDown={onKeyDown}
        onFocus={() => setActive((a) => a ?? lastWithValue ?? count - 1)}
        onBlur={() => setActive(null)}
      >
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-hidden="true"
          onPointerMove={onPointer}
          onPointerLeave={() => setActive(null)}
        >
          {layout.boxes.map((box) => (
            <Panel
              key={box.panel.id}
              box={box}
              count={count}
              active={active}
              shownIndex={shownIndex}
              markers={markers}
              references={references.filter((r) => r.panel === box.panel.id)}
            />
          ))}
          <Axis layout={layout} axis={axis} count={count} />
        </svg>
      </div>
    </div>
  )
}

interface PanelProps {
  box: PanelBox
  count: number
  active: number | null
  shownIndex: number
  markers: readonly DayMarker[]
  references: readonly ReferenceLine[]
}

function Panel({ box, count, active, shownIndex, markers, references }: PanelProps) {
  const { panel, scale } = box
  const x = (index: number) => xIn(box, index, count)
  const wide = panel.size === 'wide'
  return (
    <g class={`panel panel-${panel.size}`} data-panel={panel.id}>
      <text class="panel-head" x={box.left} y={box.top + HEAD_BASELINE}>
        {panel.series.map((s) => (
          <HeadValue key={s.id} series={s} index={shownIndex} withChange={active === null} />
        ))}
      </text>
      <g class="grid">
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={box.plotLeft} x2={box.plotRight} y1={yIn(box, tick)} y2={yIn(box, tick)} />
            <text x={box.plotLeft - 4} y={tickLabelY(box, yIn(box, tick))} text-anchor="end">
              {panel.series[0]?.format(tick) ?? tick}
            </text>
          </g>
        ))}
      </g>
      {references.map((r) =>
        r.value < scale.min || r.value > scale.max ? null : (
          <g key={r.label} class="reference">
            <line x1={box.plotLeft} x2={box.plotRight} y1={yIn(box, r.value)} y2={yIn(box, r.value)} />
            <text x={box.plotRight} y={yIn(box, r.value) - 3} text-anchor="end">
              {r.label}
            </text>
          </g>
        ),
      )}
      {markers.map((m) => (
        <g key={`${m.kind}:${m.slot}`} class={`marker marker-${m.kind}`}>
          <line x1={x(m.slot)} x2={x(m.slot)} y1={box.plotTop} y2={box.plotBottom} />
          {wide && <MarkerGlyph kind={m.kind} x={x(m.slot)} top={box.plotTop} bottom={box.plotBottom} />}
        </g>
      ))}
      {panel.series.map((s) => (
        <Line key={s.id} series={s} box={box} count={count} endLabel={wide} />
      ))}
      {active !== null && (
        <g class="cursor">
          <line x1={x(active)} x2={x(active)} y1={box.plotTop} y2={box.plotBottom} />
          {panel.series.map((s) => {
            const v = s.values[active]
            return v === null || v === undefined ? null : (
              <circle key={s.id} class={`tone-${s.tone}`} cx={x(active)} cy={yIn(box, v)} r={3} />
            )
          })}
        </g>
      )}
    </g>
  )
}

/** "Insights 7.8 −0.8": the series' value at the shown slot, and its change over the range when none is picked. */
function HeadValue({
  series,
  index,
  withChange,
}: {
  series: ChartSeries
  index: number
  withChange: boolean
}) {
  const value = series.values[index] ?? null
  const shown =
    value !== null ? series.format(value) : withChange && series.lastKnown ? series.lastKnown : null
  // A change only beside a value: "Brand — +1" would read as a change of the unknown value (a day imported with
  // its total only leaves the popup's pillar panels without one).
  const change = withChange && shown !== null ? rangeChange(series.values) : null
  return (
    <>
      {/* One text node, as the popup's kept view (parsed from markup) has it: SVG text lays out each node apart. */}
      <tspan class="head-label">{`${series.label} `}</tspan>
      <tspan class={`head-value tone-${series.tone}`}>{shown ?? '—'}</tspan>
      {change !== null && (
        <tspan class={`head-change ${change > 0 ? 'up' : change < 0 ? 'down' : 'flat'}`}>
          {` ${series.formatChange(change)}`}
        </tspan>
      )}
      <tspan>{'   '}</tspan>
    </>
  )
}

function MarkerGlyph({
  kind,
  x,
  top,
  bottom,
}: {
  kind: DayMarker['kind']
  x: number
  top: number
  bottom: number
}) {
  // Told apart by shape and place, not only colour: a dot at the foot for a note, a triangle at the top for a
  // LinkedIn-wide shift, so a day with both shows both.
  if (kind === 'note') return <circle cx={x} cy={bottom - 4} r={3.5} />
  const y = top + 4
  return <path d={`M${x},${y - 4}L${x + 4.5},${y + 3.5}L${x - 4.5},${y + 3.5}Z`} />
}

function Line({
  series,
  box,
  count,
  endLabel,
}: {
  series: ChartSeries
  box: PanelBox
  count: number
  endLabel: boolean
}) {
  const runs = valueRuns(series.values)
  const point = (p: RunPoint) => `${round2(xIn(box, p.index, count))},${round2(yIn(box, p.value))}`
  const last = runs.at(-1)?.at(-1)
  return (
    <g class={`series tone-${series.tone}${series.dashed ? ' dashed' : ''}`} data-series={series.id}>
      {runs.map((run) => {
        const [head, ...rest] = run
        if (!head) return null
        // A lone value has no neighbour to join: it is a dot, never a line to an invented value.
        if (rest.length === 0)
          return (
            <circle key={head.index} cx={xIn(box, head.index, count)} cy={yIn(box, head.value)} r={2.5} />
          )
        return <path key={head.index} d={`M${point(head)}L${rest.map(point).join(' ')}`} />
      })}
      {endLabel && last && (
        <text class="end-label" x={xIn(box, last.index, count) + 5} y={yIn(box, last.value) + 4}>
          {series.format(last.value)}
        </text>
      )}
    </g>
  )
}

function Axis({ layout, axis, count }: { layout: ChartLayout; axis: readonly AxisLabel[]; count: number }) {
  const box = layout.boxes.find((b) => b.axis)
  if (!box) return null
  return (
    <g class="axis">
      {axis.map(({ slot, text }, i) => (
        <text
          key={slot}
          x={xIn(box, slot, count)}
          y={box.plotBottom + 13}
          text-anchor={count <= 1 ? 'middle' : i === 0 ? 'start' : i === axis.length - 1 ? 'end' : 'middle'}
        >
          {text}
        </text>
      ))}
    </g>
  )
}

/** The picked slot as one sentence, for assistive technology: the slot, each series' value, the marker. */
function valueText(
  slot: ChartSlot,
  panels: readonly ChartPanel[],
  index: number,
  words: ChartWords,
  markers: readonly DayMarker[],
): string {
  const series = panels.flatMap((p) => p.series)
  const recorded = series.some((s) => typeof s.values[index] === 'number')
  const values = series.flatMap((s) => {
    const v = s.values[index]
    if (typeof v === 'number') return [`${s.label} ${s.format(v)}`]
    // Said, not skipped: on a recorded slot a missing value is unknown, and silence would hide that.
    return recorded && words.unknown ? [`${s.label} ${words.unknown}`] : []
  })
  const body = values.length > 0 ? listOf(values) : words.noValue
  return `${slot.label}: ${body}${markers.map((m) => `. ${m.text}`).join('')}`
}

/** Last value minus the first one of the range; null with fewer than two values. */
export function rangeChange(values: ReadonlyArray<number | null>): number | null {
  let first: number | null = null
  let last: number | null = null
  let seen = 0
  for (const v of values) {
    if (v === null) continue
    if (first === null) first = v
    last = v
    seen++
  }
  return seen < 2 || first === null || last === null ? null : Math.round((last - first) * 1e6) / 1e6
}

/** The last slot where any series has a value. */
function lastFilled(panels: readonly ChartPanel[], count: number): number | null {
  for (let i = count - 1; i >= 0; i--)
    if (panels.some((p) => p.series.some((s) => s.values[i] !== null && s.values[i] !== undefined))) return i
  return null
}

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n))
const round2 = (n: number): number => Math.round(n * 100) / 100
