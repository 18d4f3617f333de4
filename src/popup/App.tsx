import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks'
import { changeSince } from '../core/deltas.ts'
import { forecastGoal } from '../core/forecast.ts'
import { nextPillar } from '../core/next-pillar.ts'
import { windowSeries } from '../core/series.ts'
import type { DayRecord } from '../core/snapshot.ts'
import type { Overview } from '../shared/protocol.ts'
import { errorMessage, type PopupApi } from './api.ts'
import { Benchmarks } from './Benchmarks.tsx'
import { ChartTable } from './ChartTable.tsx'
import { EmptyState } from './EmptyState.tsx'
import { ExportImport } from './ExportImport.tsx'
import { FutureDays } from './FutureDays.tsx'
import { GoalLine } from './GoalLine.tsx'
import { dayCount, t } from './i18n.ts'
import { NextPillarCard } from './NextPillarCard.tsx'
import { PlatformShift } from './PlatformShift.tsx'
import { CHANGE_DAYS, ScoreHeader } from './ScoreHeader.tsx'
import { StatusLine } from './StatusLine.tsx'
import { TrendChart } from './TrendChart.tsx'

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; overview: Overview; goal: number | null }

/**
 * The popup: one `getOverview` on open (and again after an import). Nothing renders until it arrives — a few
 * milliseconds — so the popup never jumps from a placeholder to its real size. `data-ready` on `<main>` tells
 * end-to-end tests that a real state (overview, empty or failed) is on screen.
 */
export function App({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' })

  const load = useCallback(async () => {
    try {
      const [overview, goal] = await Promise.all([api.getOverview(), api.getGoal()])
      setState({ kind: 'ready', overview, goal })
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) })
    }
  }, [api])

  // A layout effect starts the one read right after the first commit; a plain effect would wait for the next
  // animation frame (or Preact's 100 ms fallback where frames are throttled) before even asking.
  useLayoutEffect(() => {
    void load()
  }, [load])

  if (state.kind === 'loading') return null
  if (state.kind === 'failed')
    return (
      <main class="popup" data-state="failed" data-ready>
        <p class="load-failed" role="alert">
          {t('popupLoadFailed', state.message)}
        </p>
      </main>
    )
  return <Popup overview={state.overview} goal={state.goal} api={api} reload={load} />
}

interface PopupProps {
  overview: Overview
  goal: number | null
  api: PopupApi
  reload: () => Promise<void>
}

function Popup({ overview, goal, api, reload }: PopupProps) {
  const { latest, today } = overview
  // Everything below is computed over the window (≤ 51 records), never over the whole history.
  const history = useMemo<DayRecord[]>(
    () => (overview.beforeWindow ? [overview.beforeWindow, ...overview.window] : overview.window),
    [overview],
  )
  const series = useMemo(() => windowSeries(history, today), [history, today])
  const changes = useMemo(
    () => (latest ? CHANGE_DAYS.map(({ days }) => changeSince(history, latest, days)) : []),
    [history, latest],
  )
  const advice = useMemo(() => (latest ? nextPillar(history, latest) : null), [history, latest])
  const forecast = useMemo(
    () => (goal === null ? null : forecastGoal(history, goal, today)),
    [history, goal, today],
  )

  // Keys keep ExportImport (and its import result) in place when an import turns the empty state into the overview.
  return (
    <main class="popup" data-state={latest ? 'ready' : 'empty'} data-ready>
      {latest
        ? [
            <ScoreHeader key="score" latest={latest} today={today} changes={changes} />,
            <StatusLine key="status" overview={overview} />,
            <FutureDays key="future" days={overview.daysAfterToday} today={today} />,
            <PlatformShift key="shift" history={history} latest={latest} today={today} />,
            <section key="trend" class="trend">
              <TrendChart series={series} goal={goal} today={today} />
              {goal !== null && forecast && <GoalLine goal={goal} forecast={forecast} today={today} />}
              <ChartTable series={series} today={today} />
            </section>,
            <NextPillarCard key="next" advice={advice} />,
            <Benchmarks key="benchmarks" history={history} latest={latest} today={today} />,
          ]
        : [
            <EmptyState key="empty" />,
            overview.lastFailure && <StatusLine key="status" overview={overview} />,
            <FutureDays key="future" days={overview.daysAfterToday} today={today} />,
          ]}
      <ExportImport key="data" api={api} totalDays={overview.totalDays} onImported={reload} />
      <footer key="footer" class="footer">
        <span>{t('popupTotalDays', dayCount(overview.totalDays))}</span>
        {/* Firefox closes a popup when a file chooser opens (bugzilla 1292701); the same page in a tab can import. */}
        <a href="index.html" target="_blank" rel="noopener">
          {t('popupOpenInTab')}
        </a>
        {/* A plain link opens an extension page in a new tab with no permission at all (no "tabs"). */}
        <a href="../history/index.html" target="_blank" rel="noopener">
          {t('popupHistory')}
        </a>
        <a href="../team/index.html" target="_blank" rel="noopener">
          {t('popupTeam')}
        </a>
      </footer>
    </main>
  )
}
