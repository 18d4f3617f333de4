import { describe, expect, it } from 'vitest'
import {
  createRolloverListener,
  ROLLOVER_ALARM,
  scheduleDayRollover,
} from '../../src/background/day-rollover.ts'
import { nextLocalMidnight } from '../../src/core/local-time.ts'

describe('the rollover alarm', () => {
  function alarms() {
    const created: [string, { when: number }][] = []
    return {
      created,
      api: { create: (name: string, info: { when: number }) => void created.push([name, info]) },
    }
  }

  it('is armed for the next local midnight', async () => {
    const { created, api } = alarms()
    const now = new Date(2026, 10, 22, 15)
    await scheduleDayRollover(api, now)
    expect(created).toEqual([[ROLLOVER_ALARM, { when: nextLocalMidnight(now.getTime()) }]])
  })

  it('refreshes and re-arms itself when it fires', async () => {
    const { created, api } = alarms()
    let refreshed = 0
    const after = new Date(2026, 10, 23, 0, 0, 1)
    const listener = createRolloverListener(
      api,
      async () => void refreshed++,
      () => after,
    )
    await listener({ name: ROLLOVER_ALARM })
    expect(refreshed).toBe(1)
    expect(created).toEqual([[ROLLOVER_ALARM, { when: new Date(2026, 10, 24, 0, 0, 1).getTime() }]])
  })

  it('ignores other modules’ alarms', () => {
    const { created, api } = alarms()
    let refreshed = 0
    const listener = createRolloverListener(api, async () => void refreshed++)
    expect(listener({ name: 'ssi-lens-reminder' })).toBeUndefined()
    expect(refreshed).toBe(0)
    expect(created).toEqual([])
  })
})
