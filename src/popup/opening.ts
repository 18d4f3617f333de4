/**
 * The popup's first module, the only one its HTML names: about 2 KiB (gzip) that read what the popup is drawn
 * from besides the database — the settings, the session's unsaved failure, the history's view revision — and,
 * when the popup kept its first paint from an earlier open drawn from exactly these (and the revision says the
 * history has not been written since), put that view on screen at once. Then it loads the popup itself
 * (main.tsx), which reads the history, draws the same view and takes over from the kept one before its first
 * layout: what the user sees does not change, it only comes sooner — the module that draws it, Preact with it,
 * takes longer to load and run than the whole kept view. The live popup keeps its new first paint for the next
 * open when the revision did not move while it read (kept-view.ts).
 */
import { type Opening, readOpening } from './kept-view.ts'
// The whole stylesheet, inline in the HTML (popup-build.ts): the kept view is drawn with it.
import './popup.css'

const now = new Date()
readOpening(now)
  .catch(
    (): Opening => ({
      now,
      read: false,
      settings: null,
      unsavedFailure: null,
      revision: null,
      key: null,
      shown: false,
      inTab: false,
    }),
  )
  .then((opening) => import('./main.tsx').then((popup) => popup.start(opening)))
