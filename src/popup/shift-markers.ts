/**
 * The chart's marks for LinkedIn-wide shifts (`core/shift.ts`): one per slot (a day, or a week in the longer
 * ranges) that holds a shift, with the words the readout shows and announces when that slot is picked.
 */
import { findShifts, type Shift, type SlotSpan, shiftSlots } from '../core/shift.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { formatNumber } from '../shared/i18n.ts'
import { t } from './i18n.ts'

/** The shape of the shared chart's day markers (`src/ui/chart-types.ts`). */
export interface ShiftMarker {
  slot: number
  kind: 'shift'
  text: string
}

export function shiftMarkers(slots: readonly SlotSpan[], shifts: readonly Shift[]): ShiftMarker[] {
  return shiftSlots(slots, shifts).map(({ slot, shift }) => ({
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
 * The marks for the chart's slots from the days the popup holds (the 49-day window and the day before it): in
 * the longer ranges, shifts of those weeks are marked; older ones are not known to the popup.
 */
export function chartShiftMarkers(slots: readonly SlotSpan[], history: readonly DayRecord[]): ShiftMarker[] {
  return shiftMarkers(slots, findShifts(history))
}
