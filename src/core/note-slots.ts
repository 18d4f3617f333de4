/**
 * Which chart slot each day's note falls in, for the shared chart's day markers (`DayMarker` of kind `note`):
 * the popup (or any page with the chart) turns each entry into a marker whose readout shows the notes.
 */
import { byDay } from './day.ts'
import type { SlotSpan } from './shift.ts'
import type { DayRecord } from './snapshot.ts'

export interface NoteSlot {
  slot: number
  /** The slot's notes, ascending by day: a day slot holds one, a week slot up to seven. */
  notes: { day: string; note: string }[]
}

/** `slots` ascending (days or weeks); one entry per slot that holds a noted day, ascending by slot. */
export function noteSlots(slots: readonly SlotSpan[], days: readonly DayRecord[]): NoteSlot[] {
  const found = new Map<number, NoteSlot>()
  let at = 0
  const noted = days.filter((d) => d.note !== null && d.note !== undefined)
  for (const { day, note } of [...noted].sort(byDay)) {
    while (at < slots.length && (slots[at] as SlotSpan).to < day) at++
    const slot = slots[at]
    if (slot === undefined) break
    if (slot.from > day) continue // a day in a gap between slots (or before the first) has no slot
    const entry = found.get(at) ?? { slot: at, notes: [] }
    entry.notes.push({ day, note: note as string })
    found.set(at, entry)
  }
  return [...found.values()]
}
