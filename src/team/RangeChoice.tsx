import { TEAM_RANGES, type TeamRange } from '../core/team-summary.ts'
import { type TeamKey, t } from './i18n.ts'

const LABELS: Record<TeamRange, TeamKey> = {
  '49d': 'teamRange49Days',
  '6m': 'teamRange6Months',
  '1y': 'teamRange1Year',
}

/** The range the change column and the chart cover: buttons that say which one is pressed. */
export function RangeChoice({ range, onChange }: { range: TeamRange; onChange: (range: TeamRange) => void }) {
  return (
    <fieldset class="range">
      <legend class="sr-only">{t('teamRangeLabel')}</legend>
      {(Object.keys(TEAM_RANGES) as TeamRange[]).map((id) => (
        <button key={id} type="button" aria-pressed={id === range} onClick={() => onChange(id)}>
          {t(LABELS[id])}
        </button>
      ))}
    </fieldset>
  )
}
