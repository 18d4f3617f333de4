import { describe, expect, it } from 'vitest'
import {
  agreesWithShown,
  firstNumber,
  leadingNumber,
  normalizeDigits,
  parseAttributeNumber,
  parseLocaleNumber,
  shownDecimals,
} from '../../../src/core/page/numbers.ts'

describe('parseLocaleNumber reads one number as the page prints it', () => {
  it.each([
    ['47', 47],
    ['16.438', 16.438],
    ['20,973', 20.973], // pt-BR / German decimal comma
    ['  6,38 ', 6.38],
    ['0', 0],
    ['25', 25],
    ['0.3', 0.3],
    ['\u00a06,38\u202f', 6.38], // no-break spaces around
    ['٤٧', 47], // Arabic-Indic digits
    ['۱۲٫۵', 12.5], // Extended Arabic-Indic digits, Arabic decimal separator
    ['−3', -3], // minus sign: a negative pillar must reach validation, not vanish
  ])('reads %j as %d', (text, want) => {
    expect(parseLocaleNumber(text)).toBeCloseTo(want, 9)
  })

  it.each([
    [''],
    ['—'],
    ['12 %'],
    ['out of 100'],
    ['47 out of 100'],
    ['1.234,5'], // thousands separators: no SSI number reaches 1,000, so this is not one
    ['1.234.567'],
    ['12 345'],
    [null],
    [undefined],
  ])('refuses %j: it is not exactly one SSI number', (text) => {
    expect(parseLocaleNumber(text)).toBeNull()
  })
})

describe('normalizeDigits writes what an Arabic UI prints in ASCII', () => {
  it.each([
    ['أعلى ١٢٪', 'أعلى 12%'], // Arabic-Indic digits and the Arabic percent sign
    ['١٦٫٤٣٨', '16,438'], // the Arabic decimal separator reads as a decimal comma
    ['−3', '-3'],
  ])('%j → %j', (text, want) => {
    expect(normalizeDigits(text)).toBe(want)
  })
})

describe('firstNumber and leadingNumber find a number inside a text', () => {
  it.each([
    ['Top 12 %', 12],
    ['average SSI of 32.', 32],
    ['Primeiros 10%', 10],
    ['SSI médio de 35,5.', 35.5],
    ['no digits here', null],
  ])('firstNumber(%j) is %j', (text, want) => {
    expect(firstNumber(text)).toBe(want)
  })

  it.each([
    ['47 out of 100', 47],
    [' 53 de 100', 53],
    ['32.', 32],
    ['1.234,5 points', null],
    ['out of 25', null], // the 25 is the scale, not the value
    ['—', null],
  ])('leadingNumber(%j) is %j', (text, want) => {
    expect(leadingNumber(text)).toBe(want)
  })
})

describe('parseAttributeNumber reads <progress value>', () => {
  it.each([
    ['16.4382', 16.4382],
    ['0.29999998', 0.29999998],
    ['25', 25],
    ['1e1', 10],
    ['9,27', 9.27], // invalid HTML, but a comma can only be a decimal mark
  ])('reads %j as %d', (value, want) => {
    expect(parseAttributeNumber(value)).toBeCloseTo(want, 9)
  })

  it.each([[null], [''], ['abc'], ['NaN']])('refuses %j', (value) => {
    expect(parseAttributeNumber(value)).toBeNull()
  })
})

describe('a precise value agrees with the number the page shows for it', () => {
  it.each([
    [16.4382, 16.438, '16.438', true],
    [2.6077502, 2.608, '2.608', true], // rounded
    [0.29999998, 0.3, '0.3', true], // trailing zeros dropped
    [15, 15, '15', true],
    [20.973, 20.973, '20,973', true],
    [16.4382, 16.4, '16.4', true], // one decimal shown
    [16.4382, 16.5, '16.5', false],
    [16.4382, 16.44, '16.44', true],
    [7.8145, 7.815, '7.815', true], // half up, despite 7.8145 × 1000 being 7814.4999… in floating point
    [7.815, 7.9, '7.9', false],
    [9.27, 19.27, '19.27', false],
    [13.2104, 13.2, '13.2', true],
    [13.2164, 13.21, '13.21', true], // cut rather than rounded is tolerated
    [13.2104, 13.3, '13.3', false],
  ])('%d shown as %j: %s', (precise, shown, text, want) => {
    expect(agreesWithShown(precise, shown, text)).toBe(want)
  })

  it.each([
    ['16.438', 3],
    ['20,973', 3],
    ['15', 0],
    ['0.3', 1],
  ])('%j has %d decimals', (text, want) => {
    expect(shownDecimals(text)).toBe(want)
  })
})
