import { describe, expect, it } from 'vitest'
import { WINDOW_DAYS } from '../../src/core/day.ts'
import {
  NOISE_FALL,
  NOTICEABLE_CHANGE,
  PEER_GAP_WEIGHT,
  PILLAR_MAX,
  PILLAR_SPEED,
  PRIORITY_DECIMALS,
  RECENT_DAYS,
  RECENT_FALL_WEIGHT,
  WINDOW_FALL_WEIGHT,
} from '../../src/core/next-pillar.ts'
import { ACTIONS_PER_ADVICE, BUILDING_BELOW } from '../../src/core/pillar-actions.ts'
import { PILLAR_IDS, PILLAR_LABELS } from '../../src/core/snapshot.ts'
import { readmeSection, tableValue } from '../support/readme-section.ts'

/** The README text between the next-pillar markers: the rule as users read it. */
const ruleSection = (): string => readmeSection('next-pillar')

const constants: [name: string, value: number][] = [
  ['PILLAR_MAX', PILLAR_MAX],
  ['WINDOW_DAYS', WINDOW_DAYS],
  ['RECENT_DAYS', RECENT_DAYS],
  ['PEER_GAP_WEIGHT', PEER_GAP_WEIGHT],
  ['RECENT_FALL_WEIGHT', RECENT_FALL_WEIGHT],
  ['WINDOW_FALL_WEIGHT', WINDOW_FALL_WEIGHT],
  ...PILLAR_IDS.map((id): [string, number] => [`PILLAR_SPEED.${id}`, PILLAR_SPEED[id]]),
  ['PRIORITY_DECIMALS', PRIORITY_DECIMALS],
  ['NOTICEABLE_CHANGE', NOTICEABLE_CHANGE],
  ['NOISE_FALL', NOISE_FALL],
  ['BUILDING_BELOW', BUILDING_BELOW],
  ['ACTIONS_PER_ADVICE', ACTIONS_PER_ADVICE],
]

describe('README "How the next pillar is chosen"', () => {
  for (const [name, value] of constants)
    it(`states ${name} = ${value} as the code has it`, () => {
      expect(tableValue(ruleSection(), name), `no table row for ${name}`).toBe(String(value))
    })

  it('says plainly that LinkedIn does not publish the formula', () => {
    expect(ruleSection()).toContain('LinkedIn does not publish the formula')
  })

  it('gives the tie order as LinkedIn’s pillar order', () => {
    const section = ruleSection()
    const order = section.slice(section.indexOf('A tie goes to'))
    const positions = PILLAR_IDS.map((id) => order.indexOf(PILLAR_LABELS[id]))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('states what happens when every pillar is at 25', () => {
    expect(ruleSection()).toMatch(/Every pillar at 25/)
  })
})
