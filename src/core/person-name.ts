/**
 * A person's name on the Team page, from the name of the file they sent. SSI Lens names its exports
 * `ssi-history-YYYY-MM-DD.csv`, so a coach usually receives files like `Anna Schmidt.csv`,
 * `ssi-history-2026-11-22 (Anna).csv` or `anna_schmidt-ssi-history-2026-11-22 (1).csv`: the export's own part,
 * a browser's copy number and the extension are taken away, and what is left is the name.
 */

/** The longest name kept (a table cell, not a paragraph). */
export const MAX_NAME_LENGTH = 80

/** The name a file suggests, or `null` when nothing but the export's own name is left (the page numbers those). */
export function nameFromFileName(fileName: string): string | null {
  const name = fileName
    .replace(/\.(csv|txt)$/i, '')
    .replace(/\s*\(\d+\)$/, '') // a browser's "file (1).csv"
    .replace(/ssi[-_ ]history(?:[-_ ]\d{4}-\d{2}-\d{2})?/gi, ' ')
    .replace(/[_]+/g, ' ')
    .replace(/[()[\]]/g, ' ')
    .replace(/^[\s\-–—.,]+|[\s\-–—.,]+$/g, '')
    .replace(/\s+/g, ' ')
  return name === '' ? null : cleanName(name)
}

/** A name as typed, trimmed and cut to `MAX_NAME_LENGTH`; `null` when empty. */
export function cleanName(name: string): string | null {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim()
  return clean === '' ? null : clean
}

/** Two names are the same person when they differ only in letter case or spacing. */
export function sameName(a: string, b: string): boolean {
  return (
    a
      .trim()
      .replace(/\s+/g, ' ')
      .localeCompare(b.trim().replace(/\s+/g, ' '), undefined, { sensitivity: 'accent' }) === 0
  )
}
