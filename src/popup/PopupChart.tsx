import { useMemo } from 'preact/hooks'
import { PILLAR_MIN_SPAN, TOTAL_MIN_SPAN } from '../core/chart-scale.ts'
import { formatDay, formatDayLong } from '../core/format-date.ts'
import {
  CHART_RANGES,
  type ChartRange,
  crossesYear,
  type RangeSeries,
  shownSlots,
  slotSpans,
} from '../core/series.ts'
import type { SlotSpan } from '../core/shift.ts'
import { PILLAR_IDS } from '../core/snapshot.ts'
import { formatNumber } from '../shared/i18n.ts'
import type { AxisLabel, ChartPanel, ChartSlot, DayMarker } from '../ui/chart-types.ts'
import { TrendChart } from '../ui/TrendChart.tsx'
import { type MessageKey, t, uiLocale } from './i18n.ts'
import { CHART_DRAWN_MARK } from './marks.ts'
import { PILLAR_KEYS } from './pillar-keys.ts'

/** The range buttons' names: the test contract ("49 days", "6 months", "1 year", "All"). */
export const RANGE_KEYS: Record<ChartRange, MessageKey> = {
  '49d': 'popupRange49Days',
  '6m': 'popupRange6Months',
  '1y': 'popupRange1Year',
  all: 'popupRangeAll',
}

interface Props {
  series: RangeSeries
  range: ChartRange
  onRange: (range: ChartRange) => void
  goal: number | null
  today: string
  /** Days with a note or a LinkedIn-wide shift, by slot. */
  markers?: readonly DayMarker[]
  /** Px the chart gives up so the popup fits its 600 px (see `overflowOfPopup`). */
  shrink?: number
}

/** Chrome and Firefox cap a popup's height at 600 CSS px; what is taller scrolls. */
const POPUP_MAX_HEIGHT = 600

/**
 * How many px the popup's content stands past the 600 px a popup may have — a state's lines above the chart (the
 * last visit's failure, days after today, a shift), longer in some languages, can push the actions out of sight.
 * 0 when it fits, and when the page is open in a tab (as wide as the stylesheet's centred column), where the
 * window is not a popup's.
 */
export function overflowOfPopup(): number {
  if (matchMedia('(min-width: 600px)').matches) return 0
  return Math.max(0, Math.ceil(document.documentElement.scrollHeight) - POPUP_MAX_HEIGHT)
}

const markDrawn = () => {
  if (performance.getEntriesByName(CHART_DRAWN_MARK).length === 0) performance.mark(CHART_DRAWN_MARK)
}

/**
 * The popup's trend: range buttons, then the shared chart with the total in a wide panel and the four pillars as
 * small multiples, each on its own scale, with its value and its change over the range in its header.
 */
export function PopupChart({ series, range, onRange, goal, today, markers = [], shrink = 0 }: Props) {
  const locale = uiLocale()
  const { slots, panels, axis } = useMemo(() => chartData(series, locale, today), [series, locale, today])
  const recorded = shownSlots(series)
  return (
    <figure class="chart" data-testid="trend-chart" aria-labelledby="chart-title">
      <div class="chart-head">
        <h2 id="chart-title">{t('popupChartTitle')}</h2>
        <fieldset class="ranges">
          <legend class="sr-only">{t('popupRangeLegend')}</legend>
          {CHART_RANGES.map((id) => (
            <button
              key={id}
              type="button"
              class="range"
              aria-pressed={id === range}
              onClick={() => id !== range && onRange(id)}
            >
              {t(RANGE_KEYS[id])}
            </button>
          ))}
        </fieldset>
      </div>
      <TrendChart
        slots={slots}
        panels={panels}
        axis={axis}
        markers={markers}
        shrink={shrink}
        references={goal === null ? [] : [{ panel: 'total', value: goal, label: t('popupChartGoal', goal) }]}
        words={{ keys: t('popupChartKeys'), noValue: t('popupReadoutNoRecord'), unknown: t('popupUnknown') }}
        onDrawn={markDrawn}
      />
      {recorded < 2 && (
        <figcaption class="chart-note">
          {recorded === 0 ? t('popupChartNoDays') : t('popupChartOneDay')}
        </figcaption>
      )}
    </figure>
  )
}

function chartData(series: RangeSeries, locale: string, today: string) {
  const weekly = series.step === 'week'
  const spans = slotSpans(series)
  // A slot's label is read only when the readout or the slider names that slot: one of them on the first paint, so
  // each is worked out on first read (up to ~520 weeks of "All" were formatted before the first paint otherwise).
  const labelOf = (span: SlotSpan, i: number): string => {
    const shown = series.days[i] ?? null
    if (!weekly) return formatDayLong(span.to, locale)
    return shown
      ? t('popupReadoutWeekDay', formatDayLong(shown, locale))
      : t('popupReadoutWeekEmpty', formatDay(span.from, locale, today), formatDay(span.to, locale, today))
  }
  const slots: ChartSlot[] = spans.map((span, i) => {
    let label: string | undefined
    return {
      key: span.to,
      get label() {
        label ??= labelOf(span, i)
        return label
      },
    }
  })
  const number = {
    format: (n: number) => formatNumber(n),
    formatChange: (n: number) => formatNumber(n, { signed: true }),
  }
  const panels: ChartPanel[] = [
    {
      id: 'total',
      size: 'wide',
      scale: { minSpan: TOTAL_MIN_SPAN, floor: 0, ceil: 100 },
      series: [
        {
          id: 'overall',
          label: t('popupChartTotal'),
          tone: 'total',
          values: series.overall,
          ...number,
        },
      ],
    },
    ...PILLAR_IDS.map(
      (id): ChartPanel => ({
        id,
        size: 'small',
        scale: { minSpan: PILLAR_MIN_SPAN, floor: 0, ceil: 25, maxIntervals: 2 },
        series: [{ id, label: t(PILLAR_KEYS[id]), tone: id, values: series.pillars[id], ...number }],
      }),
    ),
  ]
  // First, middle and last slot; the first names the range's first day, so "All" shows the oldest day.
  const withYear = crossesYear(series.from, series.to)
  const label = (day: string) => formatDay(day, locale, today, withYear)
  const count = spans.length
  const axis: AxisLabel[] = []
  const first = spans[0]
  if (first) axis.push({ slot: 0, text: label(first.from) })
  const middle = Math.floor((count - 1) / 2)
  const mid = spans[middle]
  if (count > 2 && mid) axis.push({ slot: middle, text: label(mid.to) })
  const last = spans[count - 1]
  if (count > 1 && last) axis.push({ slot: count - 1, text: label(last.to) })
  return { slots, panels, axis }
}
