import { useState } from 'preact/hooks'
import { importWord as w } from '../shared/import-words.ts'
import type { ImportedDays } from '../shared/protocol.ts'
import { ImportPreview, type Send } from './ImportPreview.tsx'

interface Props {
  send: Send
  /** Called once days were written (e.g. to reload the page's list). */
  onImported?: (result: ImportedDays) => void
}

/**
 * "Import CSV" for a full-tab page: an `<input type="file" multiple>` labelled "Import CSV" (the test contract's
 * name) that takes SSI Lens's own files and other tools' (linkedin-ssi-data day files, spreadsheets kept by
 * hand), then the preview of what was chosen. Nothing is written until the preview's Import.
 */
export function ImportFiles({ send, onImported }: Props) {
  const [files, setFiles] = useState<File[] | null>(null)
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const chosen = [...(input.files ?? [])]
    // Cleared so choosing the same files again (after fixing one) fires another change.
    input.value = ''
    if (chosen.length > 0) setFiles(chosen)
  }
  return (
    <div class="import-files">
      <input
        id="import-files"
        class="file-input"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        onChange={onChange}
      />
      <label for="import-files" class="button">
        {w('importPreviewChoose')}
      </label>
      <span class="muted">{w('importPreviewChooseHint')}</span>
      {files && <ImportPreview files={files} send={send} onImported={onImported} />}
    </div>
  )
}
