import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PILLAR_IDS, PILLAR_LABELS } from '../../src/core/snapshot.ts'
import { catalog, checkPageMessages } from '../support/page-messages.ts'

describe('the history page messages in _locales/en/messages.json', () => {
  checkPageMessages(resolve(import.meta.dirname, '../../src/history'), 'history')

  it('names the controls exactly as the test contract says, pillars as in the next-pillar card', () => {
    expect(catalog.historyAddDay?.message).toBe('Add a day')
    expect(catalog.historyFormDate?.message).toBe('Date')
    expect(catalog.historyFormSave?.message).toBe('Save')
    expect(catalog.historyDelete?.message).toBe('Delete')
    for (const id of PILLAR_IDS)
      expect(catalog[`historyPillar${id[0]?.toUpperCase()}${id.slice(1)}`]?.message).toBe(PILLAR_LABELS[id])
  })
})
