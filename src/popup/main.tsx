import { render } from 'preact'
import { browser } from '../shared/extension-api.ts'
import { markPageLanguage } from '../shared/i18n.ts'
import { send } from '../shared/messaging.ts'
import { loadSettings, updateSettings } from '../shared/settings-store.ts'
import { App } from './App.tsx'
import { createPopupApi } from './api.ts'
import { popupOverview } from './stored-overview.ts'
import './popup.css'

// Before the first render, so no word is ever drawn in the wrong direction.
markPageLanguage()
const api = createPopupApi({
  send,
  readOverview: popupOverview,
  loadSettings,
  updateSettings,
  openOptionsPage: () => browser.runtime.openOptionsPage(),
})
const root = document.getElementById('app')
if (root) render(<App api={api} />, root)
