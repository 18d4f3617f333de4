/** Which keys open the popup (the manifest suggests Alt+Shift+S; the browser may have another or none). */
import { useState } from 'preact/hooks'
import { useAsync } from '../ui/use-async.ts'
import { Card } from './Card.tsx'
import { t } from './i18n.ts'
import type { OptionsApi } from './options-api.ts'

export function ShortcutNote({ api }: { api: OptionsApi }) {
  // undefined while asking; null when no shortcut is set.
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined)

  useAsync(
    () => api.popupShortcut(),
    setShortcut,
    () => setShortcut(null),
    [api],
  )

  return (
    <Card id="shortcut" title={t('optionsShortcutTitle')}>
      <div class="field-row">
        <p data-testid="shortcut">
          {shortcut === undefined
            ? ''
            : shortcut === null
              ? t('optionsShortcutNone')
              : t('optionsShortcutIs', shortcut)}
        </p>
        <button type="button" onClick={() => void api.openShortcutSettings().catch(() => undefined)}>
          {t('optionsShortcutChange')}
        </button>
      </div>
    </Card>
  )
}
