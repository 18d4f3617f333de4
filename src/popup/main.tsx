import { render } from 'preact'
import { send } from '../shared/messaging.ts'
import { loadSettings } from '../shared/settings-store.ts'
import { App } from './App.tsx'
import { createPopupApi } from './api.ts'
import { uiLocale } from './i18n.ts'
import './popup.css'

document.documentElement.lang = uiLocale()
const root = document.getElementById('app')
if (root) render(<App api={createPopupApi(send, loadSettings)} />, root)
