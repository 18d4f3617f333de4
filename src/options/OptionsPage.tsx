/**
 * The options page: badges, goal, reminder, shortcut, and clearing the history. Every change is saved at once
 * through the shared settings store, and the page follows changes made elsewhere (another options tab).
 */
import { useCallback, useEffect, useState } from 'preact/hooks'
import { errorWords as message } from '../shared/reply-words.ts'
import type { Settings } from '../shared/settings.ts'
import { useAsync } from '../ui/use-async.ts'
import { Card } from './Card.tsx'
import { ClearData } from './ClearData.tsx'
import { CsvFormatField } from './CsvFormatField.tsx'
import type { PageMessage } from './field-message.ts'
import { GoalField } from './GoalField.tsx'
import { type OptionsKey, t } from './i18n.ts'
import type { OptionsApi } from './options-api.ts'
import { ReminderField } from './ReminderField.tsx'
import { ShortcutNote } from './ShortcutNote.tsx'
import { SwitchRow } from './SwitchRow.tsx'

/** The two badges, each switched on and off by one setting. */
const BADGE_SWITCHES: readonly {
  setting: 'inlineBadge' | 'toolbarBadge'
  id: string
  label: OptionsKey
  help: OptionsKey
}[] = [
  { setting: 'inlineBadge', id: 'inline-badge', label: 'optionsInlineBadge', help: 'optionsInlineBadgeHelp' },
  {
    setting: 'toolbarBadge',
    id: 'toolbar-badge',
    label: 'optionsToolbarBadge',
    help: 'optionsToolbarBadgeHelp',
  },
]

export function OptionsPage({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  // One message at a time: a new one (a save, a failure, a refused goal) replaces the older one wherever it was.
  const [status, setStatus] = useState<PageMessage | null>(null)

  useAsync(
    () => api.load(),
    setSettings,
    (error) => setLoadError(message(error)),
    [api],
  )
  // Another tab or the popup may change a setting; the unsubscribe ends the watch with the page.
  useEffect(() => api.watch(setSettings), [api])

  const save = useCallback(
    async (change: Partial<Settings>, field: PageMessage['field'] = 'page') => {
      try {
        setSettings(await api.save(change))
        setStatus({ field, text: t('optionsSaved'), error: false })
      } catch (error) {
        setStatus({ field, text: t('optionsSaveFailed', message(error)), error: true })
      }
    },
    [api],
  )

  if (!settings)
    return (
      <main class="options" aria-busy={loadError === null}>
        <h1>{t('optionsTitle')}</h1>
        <p role={loadError ? 'alert' : undefined}>
          {loadError ? t('optionsLoadFailed', loadError) : t('optionsLoading')}
        </p>
      </main>
    )

  return (
    <main class="options" data-ready="">
      <h1>{t('optionsTitle')}</h1>
      <Card id="badges" title={t('optionsBadgesTitle')}>
        {BADGE_SWITCHES.map(({ setting, id, label, help }) => (
          <SwitchRow
            key={id}
            id={id}
            label={t(label)}
            help={t(help)}
            checked={settings[setting]}
            onChange={(e) => void save({ [setting]: e.currentTarget.checked })}
          />
        ))}
      </Card>
      <GoalField
        goal={settings.goal}
        message={status?.field === 'goal' ? status : null}
        onSave={(goal) => void save({ goal }, 'goal')}
        onMessage={(shown) => setStatus(shown && { ...shown, field: 'goal' })}
      />
      <ReminderField
        enabled={settings.reminderEnabled}
        hour={settings.reminderHour}
        api={api}
        onSave={save}
      />
      <CsvFormatField format={settings.csvFormat} onSave={(csvFormat) => void save({ csvFormat })} />
      <ShortcutNote api={api} />
      <ClearData api={api} />
      <nav class="pages" aria-label={t('optionsPagesLabel')}>
        <p>
          <a href="../history/index.html">{t('optionsHistoryLink')}</a>
          <span class="help"> {t('optionsHistoryHelp')}</span>
        </p>
        <a href="../team/index.html">{t('optionsTeamLink')}</a>
        <span class="help"> {t('optionsTeamHelp')}</span>
      </nav>
      {/* The policy ships inside the extension (vite.config.ts): the page fetches nothing, and the copy is the
          one that applies to this version. A plain link the user clicks; it opens the text in a tab. */}
      <p class="privacy">
        <a href="/PRIVACY.txt" target="_blank" rel="noopener">
          {t('optionsPrivacyLink')}
        </a>
      </p>
      <p class="status" role="status" aria-live="polite" data-testid="save-status">
        {status?.field === 'page' ? status.text : ''}
      </p>
    </main>
  )
}
