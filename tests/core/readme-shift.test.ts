import { describe, expect, it } from 'vitest'
import { SHIFT_MAX_GAP_DAYS, SHIFT_MIN_AVERAGE_CHANGE, SHIFT_MIN_TOTAL_CHANGE } from '../../src/core/shift.ts'
import { readmeSection, tableValue } from '../support/readme-section.ts'

const ruleSection = (): string => readmeSection('shift')

const constants: [name: string, value: number][] = [
  ['SHIFT_MAX_GAP_DAYS', SHIFT_MAX_GAP_DAYS],
  ['SHIFT_MIN_TOTAL_CHANGE', SHIFT_MIN_TOTAL_CHANGE],
  ['SHIFT_MIN_AVERAGE_CHANGE', SHIFT_MIN_AVERAGE_CHANGE],
]

describe('README "LinkedIn-wide shifts"', () => {
  for (const [name, value] of constants) {
    it(`states ${name} = ${value} in its table`, () => {
      expect(tableValue(ruleSection(), name), `no table row for ${name}`).toBe(String(value))
    })
    it(`states ${name} = ${value} in the rule itself`, () => {
      expect(ruleSection()).toContain(`\`${name}\` (${value})`)
    })
  }

  it('says that a day without averages is never a shift', () => {
    expect(ruleSection()).toMatch(/without them is never a shift/)
  })
})
