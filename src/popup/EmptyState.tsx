import { SSI_PAGE_URL } from '../core/page/address.ts'
import { t } from './i18n.ts'

/** No day recorded yet: what SSI Lens does, and the one step that starts it. */
export function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h1 id="empty-title">{t('popupEmptyTitle')}</h1>
      <p>{t('popupEmptyBody')}</p>
      <p class="muted">{t('popupEmptyPrivacy')}</p>
      <a class="button primary" href={SSI_PAGE_URL} target="_blank" rel="noopener">
        {t('popupOpenSsiPage')}
      </a>
    </section>
  )
}
