import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { Change } from '../core/advice-types.ts'
import { changeSince } from '../core/deltas.ts'
import { nextPillar } from '../core/next-pillar.ts'
import { type ChartRange, type RangeSeries, rangeSeries } from '../core/series.ts'
import type { DayRecord } from '../core/snapshot.ts'
import type { Overview, SeriesAnswer } from '../shared/protocol.ts'
import { errorMessage, type PopupApi, type PopupSettings } from './api.ts'
import { Benchmarks } from './Benchmarks.tsx'
import { ChartTable } from './ChartTable.tsx'
import { ExportImport } from './ExportImport.tsx'
import { t, uiLocale } from './i18n.ts'
import { NextPillarCard } from './NextPillarCard.tsx'
import { overflowOfPopup, PopupChart } from './PopupChart.tsx'
import { ScoreHeader } from './ScoreHeader.tsx'
import { StatusLine } from './StatusLine.tsx'
import { noteMarkers, shiftMarkers } from './shift-markers.ts'
import { loadStateViews, type StateViews } from './state-views.ts'

/**
 * The goal's line (and the forecast it says): loaded only when a goal is set, while the overview is read, so a
 * popup without a goal never fetches it and one with a goal draws it in the same first paint.
 */
const loadGoalLine = () => import('./GoalLine.tsx').then((m) => m.GoalLine)
type GoalLineView = Awaited<ReturnType<typeof loadGoalLine>>

/** The chart's data for a range: 49 days come with the overview; longer ranges from `getSeries`. */
interface ChartState {
  range: ChartRange
  series: RangeSeries
  /** The total's change over the range (the header's third change). */
  change: Change | null
}

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready'
      overview: Overview
      settings: PopupSettings
      chart: ChartState
      goalLine: GoalLineView | null
      views: StateViews
    }

/** The window (and the day before it), ascending: what every 49-day number is computed over. */
const windowHistory = (overview: Overview): DayRecord[] =>
  overview.beforeWindow ? [overview.beforeWindow, ...overview.window] : overview.window

async function chartFor(
  api: PopupApi,
  overview: Overview,
  range: ChartRange,
  asked: Promise<SeriesAnswer> | null = null,
): Promise<ChartState> {
  if (range === '49d') {
    const history = windowHistory(overview)
    const latest = overview.latest
    return {
      range,
      series: rangeSeries(history, '49d', overview.today),
      change: latest ? changeSince(history, latest, 49) : null,
    }
  }
  const answer = await (asked ?? api.getSeries(range))
  return { range, ...answer }
}

/**
 * The popup: one `getOverview` and the settings on open (and again after an import), plus `getSeries` when the
 * remembered range is longer than 49 days. Nothing renders until they arrive — a few milliseconds — so the popup
 * never jumps from a placeholder to its real size. `data-ready` on `<main>` tells end-to-end tests that a real
 * state (overview, empty or failed) is on screen.
 */
