/**
 * Everyone's total over the chosen range as small multiples, drawn with the popup's chart (`src/ui/TrendChart`):
 * one panel per row of the table, in the table's order, each on its own scale with the person's name, latest
 * value and change over the range in its header; days (or, past 49 days, weeks) without a record are gaps. The
 * row "You" is the wide panel on top, with the dates under it.
 */
import { useMemo } from 'preact/hooks'
import { TOTAL_MIN_SPAN } from '../core/chart-scale.ts'
import { formatDay, formatDayLong } from '../core/format-date.ts'
import { crossesYear, rangeSlots } from '../core/series.ts'
import { type TeamRange, totalsForSlots } from '../core/team-summary.ts'
import type { TeamRow } from '../core/team-table.ts'
import { formatNumber } from '../shared/i18n.ts'
import type { AxisLabel, ChartPanel, ChartSlot } from '../ui/chart-types.ts'
import { TrendChart } from '../ui/TrendChart.tsx'
import { t, uiLocale } from './i18n.ts'

/** The chart's drawing width: two panels a row beside the averages. */
const CHART_WIDTH = 640

interface Props {
  rows: readonly TeamRow[]
  range: TeamRange
  today: string
}

export function TeamChart({ rows, range, today }: Props) {
  const locale = uiLocale()
  const { slots, panels, axis } = useMemo(
    () => chartData(rows, range, today, locale),
    [rows, range, today, locale],
  )
  const recorded = panels.some((p) => p.series.some((s) => s.values.some((v) => v !== null)))
  return (
    <figure class="team-chart" data-testid="team-chart" aria-labelledby="team-chart-title">
      <figcaption id="team-chart-title">
        {t(
          'teamChartTitle',
          formatDay(slots[0]?.key ?? today, locale, today),
          formatDay(today, locale, today),
        )}
      </figcaption>
      {recorded ? (
        <TrendChart
          slots={slots}
          panels={panels}
          axis={axis}
          width={CHART_WIDTH}
          words={{ keys: t('teamChartKeys'), noValue: t('teamChartNoValue') }}
        />
      ) : (
        <p class="muted">{t('teamChartNoDays')}</p>
      )}
    </figure>
  )
}

function chartData(rows: readonly TeamRow[], range: TeamRange, today: string, locale: string) {
  // The popup's slots for the range: one per day up to 49 days, else one per week ending today.
  const series = rangeSlots(range, today)
  const weekly = series.step === 'week'
  const slots: ChartSlot[] = series.slots.map((slot) => ({
    key: slot.to,
    label: weekly
      ? t('teamChartWeek', formatDay(slot.from, locale, today), formatDay(slot.to, locale, today))
      : formatDayLong(slot.to, locale),
  }))
  const number = {
    format: (n: number) => formatNumber(n),
    formatChange: (n: number) => formatNumber(n, { signed: true }),
  }
  const panels: ChartPanel[] = [...rows]
    // "You" first, as the wide panel that carries the dates; everyone else as small multiples.
    .sort((a, b) => (a.id === null ? -1 : b.id === null ? 1 : 0))
    .map((row) => ({
      id: row.id ?? 'you',
      size: row.id === null ? 'wide' : 'small',
      scale: { minSpan: TOTAL_MIN_SPAN, floor: 0, ceil: 100, maxIntervals: row.id === null ? 4 : 2 },
      series: [
        {
          id: 'overall',
          label: row.name,
          tone: 'total',
          values: totalsForSlots(row.totals, series.slots),
          // A person whose latest day is before the chart's last slot: their last value with its day, not "—".
          lastKnown: t(
            'teamChartLastKnown',
            formatNumber(row.latestTotal),
            formatDay(row.latestDay, locale, today),
          ),
          ...number,
        },
      ],
    }))
  const label = (day: string) =>
    crossesYear(series.from, series.to) ? formatDayLong(day, locale) : formatDay(day, locale, today)
  const count = slots.length
  const axis: AxisLabel[] = []
  const first = series.slots[0]
  const last = series.slots.at(-1)
  if (first) axis.push({ slot: 0, text: label(first.from) })
  if (count > 1 && last) axis.push({ slot: count - 1, text: label(last.to) })
  return { slots, panels, axis }
}
