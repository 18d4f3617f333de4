import { render } from 'preact'
import { send } from '../shared/messaging.ts'
import { HistoryPage } from './HistoryPage.tsx'
import { createHistoryApi } from './history-api.ts'
import { t, uiLocale } from './i18n.ts'
import '../ui/page.css'
import './history.css'

document.documentElement.lang = uiLocale()
document.title = t('historyPageTitle')
const root = document.getElementById('app')
if (root) render(<HistoryPage api={createHistoryApi(send)} />, root)
