/**
 * The Team page: a coach's view over several people's exported histories. One `getTeam` on open reads the
 * stored summaries (never anyone's full history); every row, average and line is computed from them here.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks'
import { DEFAULT_TEAM_RANGE, type TeamRange } from '../core/team-summary.ts'
import {
  type SortDirection,
  sortTeamRows,
  type TeamColumn,
  type TeamMember,
  teamAverages,
  teamRow,
} from '../core/team-table.ts'
import type { TeamOverview } from '../shared/protocol.ts'
import { ReadPage } from '../ui/ReadPage.tsx'
import { usePageRead } from '../ui/use-page-read.ts'
import { AddPeople } from './AddPeople.tsx'
import { ExportTeam } from './ExportTeam.tsx'
import { t } from './i18n.ts'
import { RangeChoice } from './RangeChoice.tsx'
import { TeamAtAGlance } from './TeamAtAGlance.tsx'
import { TeamTable } from './TeamTable.tsx'
import { errorMessage, type TeamApi } from './team-api.ts'

export interface Sort {
  column: TeamColumn
  direction: SortDirection
}

export function TeamPage({ api }: { api: TeamApi }) {
  const { state, load } = usePageRead(() => api.getTeam(), [api])

  return (
    <ReadPage
      name="team"
      title={t('teamTitle')}
      intro={t('teamIntro')}
      state={state}
      failed={(error) => t('teamLoadFailed', errorMessage(error))}
    >
      {(team) => <Team team={team} api={api} reload={load} />}
    </ReadPage>
  )
}

function Team({ team, api, reload }: { team: TeamOverview; api: TeamApi; reload: () => Promise<void> }) {
  const [range, setRange] = useState<TeamRange>(DEFAULT_TEAM_RANGE)
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'ascending' })
  const people = useMemo<TeamMember[]>(
    () => team.people.map((p) => ({ id: p.id, name: p.name, summary: p.summary })),
    [team],
  )
  const members = useMemo<TeamMember[]>(
    () => (team.you ? [{ id: null, name: t('teamYou'), summary: team.you }, ...people] : people),
    [team, people],
  )
  const rows = useMemo(
    () =>
      sortTeamRows(
        members.map((m) => teamRow(m, range, team.today)),
        sort.column,
        sort.direction,
      ),
    [members, range, sort, team.today],
  )
  const averages = useMemo(() => teamAverages(people), [people])

  // The performance suite times the page from navigation to this mark: the rows are in the DOM.
  useLayoutEffect(() => {
    if (performance.getEntriesByName('ssi-lens:team-rows').length === 0)
      performance.mark('ssi-lens:team-rows')
  }, [])

  return (
    <>
      <AddPeople api={api} names={team.people.map((p) => p.name)} onAdded={reload} />
      {members.length === 0 ? (
        <p class="empty" data-testid="team-empty">
          {t('teamEmpty')}
        </p>
      ) : (
        <>
          <div class="toolbar">
            <RangeChoice range={range} onChange={setRange} />
            <ExportTeam rows={rows} range={range} today={team.today} />
          </div>
          <TeamTable
            rows={rows}
            sort={sort}
            onSort={setSort}
            range={range}
            today={team.today}
            api={api}
            onChanged={reload}
          />
          {people.length > 0 && (
            <TeamAtAGlance averages={averages} rows={rows} range={range} today={team.today} />
          )}
        </>
      )}
    </>
  )
}
