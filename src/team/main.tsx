import { render } from 'preact'
import { send } from '../shared/messaging.ts'
import { t, uiLocale } from './i18n.ts'
import { TeamPage } from './TeamPage.tsx'
import { createTeamApi } from './team-api.ts'
import '../ui/page.css'
import './team.css'

document.documentElement.lang = uiLocale()
document.title = t('teamPageTitle')
const root = document.getElementById('app')
if (root) render(<TeamPage api={createTeamApi(send)} />, root)
