/**
 * The team table: one `<tbody>` row per person (the user's own history is the row "You"), sortable by every
 * column with buttons in the headers (`aria-sort` says which and how), a rename and a "Remove" (with
 * confirmation) for each person. The next pillar's reason opens from the cell, by mouse or keyboard.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { formatDay } from '../core/format-date.ts'
import type { TeamRange } from '../core/team-summary.ts'
import { TEAM_COLUMNS, type TeamColumn, type TeamRow } from '../core/team-table.ts'
import { reasonWords } from '../shared/advice-words.ts'
import { formatNumber } from '../shared/i18n.ts'
import { UnknownValue } from '../ui/UnknownValue.tsx'
import { dayCount, pillarName, plural, type TeamKey, t, uiLocale } from './i18n.ts'
import type { Sort } from './TeamPage.tsx'
import { errorMessage, type TeamApi } from './team-api.ts'

const HEADERS: Record<TeamColumn, TeamKey> = {
  name: 'teamColName',
  latest: 'teamColLatest',
  change: 'teamColChange',
  weakest: 'teamColWeakest',
  next: 'teamColNext',
  days: 'teamColDays',
  stale: 'teamColLastDay',
}

const CHANGE_HEADERS: Record<TeamRange, TeamKey> = {
  '49d': 'teamColChange49Days',
  '6m': 'teamColChange6Months',
  '1y': 'teamColChange1Year',
}

/** A column's first click sorts the way a coach usually wants it: highest scores, biggest changes first. */
const FIRST_DIRECTION: Record<TeamColumn, Sort['direction']> = {
  name: 'ascending',
  latest: 'descending',
  change: 'descending',
  weakest: 'ascending',
  next: 'ascending',
  days: 'descending',
  stale: 'descending',
}

interface Props {
  rows: readonly TeamRow[]
  sort: Sort
  onSort: (sort: Sort) => void
  range: TeamRange
  today: string
  api: TeamApi
  onChanged: () => Promise<void>
}

