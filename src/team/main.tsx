import { render } from 'preact'
import { markPageLanguage } from '../shared/i18n.ts'
import { send } from '../shared/messaging.ts'
import { t } from './i18n.ts'
import { TeamPage } from './TeamPage.tsx'
import { createTeamApi } from './team-api.ts'
import '../ui/page.css'
import './team.css'

// Before the first render, so no word is ever drawn in the wrong direction.
markPageLanguage()
document.title = t('teamPageTitle')
const root = document.getElementById('app')
if (root) render(<TeamPage api={createTeamApi(send)} />, root)
