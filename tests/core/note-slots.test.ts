import { describe, expect, it } from 'vitest'
import { noteSlots } from '../../src/core/note-slots.ts'
import { day } from '../support/records.ts'

const days = (...spans: [string, string][]) => spans.map(([from, to]) => ({ from, to }))

describe('noteSlots', () => {
  it.each<[string, ReturnType<typeof days>, [string, string | null][], { slot: number; days: string[] }[]]>([
    ['no notes', days(['2026-11-20', '2026-11-20']), [['2026-11-20', null]], []],
    [
      'one note a day, in day slots',
      days(['2026-11-20', '2026-11-20'], ['2026-11-21', '2026-11-21'], ['2026-11-22', '2026-11-22']),
      [
        ['2026-11-20', 'a'],
        ['2026-11-21', null],
        ['2026-11-22', 'c'],
      ],
      [
        { slot: 0, days: ['2026-11-20'] },
        { slot: 2, days: ['2026-11-22'] },
      ],
    ],
    [
      'several notes in one week slot, ascending',
      days(['2026-11-09', '2026-11-15'], ['2026-11-16', '2026-11-22']),
      [
        ['2026-11-21', 'b'],
        ['2026-11-17', 'a'],
      ],
      [{ slot: 1, days: ['2026-11-17', '2026-11-21'] }],
    ],
    [
      'notes outside the chart’s slots',
      days(['2026-11-20', '2026-11-20']),
      [
        ['2026-10-01', 'before'],
        ['2026-12-01', 'after'],
      ],
      [],
    ],
  ])('%s', (_what, slots, records, expected) => {
    const result = noteSlots(
      slots,
      records.map(([d, note]) => day(d, { note })),
    )
    expect(result.map((s) => ({ slot: s.slot, days: s.notes.map((n) => n.day) }))).toEqual(expected)
    for (const s of result)
      for (const n of s.notes) expect(n.note).toBe(records.find(([d]) => d === n.day)?.[1])
  })
})