export function TeamTable({ rows, sort, onSort, range, today, api, onChanged }: Props) {
  const header = (column: TeamColumn) => (column === 'change' ? CHANGE_HEADERS[range] : HEADERS[column])
  const click = (column: TeamColumn) =>
    onSort(
      sort.column === column
        ? { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: FIRST_DIRECTION[column] },
    )
  return (
    <div class="table-wrap">
      <table class="team-table" data-testid="team-table">
        <caption class="sr-only">{t('teamTableCaption')}</caption>
        <thead>
          <tr>
            {TEAM_COLUMNS.map((column) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : undefined}>
                <button type="button" class="sort" onClick={() => click(column)}>
                  {t(header(column))}
                  <span class="sort-mark" aria-hidden="true">
                    {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">
              <span class="sr-only">{t('teamColActions')}</span>
            </th>
          </tr>
        </thead>
        {rows.map((row) => (
          <PersonRow key={row.id ?? 'you'} row={row} today={today} api={api} onChanged={onChanged} />
        ))}
      </table>
    </div>
  )
}

type Editing =
  | { kind: 'none' }
  | { kind: 'rename'; error: string | null }
  | { kind: 'remove'; error: string | null }

function PersonRow({
  row,
  today,
  api,
  onChanged,
}: {
  row: TeamRow
  today: string
  api: TeamApi
  onChanged: () => Promise<void>
}) {
  const locale = uiLocale()
  const [editing, setEditing] = useState<Editing>({ kind: 'none' })
  /** Runs a rename or a removal; whatever it throws is shown in its open form. */
  const attempt = async (kind: 'rename' | 'remove', action: () => Promise<void>): Promise<void> => {
    try {
      await action()
    } catch (error) {
      setEditing({ kind, error: t('teamActionFailed', errorMessage(error)) })
    }
  }
  const { change, next, staleness } = row
  const reason = next && reasonWords(next)
  const id = row.id
  return (
    <tbody data-person={id ?? 'you'} data-stale={staleness.stale ? '' : undefined}>
      <tr>
        <th scope="row" class="name">
          {row.name}
        </th>
        <td class="latest">
          <span class="total">{row.latestTotal}</span>{' '}
          <span class="muted">{formatDay(row.latestDay, locale, today)}</span>
        </td>
        <td class={`change${change && change.delta > 0 ? ' up' : change && change.delta < 0 ? ' down' : ''}`}>
          {change ? (
            <>
              {formatNumber(change.delta, { signed: true })}
              {!change.exact && (
                <span class="muted"> {t('teamSince', formatDay(change.since, locale, today))}</span>
              )}
            </>
          ) : (
            <span class="muted" title={t('teamChangeNone')}>
              —
            </span>
          )}
        </td>
        <td class="weakest">
          {row.weakest ? (
            <>
              {pillarName(row.weakest.pillar)} <span class="muted">{formatNumber(row.weakest.value)}</span>
            </>
          ) : (
            <UnknownValue label={t('teamPillarsUnknown')} />
          )}
        </td>
        <td class="next" data-pillar={next?.pillar}>
          {next ? (
            <details>
              <summary title={reason ?? undefined}>{pillarName(next.pillar)}</summary>
              <p class="reason">{reason}</p>
            </details>
          ) : (
            <span class="muted">{t(row.pillarsUnknown ? 'teamPillarsUnknown' : 'teamNextNone')}</span>
          )}
        </td>
        <td class="days">{dayCount(row.days)}</td>
        <td class={`stale${staleness.stale ? ' flagged' : ''}`} data-days={staleness.days}>
          {staleness.days === 0
            ? t('teamLastDayToday')
            : staleness.days === 1
              ? t('teamLastDayYesterday')
              : plural('teamLastDayAgo', staleness.days)}
          {staleness.stale && (
            <>
              {' '}
              <span class="tag">{t('teamStale')}</span>
            </>
          )}
        </td>
        <td class="actions">
          {id !== null && editing.kind === 'none' && (
            <>
              <button
                type="button"
                class="small"
                onClick={() => setEditing({ kind: 'rename', error: null })}
                aria-label={t('teamRenameNamed', row.name)}
              >
                {t('teamRename')}
              </button>
              <button
                type="button"
                class="small danger-outline"
                onClick={() => setEditing({ kind: 'remove', error: null })}
              >
                {t('teamRemove')}
              </button>
            </>
          )}
        </td>
      </tr>
      {id !== null && editing.kind !== 'none' && (
        <tr class="detail">
          <td colSpan={TEAM_COLUMNS.length + 1}>
            {editing.kind === 'rename' ? (
              <RenameForm
                name={row.name}
                error={editing.error}
                onCancel={() => setEditing({ kind: 'none' })}
                onSave={(name) =>
                  attempt('rename', async () => {
                    const result = await api.renamePerson(id, name)
                    if (result.ok) {
                      setEditing({ kind: 'none' })
                      await onChanged()
                      return
                    }
                    const { code } = result.error
                    const key =
                      code === 'exists'
                        ? 'teamRenameTaken'
                        : code === 'no-name'
                          ? 'teamRenameEmpty'
                          : 'teamRenameMissing'
                    setEditing({ kind: 'rename', error: t(key, name) })
                  })
                }
              />
            ) : (
              <RemoveQuestion
                row={row}
                error={editing.error}
                onCancel={() => setEditing({ kind: 'none' })}
                onRemove={() =>
                  attempt('remove', async () => {
                    await api.removePerson(id)
                    await onChanged()
                  })
                }
              />
            )}
          </td>
        </tr>
      )}
    </tbody>
  )
}

function RenameForm({
  name,
  error,
  onSave,
  onCancel,
}: {
  name: string
  error: string | null
  onSave: (name: string) => Promise<void>
  onCancel: () => void
}) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])
  return (
    <form
      class="rename"
      onSubmit={(e) => {
        e.preventDefault()
        void onSave(input.current?.value ?? '')
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <label>
        {t('teamRenameLabel')} <input ref={input} type="text" value={name} maxLength={80} required />
      </label>
      <button type="submit">{t('teamRenameSave')}</button>
      <button type="button" onClick={onCancel}>
        {t('teamCancel')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

function RemoveQuestion({
  row,
  error,
  onRemove,
  onCancel,
}: {
  row: TeamRow
  error: string | null
  onRemove: () => Promise<void>
  onCancel: () => void
}) {
  const cancel = useRef<HTMLButtonElement>(null)
  const [removing, setRemoving] = useState(false)
  // Keyboard users land on the safe choice.
  useEffect(() => cancel.current?.focus(), [])
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby={`remove-${row.id}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <p id={`remove-${row.id}`}>{t('teamRemoveQuestion', row.name, dayCount(row.days))}</p>
      <div class="buttons">
        <button
          type="button"
          class="danger"
          disabled={removing}
          onClick={() => {
            setRemoving(true)
            void onRemove().finally(() => setRemoving(false))
          }}
        >
          {t('teamRemoveNamed', row.name)}
        </button>
        <button ref={cancel} type="button" onClick={onCancel} disabled={removing}>
          {t('teamCancel')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
