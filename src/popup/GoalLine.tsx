import { useMemo } from 'preact/hooks'
import { forecastGoal, type GoalForecast } from '../core/forecast.ts'
import { formatDay } from '../core/format-date.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { formatNumber } from '../shared/i18n.ts'
import { dayCount, t, uiLocale } from './i18n.ts'

interface Props {
  goal: number
  /** The popup's 49-day window (and the day before it), ascending. */
  history: readonly DayRecord[]
  today: string
}

/**
 * Where am I going: the goal and what the last 49 days' trend says about it, in plain words. A module the popup
 * loads only when a goal is set (App.tsx), with the forecast's maths.
 */
export function GoalLine({ goal, history, today }: Props) {
  const forecast = useMemo(() => forecastGoal(history, goal, today), [history, goal, today])
  return (
    <p class="goal-line" data-forecast={forecast.kind}>
      {goalText(goal, forecast, today)}
    </p>
  )
}

function goalText(goal: number, forecast: GoalForecast, today: string): string {
  const target = formatNumber(goal)
  switch (forecast.kind) {
    case 'too-few-days':
      return t('popupGoalTooFewDays', target, forecast.needed, forecast.days)
    case 'reached':
      return t('popupGoalReached', target, forecast.overall)
    case 'on-track':
      return t(
        'popupGoalOnTrack',
        target,
        formatDay(forecast.date, uiLocale(), today),
        dayCount(forecast.daysFromToday),
      )
    case 'beyond-two-years':
      return t('popupGoalBeyondTwoYears', target)
    case 'not-at-current-trend':
      return t('popupGoalNotAtTrend', target)
  }
}
