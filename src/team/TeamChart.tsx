/**
 * Everyone's total over the chosen range, one line per person on one shared scale (days without a record are
 * gaps, never filled in); the row "You" is drawn stronger. A minimal SVG of SSI Lens's own until the popup's
 * chart is shared in src/ui; the table above holds the same numbers for screen readers.
 */
import { addDays, dayRange, daysBetween } from '../core/day.ts'
import { formatDay } from '../core/format-date.ts'
import { TEAM_RANGES, type TeamRange, totalOn } from '../core/team-summary.ts'
import type { TeamRow } from '../core/team-table.ts'
import { t, uiLocale } from './i18n.ts'

const WIDTH = 640
const HEIGHT = 200
const PAD = { left: 32, right: 8, top: 8, bottom: 22 }
/** The scale spans at least this many points, so day-to-day noise stays small. */
const MIN_SPAN = 10

interface Props {
  rows: readonly TeamRow[]
  range: TeamRange
  today: string
}

export function TeamChart({ rows, range, today }: Props) {
  const days = TEAM_RANGES[range]
  const from = addDays(today, -(days - 1))
  const span = dayRange(from, today)
  const lines = rows.map((row) => ({
    row,
    points: span.flatMap((day) => {
      const overall = totalOn(row.totals, day)
      return overall === null ? [] : [{ day, overall }]
    }),
  }))
  const values = lines.flatMap((l) => l.points.map((p) => p.overall))
  const locale = uiLocale()
  if (values.length === 0)
    return (
      <p class="muted" data-testid="team-chart">
        {t('teamChartNoDays')}
      </p>
    )
  let lo = Math.min(...values)
  let hi = Math.max(...values)
  if (hi - lo < MIN_SPAN) {
    const mid = (hi + lo) / 2
    lo = Math.max(0, mid - MIN_SPAN / 2)
    hi = Math.min(100, lo + MIN_SPAN)
    lo = hi - MIN_SPAN
  }
  const x = (day: string) =>
    PAD.left + (daysBetween(from, day) / Math.max(1, days - 1)) * (WIDTH - PAD.left - PAD.right)
  const y = (v: number) => PAD.top + ((hi - v) / (hi - lo)) * (HEIGHT - PAD.top - PAD.bottom)
  const ticks = [lo, (lo + hi) / 2, hi].map((v) => Math.round(v))
  return (
    <figure class="team-chart" data-testid="team-chart">
      <figcaption>{t('teamChartTitle')}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t(
          'teamChartLabel',
          rows.length,
          formatDay(from, locale, today),
          formatDay(today, locale, today),
        )}
      >
        {ticks.map((v) => (
          <g key={v} class="tick">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 4} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        <text class="axis" x={PAD.left} y={HEIGHT - 6}>
          {formatDay(from, locale, today)}
        </text>
        <text class="axis" x={WIDTH - PAD.right} y={HEIGHT - 6} text-anchor="end">
          {formatDay(today, locale, today)}
        </text>
        {lines.map(({ row, points }) => (
          <g
            key={row.id ?? 'you'}
            class={`person${row.id === null ? ' you' : ''}`}
            data-series="overall"
            data-person={row.id ?? 'you'}
          >
            <title>{row.name}</title>
            {runs(points).map((run) =>
              run.length === 1 ? (
                <circle
                  key={run[0]?.day}
                  cx={x(run[0]?.day as string)}
                  cy={y(run[0]?.overall as number)}
                  r={2}
                />
              ) : (
                <polyline
                  key={run[0]?.day}
                  points={run.map((p) => `${x(p.day).toFixed(1)},${y(p.overall).toFixed(1)}`).join(' ')}
                />
              ),
            )}
          </g>
        ))}
      </svg>
    </figure>
  )
}

/** Consecutive days in a run; a missing day starts a new one, so a gap stays a gap. */
function runs<P extends { day: string }>(points: readonly P[]): P[][] {
  const out: P[][] = []
  let run: P[] = []
  for (const p of points) {
    const prev = run.at(-1)
    if (prev && daysBetween(prev.day, p.day) !== 1) {
      out.push(run)
      run = []
    }
    run.push(p)
  }
  if (run.length > 0) out.push(run)
  return out
}
