import { render } from 'preact'
import { t, uiLocale } from './i18n.ts'
import { OptionsPage } from './OptionsPage.tsx'
import { createBrowserOptionsApi } from './options-api.ts'
import '../ui/page.css'
import './options.css'

document.documentElement.lang = uiLocale()
document.title = t('optionsPageTitle')
const root = document.getElementById('app')
if (root) render(<OptionsPage api={createBrowserOptionsApi()} />, root)
