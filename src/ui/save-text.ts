/** Saving a file from an extension page without the `downloads` permission: a Blob URL and `<a download>`. */

/** Saves `text` as a file named `filename` through the page's own download of a Blob URL. */
export function saveText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken its copy once the click is handled; revoking later frees the Blob even if it has not.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
