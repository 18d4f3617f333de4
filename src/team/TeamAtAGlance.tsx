/**
 * The team at a glance: each pillar's team average (over the people's latest days) beside the industry average
 * the same files carry, and everyone's total over the chosen range.
 */
import { useEffect, useState } from 'preact/hooks'
import { PILLAR_IDS } from '../core/snapshot.ts'
import type { TeamRange } from '../core/team-summary.ts'
import type { TeamAverages, TeamRow } from '../core/team-table.ts'
import { formatNumber } from '../shared/i18n.ts'
import { peopleCount, pillarName, t } from './i18n.ts'
import { TeamChart } from './TeamChart.tsx'

interface Props {
  averages: TeamAverages
  rows: readonly TeamRow[]
  range: TeamRange
  today: string
}

export function TeamAtAGlance({ averages, rows, range, today }: Props) {
  const { team, industry } = averages
  // The chart is drawn after the table is on screen: thirty lines are not what the page opens for.
  const [drawChart, setDrawChart] = useState(false)
  useEffect(() => {
    const frame = requestAnimationFrame(() => setDrawChart(true))
    return () => cancelAnimationFrame(frame)
  }, [])
  return (
    <section class="glance" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('teamGlanceTitle')}</h2>
      <div class="glance-body">
        <div class="glance-averages">
          {team && (
            <table class="averages" data-testid="team-averages">
              <caption>{t('teamAveragesCaption', peopleCount(averages.withPillars))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('teamColPillar')}</th>
                  <th scope="col">{t('teamAverageTeam')}</th>
                  <th scope="col">{t('teamAverageIndustry')}</th>
                  <th scope="col">{t('teamAverageGap')}</th>
                </tr>
              </thead>
              <tbody>
                {PILLAR_IDS.map((id) => {
                  const gap = industry ? team[id] - industry[id] : null
                  return (
                    <tr key={id} data-pillar={id}>
                      <th scope="row">{pillarName(id)}</th>
                      <td>{formatNumber(team[id])}</td>
                      <td>{industry ? formatNumber(industry[id]) : '—'}</td>
                      <td class={gap === null ? '' : gap >= 0 ? 'up' : 'down'}>
                        {gap === null ? '—' : formatNumber(gap, { signed: true })}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
          <p class="muted note">
            {industry ? t('teamIndustryNote', averages.withIndustry, averages.people) : t('teamIndustryNone')}
          </p>
        </div>
        {drawChart && <TeamChart rows={rows} range={range} today={today} />}
      </div>
    </section>
  )
}
