import { render } from 'preact'
import { markPageLanguage } from '../shared/i18n.ts'
import { t } from './i18n.ts'
import { OptionsPage } from './OptionsPage.tsx'
import { createBrowserOptionsApi } from './options-api.ts'
import '../ui/page.css'
import './options.css'

// Before the first render, so no word is ever drawn in the wrong direction.
markPageLanguage()
document.title = t('optionsPageTitle')
const root = document.getElementById('app')
if (root) render(<OptionsPage api={createBrowserOptionsApi()} />, root)
