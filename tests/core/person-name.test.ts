import { describe, expect, it } from 'vitest'
import { cleanName, MAX_NAME_LENGTH, nameFromFileName, sameName } from '../../src/core/person-name.ts'

describe('nameFromFileName', () => {
  it.each([
    ['a plain name', 'Anna Schmidt.csv', 'Anna Schmidt'],
    ['underscores', 'anna_schmidt.CSV', 'anna schmidt'],
    ['the export’s own name before the person', 'ssi-history-2026-11-22 (Anna).csv', 'Anna'],
    ['the export’s own name after the person', 'Anna Schmidt - ssi-history-2026-11-22.csv', 'Anna Schmidt'],
    ['a browser’s copy number', 'Bea (1).csv', 'Bea'],
    ['the export’s name and a copy number', 'ssi-history-2026-11-22 (3).csv', null],
    ['only the export’s name', 'ssi-history-2026-11-22.csv', null],
    ['accents and other scripts', 'Émile Zoë 中文.csv', 'Émile Zoë 中文'],
    ['a very long name, cut', `${'x'.repeat(200)}.csv`, 'x'.repeat(MAX_NAME_LENGTH)],
  ])('%s', (_what, file, name) => {
    expect(nameFromFileName(file)).toBe(name)
  })
})

describe('cleanName and sameName', () => {
  it.each([
    ['  Anna   Schmidt ', 'Anna Schmidt'],
    ['   ', null],
    ['', null],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean)
  })

  it.each([
    ['Anna', 'anna', true],
    ['Anna  Schmidt', ' anna schmidt', true],
    ['Émile', 'Emile', false],
    ['Anna', 'Anne', false],
  ])('%j and %j are the same person: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same)
  })
})