export function App({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' })

  const load = useCallback(async () => {
    try {
      // A longer remembered range is asked for as soon as the settings name it, beside the overview rather than
      // after it: the two reads overlap in the background instead of adding up.
      const overviewRead = api.getOverview()
      const settings = await api.getSettings()
      const seriesRead = settings.chartRange === '49d' ? null : api.getSeries(settings.chartRange)
      seriesRead?.catch(() => undefined) // awaited below; a failure is reported there, not as unhandled
      // A goal line that cannot load leaves the goal's sentence out, not the whole popup.
      const goalLineRead = settings.goal === null ? null : loadGoalLine().catch(() => null)
      const overview = await overviewRead
      const views = loadStateViews(overview, windowHistory(overview))
      views.catch(() => undefined) // awaited below, as the series is
      const chart = await chartFor(api, overview, settings.chartRange, seriesRead)
      const goalLine = await goalLineRead
      setState({ kind: 'ready', overview, settings, chart, goalLine: goalLine ?? null, views: await views })
    } catch (error) {
      setState({ kind: 'failed', message: await errorMessage(error) })
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
      <main class="popup" data-state="failed" data-ready ref={api.replaceKeptView}>
        <h1 class="sr-only">{t('popupTitle')}</h1>
        <p class="load-failed" role="alert">
          {t('popupLoadFailed', state.message)}
        </p>
      </main>
    )
  return (
    <Popup
      overview={state.overview}
      settings={state.settings}
      chart={state.chart}
      goalLine={state.goalLine}
      views={state.views}
      api={api}
      reload={load}
      setChart={(chart) => setState((s) => (s.kind === 'ready' ? { ...s, chart } : s))}
    />
  )
}

interface PopupProps {
  overview: Overview
  settings: PopupSettings
  chart: ChartState
  goalLine: GoalLineView | null
  views: StateViews
  api: PopupApi
  reload: () => Promise<void>
  setChart: (chart: ChartState) => void
}

function Popup({ overview, settings, chart, goalLine: GoalLine, views, api, reload, setChart }: PopupProps) {
  const { EmptyState, FailureLine, FutureDays, PlatformShift } = views
  const { latest, today } = overview
  const { goal } = settings
  // The pressed button follows the click at once; the drawing follows when its data has arrived.
  const [range, setRange] = useState(chart.range)
  const asked = useRef(chart.range)
  const history = useMemo(() => windowHistory(overview), [overview])
  // When the content would stand past the popup's 600 px (a state's lines above the chart, in a long language), it
  // first closes up the space between the parts, then the chart gives up what is still over, so the actions stay in
  // sight. Measured after the first layout and once more, before the first paint (Preact re-renders before the
  // frame); not again: what the user opens later (a disclosure, the table) may scroll.
  const [tight, setTight] = useState(false)
  const [shrink, setShrink] = useState(0)
  // The view kept from the last open (opening.ts) makes way as this one enters the DOM: refs are set before any
  // layout effect runs, so the height measured below is this view's alone.
  const main = useRef<HTMLElement | null>(null)
  const entered = useCallback(
    (element: HTMLElement | null) => {
      main.current = element
      if (element) api.replaceKeptView()
    },
    [api],
  )
  useLayoutEffect(() => {
    if (overflowOfPopup() > 0) setTight(true)
  }, [])
  // After the first paint (tight and shrink are settled by then): kept for the next open.
  useEffect(() => {
    if (main.current) api.keepFirstPaint(main.current)
  }, [api])
  useLayoutEffect(() => {
    if (tight) setShrink(overflowOfPopup())
  }, [tight])
  const changes = useMemo(
    () => (latest ? [changeSince(history, latest, 1), changeSince(history, latest, 7), chart.change] : []),
    [history, latest, chart.change],
  )
  const advice = useMemo(() => (latest ? nextPillar(history, latest) : null), [history, latest])
  const markers = useMemo(
    () => [
      ...noteMarkers(chart.series.notes, chart.series.step === 'week', uiLocale(), today),
      ...shiftMarkers(chart.series.shifts),
    ],
    [chart.series, today],
  )

  const pickRange = (next: ChartRange) => {
    setRange(next)
    asked.current = next
    void api.saveChartRange(next)
    chartFor(api, overview, next).then(
      (data) => {
        // A quicker later click wins over a slower earlier answer.
        if (asked.current === next) setChart(data)
      },
      () => setRange(chart.range),
    )
  }

  // Keys keep ExportImport (and its import result) in place when an import turns the empty state into the overview.
  return (
    <main
      class="popup"
      data-state={latest ? 'ready' : 'empty'}
      data-tight={tight || undefined}
      data-ready
      ref={entered}
    >
      {latest
        ? [
            <ScoreHeader key="score" latest={latest} today={today} changes={changes} range={chart.range} />,
            <StatusLine key="status" overview={overview} FailureLine={FailureLine} />,
            FutureDays && <FutureDays key="future" days={overview.daysAfterToday} today={today} />,
            PlatformShift && <PlatformShift key="shift" history={history} latest={latest} today={today} />,
            <section key="trend" class="trend">
              <PopupChart
                series={chart.series}
                range={range}
                onRange={pickRange}
                goal={goal}
                today={today}
                markers={markers}
                shrink={shrink}
              />
              <div class="trend-foot">
                {goal !== null && GoalLine && <GoalLine goal={goal} history={history} today={today} />}
                <ChartTable series={chart.series} today={today} />
              </div>
            </section>,
            <NextPillarCard key="next" advice={advice} pillarsUnknown={latest.pillars === null} />,
            <Benchmarks key="benchmarks" history={history} latest={latest} today={today} />,
          ]
        : [
            EmptyState && <EmptyState key="empty" />,
            overview.lastFailure && <StatusLine key="status" overview={overview} FailureLine={FailureLine} />,
            FutureDays && <FutureDays key="future" days={overview.daysAfterToday} today={today} />,
          ]}
      <ExportImport key="data" api={api} totalDays={overview.totalDays} onImported={reload}>
        {/* A plain link opens an extension page in a new tab with no permission at all (no "tabs"). */}
        <a class="button" href="../history/index.html" target="_blank" rel="noopener">
          {t('popupHistory')}
        </a>
        <a class="button" href="../team/index.html" target="_blank" rel="noopener">
          {t('popupTeam')}
        </a>
        <button type="button" class="button" onClick={() => void api.openOptions()}>
          {t('popupOptions')}
        </button>
      </ExportImport>
      {/* Firefox closes a popup when a file chooser opens (bugzilla 1292701); the same page in a tab can import.
          Top right, on the heading's line, so the action row keeps room for every page's link. */}
      <a key="tab" class="tab-link" href="index.html" target="_blank" rel="noopener">
        {t('popupOpenInTab')}
      </a>
    </main>
  )
}
