import { useLayoutEffect, useState } from 'preact/hooks'
import { BANDS } from '../core/band.ts'
import { formatTenth } from '../core/format.ts'
import { formatDay, formatDayLong } from '../core/format-date.ts'
import type { SeriesDay, SeriesPoint } from '../core/series.ts'
import { recordedDays, seriesRuns } from '../core/series.ts'
import { PILLAR_IDS, type PillarId } from '../core/snapshot.ts'
import { type MessageKey, t, uiLocale } from './i18n.ts'

/** Marked once, when the chart is first in the DOM: end-to-end tests measure "open to chart drawn" with it. */
export const CHART_DRAWN_MARK = 'ssi-lens:chart-drawn'

export const PILLAR_KEYS: Record<PillarId, MessageKey> = {
  brand: 'popupPillarBrand',
  people: 'popupPillarPeople',
  insights: 'popupPillarInsights',
  relationships: 'popupPillarRelationships',
}

// Geometry in viewBox units; the SVG scales to the popup's width. Two stacked panels, each on its own scale:
// the total on 0–100 (grid at the band edges), the pillars on 0–25.
const WIDTH = 400
const LEFT = 24
const RIGHT = 8
const TOTAL_PANEL = { top: 6, height: 84, max: 100, ticks: [0, ...BANDS.slice(1).map((b) => b.min), 100] }
const PILLAR_PANEL = { top: 106, height: 60, max: 25, ticks: [0, 5, 10, 15, 20, 25] }
const AXIS_Y = 180
const HEIGHT = 186

type Panel = typeof TOTAL_PANEL

const yOf = (panel: Panel, value: number): number => panel.top + panel.height * (1 - value / panel.max)

interface Props {
  series: readonly SeriesDay[]
  goal: number | null
  today: string
}

/**
 * The 49-day chart: total and pillars, each on its proper scale. Missing days are gaps (a line is drawn only
 * through consecutive recorded days; a lone day is a dot). Pointer hover, or focus and the arrow keys, pick a
 * day whose date and values the readout above the plot shows.
 */
export function TrendChart({ series, goal, today }: Props) {
  const [hidden, setHidden] = useState<ReadonlySet<PillarId>>(new Set())
  const [active, setActive] = useState<number | null>(null)
  useLayoutEffect(() => {
    if (performance.getEntriesByName(CHART_DRAWN_MARK).length === 0) performance.mark(CHART_DRAWN_MARK)
  }, [])
  const locale = uiLocale()
  const count = series.length
  const step = count > 1 ? (WIDTH - LEFT - RIGHT) / (count - 1) : 0
  const xOf = (index: number): number => (count > 1 ? LEFT + index * step : (LEFT + WIDTH - RIGHT) / 2)
  const recorded = recordedDays(series)
  const lastRecorded = findLastIndex(series)
  const shownIndex = active ?? lastRecorded
  const shown = shownIndex === null ? undefined : series[shownIndex]

  const indexAt = (clientX: number, svg: SVGSVGElement): number => {
    const box = svg.getBoundingClientRect()
    const x = box.width > 0 ? ((clientX - box.left) / box.width) * WIDTH : 0
    return clamp(step > 0 ? Math.round((x - LEFT) / step) : 0, 0, count - 1)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const from = active ?? lastRecorded ?? count - 1
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

  const togglePillar = (id: PillarId) => {
    const next = new Set(hidden)
    if (!next.delete(id)) next.add(id)
    setHidden(next)
  }

  const first = series[0]
  const middle = series[Math.floor((count - 1) / 2)]
  const last = series[count - 1]

  return (
    <figure class="chart" data-testid="trend-chart" aria-labelledby="chart-title">
      <div class="chart-head">
        <h2 id="chart-title">{t('popupChartTitle')}</h2>
        <fieldset class="legend">
          <legend class="sr-only">{t('popupChartLines')}</legend>
          <span class="key line-total">
            <span class="swatch" aria-hidden="true" />
            {t('popupChartTotal')}
          </span>
          {PILLAR_IDS.map((id) => (
            <button
              key={id}
              type="button"
              class={`key toggle line-${id}`}
              aria-pressed={!hidden.has(id)}
              onClick={() => togglePillar(id)}
            >
              <span class="swatch" aria-hidden="true" />
              {t(PILLAR_KEYS[id])}
            </button>
          ))}
        </fieldset>
      </div>
      {/* The slider below announces the same text through aria-valuetext, so this line stays silent. */}
      <div class="readout" aria-hidden="true">
        {shown && <Readout entry={shown} locale={locale} />}
      </div>
      <div
        class="plot"
        // A slider over the days of the window: arrow keys, Page Up/Down and Home/End are what people expect.
        role="slider"
        tabIndex={0}
        aria-label={t('popupChartKeys')}
        aria-valuemin={0}
        aria-valuemax={count - 1}
        aria-valuenow={shownIndex ?? count - 1}
        aria-valuetext={shown ? readoutText(shown, locale) : t('popupChartNoDays', count)}
        onKeyDown={onKeyDown}
        onFocus={() => setActive((a) => a ?? lastRecorded ?? count - 1)}
        onBlur={() => setActive(null)}
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          aria-hidden="true"
          onPointerMove={(e) => setActive(indexAt(e.clientX, e.currentTarget))}
          onPointerLeave={() => setActive(null)}
        >
          <Grid panel={TOTAL_PANEL} />
          <Grid panel={PILLAR_PANEL} />
          {goal !== null && (
            <g class="goal">
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(TOTAL_PANEL, goal)} y2={yOf(TOTAL_PANEL, goal)} />
              <text x={WIDTH - RIGHT} y={yOf(TOTAL_PANEL, goal) - 3} text-anchor="end">
                {t('popupChartGoal', formatTenth(goal))}
              </text>
            </g>
          )}
          {PILLAR_IDS.filter((id) => !hidden.has(id)).map((id) => (
            <Line
              key={id}
              class={`line-${id}`}
              runs={seriesRuns(series, id)}
              panel={PILLAR_PANEL}
              xOf={xOf}
            />
          ))}
          <Line class="line-total" runs={seriesRuns(series, 'overall')} panel={TOTAL_PANEL} xOf={xOf} />
          {active !== null && shown && <Cursor x={xOf(active)} entry={shown} hidden={hidden} />}
          <g class="axis">
            {first && (
              <text x={LEFT} y={AXIS_Y} text-anchor="start">
                {formatDay(first.day, locale, today)}
              </text>
            )}
            {middle && count > 2 && (
              <text x={xOf(Math.floor((count - 1) / 2))} y={AXIS_Y} text-anchor="middle">
                {formatDay(middle.day, locale, today)}
              </text>
            )}
            {last && count > 1 && (
              <text x={WIDTH - RIGHT} y={AXIS_Y} text-anchor="end">
                {formatDay(last.day, locale, today)}
              </text>
            )}
          </g>
        </svg>
      </div>
      {recorded < 2 && (
        <figcaption class="chart-note">
          {recorded === 1 ? t('popupChartOneDay') : t('popupChartNoDays', count)}
        </figcaption>
      )}
    </figure>
  )
}

