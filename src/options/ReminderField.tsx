/**
 * The daily reminder. Switching it on first asks the browser for the optional `notifications` permission, from
 * inside the click (browsers only grant optional permissions during a user gesture); if the answer is no, the
 * reminder stays off and the page says why. Switching it off gives the permission back.
 */
import type { TargetedEvent } from 'preact'
import { useState } from 'preact/hooks'
import { formatHourOfDay } from '../shared/i18n.ts'
import type { Settings } from '../shared/settings.ts'
import { useAsync } from '../ui/use-async.ts'
import { Card } from './Card.tsx'
import { t } from './i18n.ts'
import type { OptionsApi } from './options-api.ts'
import { SwitchRow } from './SwitchRow.tsx'

interface Props {
  enabled: boolean
  hour: number
  api: OptionsApi
  onSave: (change: Partial<Settings>) => Promise<void>
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour)

export function ReminderField({ enabled, hour, api, onSave }: Props) {
  const [asking, setAsking] = useState(false)
  const [refused, setRefused] = useState(false)
  const [allowed, setAllowed] = useState<boolean | null>(null)

  // The user can withdraw the permission in the browser's own settings; an enabled reminder then cannot show.
  useAsync(
    () => api.hasNotifications(),
    setAllowed,
    () => setAllowed(null),
    [api, enabled],
  )

  const onToggle = (event: TargetedEvent<HTMLInputElement, Event>) => {
    const input = event.currentTarget
    const wanted = input.checked
    // The box shows what is stored until the change is saved (or refused).
    input.checked = enabled
    if (!wanted) {
      setRefused(false)
      void onSave({ reminderEnabled: false }).then(() => api.releaseNotifications().catch(() => undefined))
      return
    }
    setAsking(true)
    // No `await` before this call: it must run while the click's user gesture lasts.
    api
      .requestNotifications()
      .catch(() => false)
      .then(async (granted) => {
        setAsking(false)
        setRefused(!granted)
        if (!granted) return
        setAllowed(true)
        await onSave({ reminderEnabled: true })
      })
  }

  return (
    <Card id="reminder" title={t('optionsReminderTitle')}>
      <SwitchRow
        id="reminder"
        label={t('optionsReminderSwitch')}
        help={t('optionsReminderHelp')}
        checked={enabled}
        disabled={asking}
        onChange={onToggle}
      />
      <div class="field-row indent">
        <label for="reminder-hour">{t('optionsReminderHour')}</label>
        <select
          id="reminder-hour"
          value={String(hour)}
          onChange={(e) => void onSave({ reminderHour: Number(e.currentTarget.value) })}
        >
          {HOURS.map((h) => (
            <option key={h} value={String(h)}>
              {formatHourOfDay(h)}
            </option>
          ))}
        </select>
      </div>
      {refused && (
        <p class="error indent" role="alert">
          {t('optionsReminderRefused')}
        </p>
      )}
      {enabled && allowed === false && !refused && (
        <p class="error indent" role="alert">
          {t('optionsReminderNoPermission')}
        </p>
      )}
    </Card>
  )
}
