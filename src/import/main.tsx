/**
 * A small page for bringing history from other tools, until the history page carries the same Import CSV (it
 * mounts the same `ImportFiles` component; this page is then its stand-in and can go).
 */
import { render } from 'preact'
import { uiLocale } from '../shared/i18n.ts'
import { importWord as w } from '../shared/import-words.ts'
import { send } from '../shared/messaging.ts'
import { ImportFiles } from '../ui/ImportFiles.tsx'
import '../ui/page.css'
import './import-page.css'

document.documentElement.lang = uiLocale()
document.title = w('importPreviewPageTitle')
const root = document.getElementById('app')
if (root)
  render(
    <main class="import-page" data-ready>
      <h1>{w('importPreviewPageTitle')}</h1>
      <p class="muted">{w('importPreviewPageIntro')}</p>
      <ImportFiles send={send} />
    </main>,
    root,
  )
