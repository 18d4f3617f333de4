/** Which keys open the popup (the manifest suggests Alt+Shift+S; the browser may have another or none). */
import { useEffect, useState } from 'preact/hooks'
import { t } from './i18n.ts'
import type { OptionsApi } from './options-api.ts'

export function ShortcutNote({ api }: { api: OptionsApi }) {
  // undefined while asking; null when no shortcut is set.
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined)

  useEffect(() => {
    let live = true
    api.popupShortcut().then(
      (keys) => live && setShortcut(keys),
      () => live && setShortcut(null),
    )
    return () => {
      live = false
    }
  }, [api])

  return (
    <section class="card" aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">{t('optionsShortcutTitle')}</h2>
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
    </section>
  )
}
