/**
 * The chart's marks for LinkedIn-wide shifts (`core/shift.ts`) and for days with a note: one per slot (a day, or a
 * week in the longer ranges) that holds one, with the words the readout shows and the slider announces when that
 * slot is picked. Both come with the series (`RangeSeries.shifts`, `.notes`), in every range.
 */
import { formatDay } from '../core/format-date.ts'
import type { NoteSlot } from '../core/note-slots.ts'
import type { ShiftSlot } from '../core/series.ts'
import { formatNumber } from '../shared/i18n.ts'
import type { DayMarker } from '../ui/chart-types.ts'
import { t } from './i18n.ts'

export function shiftMarkers(shifts: readonly ShiftSlot[]): DayMarker[] {
  return shifts.map(({ slot, shift }) => ({
    slot,
    kind: 'shift',
    text: t(
      shift.direction === 'fell' ? 'popupShiftMarkerFell' : 'popupShiftMarkerRose',
      formatNumber(shift.industryAverageChange, { signed: true }),
      formatNumber(shift.networkAverageChange, { signed: true }),
    ),
  }))
}

/**
 * A day slot's note reads "Note: …"; a week's notes each name their day ("Note on 12 Nov: …"), since the week's
 * point shows another day's reading.
 */
export function noteMarkers(
  notes: readonly NoteSlot[],
  weekly: boolean,
  locale: string,
  today: string,
): DayMarker[] {
  return notes.map(({ slot, notes: days }) => ({
    slot,
    kind: 'note',
    text: days
      .map(({ day, note }) =>
        weekly ? t('popupNoteOnDay', formatDay(day, locale, today), note) : t('popupTableNote', note),
      )
      .join(' · '),
  }))
}
