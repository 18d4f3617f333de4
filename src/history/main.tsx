import { render } from 'preact'
import { markPageLanguage } from '../shared/i18n.ts'
import { send } from '../shared/messaging.ts'
import { HistoryPage } from './HistoryPage.tsx'
import { createHistoryApi } from './history-api.ts'
import { t } from './i18n.ts'
import '../ui/page.css'
import './history.css'

// Before the first render, so no word is ever drawn in the wrong direction.
markPageLanguage()
document.title = t('historyPageTitle')
const root = document.getElementById('app')
if (root) render(<HistoryPage api={createHistoryApi(send)} />, root)
