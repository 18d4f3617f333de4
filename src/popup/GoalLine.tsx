import type { GoalForecast } from '../core/forecast.ts'
import { formatDay } from '../core/format-date.ts'
import { formatNumber } from '../shared/i18n.ts'
import { dayCount, t, uiLocale } from './i18n.ts'

/** Where am I going: the goal and what the last 49 days' trend says about it, in plain words. */
export function GoalLine({ goal, forecast, today }: { goal: number; forecast: GoalForecast; today: string }) {
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
