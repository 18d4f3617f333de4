/**
 * "—" for a value SSI Lens does not know (a pillar of a day kept only by its total, say), with words for screen
 * readers: a bare dash is read as "dash" or not at all. Each page passes its own catalogue word ("unknown").
 */
export function UnknownValue({ label }: { label: string }) {
  return (
    <span class="unknown" data-unknown="">
      <span aria-hidden="true">—</span>
      <span class="sr-only">{label}</span>
    </span>
  )
}