function Cursor({ x, entry, hidden }: { x: number; entry: SeriesDay; hidden: ReadonlySet<PillarId> }) {
  const r = entry.record
  return (
    <g class="cursor">
      <line x1={x} x2={x} y1={TOTAL_PANEL.top} y2={PILLAR_PANEL.top + PILLAR_PANEL.height} />
      {r && <circle class="line-total" cx={x} cy={yOf(TOTAL_PANEL, r.overall)} r={3.5} />}
      {r &&
        PILLAR_IDS.filter((id) => !hidden.has(id)).map((id) => (
          <circle key={id} class={`line-${id}`} cx={x} cy={yOf(PILLAR_PANEL, r.pillars[id])} r={3} />
        ))}
    </g>
  )
}

function Grid({ panel }: { panel: Panel }) {
  return (
    <g class="grid">
      {panel.ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(panel, tick)} y2={yOf(panel, tick)} />
          <text x={LEFT - 4} y={yOf(panel, tick) + 3} text-anchor="end">
            {tick}
          </text>
        </g>
      ))}
    </g>
  )
}

function Line(props: { class: string; runs: SeriesPoint[][]; panel: Panel; xOf: (index: number) => number }) {
  const { runs, panel, xOf } = props
  const point = (p: SeriesPoint) => `${round2(xOf(p.index))},${round2(yOf(panel, p.value))}`
  return (
    <g class={`series ${props.class}`}>
      {runs.map((run) => {
        const [head, ...rest] = run
        if (!head) return null
        // A lone day has no neighbour to join: it is a dot, never a line to an invented value.
        if (rest.length === 0)
          return <circle key={head.index} cx={xOf(head.index)} cy={yOf(panel, head.value)} r={2.5} />
        return <path key={head.index} d={`M${point(head)}L${rest.map(point).join(' ')}`} />
      })}
    </g>
  )
}

function Readout({ entry, locale }: { entry: SeriesDay; locale: string }) {
  const r = entry.record
  return (
    <>
      <p>
        <span class="readout-day">{formatDayLong(entry.day, locale)}</span>
        <span class="readout-value line-total">
          {r ? t('popupReadoutTotal', r.overall) : t('popupReadoutNoRecord')}
        </span>
      </p>
      <p>
        {r &&
          PILLAR_IDS.map((id) => (
            <span key={id} class={`readout-value line-${id}`}>
              <span class="swatch" aria-hidden="true" />
              {t(PILLAR_KEYS[id])} {formatTenth(r.pillars[id])}
            </span>
          ))}
      </p>
    </>
  )
}

/** The readout as one sentence, for assistive technology. */
function readoutText(entry: SeriesDay, locale: string): string {
  const r = entry.record
  const values = r
    ? [
        t('popupReadoutTotal', r.overall),
        ...PILLAR_IDS.map((id) => `${t(PILLAR_KEYS[id])} ${formatTenth(r.pillars[id])}`),
      ]
    : [t('popupReadoutNoRecord')]
  return `${formatDayLong(entry.day, locale)}: ${values.join(', ')}`
}

function findLastIndex(series: readonly SeriesDay[]): number | null {
  for (let i = series.length - 1; i >= 0; i--) if (series[i]?.record) return i
  return null
}

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n))
const round2 = (n: number): number => Math.round(n * 100) / 100
