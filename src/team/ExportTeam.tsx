import { useState } from 'preact/hooks'
import { teamCsvFileName, teamToCsv } from '../core/team-csv.ts'
import { TEAM_RANGES, type TeamRange } from '../core/team-summary.ts'
import type { TeamRow } from '../core/team-table.ts'
import { saveText } from '../ui/save-text.ts'
import { peopleCount, t } from './i18n.ts'

interface Props {
  /** In the table's order. */
  rows: readonly TeamRow[]
  range: TeamRange
  today: string
}

/** Export team CSV: the table as it is sorted, one row per person, written here from the rows on screen. */
export function ExportTeam({ rows, range, today }: Props) {
  const [done, setDone] = useState<string | null>(null)
  const save = () => {
    const filename = teamCsvFileName(today)
    saveText(filename, teamToCsv(rows, TEAM_RANGES[range]))
    setDone(t('teamExportDone', filename, peopleCount(rows.length)))
  }
  return (
    <div class="export">
      <button type="button" class="button" onClick={save}>
        {t('teamExportCsv')}
      </button>
      <span class="ok" role="status">
        {done}
      </span>
    </div>
  )
}
