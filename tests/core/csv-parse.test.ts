import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../src/core/csv-parse.ts'

describe('parseCsv', () => {
  it.each([
    [
      'plain cells',
      'a,b\r\nc,d\r\n',
      ',',
      [
        [1, ['a', 'b']],
        [2, ['c', 'd']],
      ],
    ],
    [
      'LF line ends',
      'a,b\nc,d\n',
      ',',
      [
        [1, ['a', 'b']],
        [2, ['c', 'd']],
      ],
    ],
    [
      'lone CR line ends',
      'a,b\rc,d',
      ',',
      [
        [1, ['a', 'b']],
        [2, ['c', 'd']],
      ],
    ],
    [
      'no final line end',
      'a,b\r\nc,d',
      ',',
      [
        [1, ['a', 'b']],
        [2, ['c', 'd']],
      ],
    ],
    ['empty cells', ',,\r\n', ',', [[1, ['', '', '']]]],
    ['a separator at the very end', 'a,', ',', [[1, ['a', '']]]],
    ['a quoted separator', '"a,b",c', ',', [[1, ['a,b', 'c']]]],
    ['doubled quotes', '"say ""hi""",x', ',', [[1, ['say "hi"', 'x']]]],
    ['an empty quoted cell', '"",x', ',', [[1, ['', 'x']]]],
    [
      'a quoted line break, counting lines after it',
      '"one\r\ntwo\nthree",x\r\nnext,row',
      ',',
      [
        [1, ['one\r\ntwo\nthree', 'x']],
        [4, ['next', 'row']],
      ],
    ],
    ['semicolons', 'a;1,5\r\n', ';', [[1, ['a', '1,5']]]],
    ['tabs', 'a\tb', '\t', [[1, ['a', 'b']]]],
    [
      'blank lines as rows of one empty cell',
      'a\r\n\r\nb',
      ',',
      [
        [1, ['a']],
        [2, ['']],
        [3, ['b']],
      ],
    ],
    ['a quote inside an unquoted cell, kept as text', 'ab"c,d', ',', [[1, ['ab"c', 'd']]]],
    ['nothing at all', '', ',', []],
  ])('reads %s', (_what, text, separator, rows) => {
    const table = parseCsv(text, separator)
    expect(table).toEqual({ ok: true, value: rows.map(([line, cells]) => ({ line, cells })) })
  })

  it.each([
    ['a quote never closed', 'a,b\r\nc,"d\r\ne,f\r\n', 2, 'unclosed-quote'],
    ['a quote never closed on the first line', '"abc', 1, 'unclosed-quote'],
    ['text after a closing quote', 'a\r\n"b"c,d', 2, 'text-after-quote'],
    ['text after a closing quote, after a multi-line cell', '"x\ny"z', 2, 'text-after-quote'],
  ])('refuses %s with its line number', (_what, text, line, code) => {
    const table = parseCsv(text, ',')
    expect(table.ok).toBe(false)
    if (table.ok) return
    expect(table.error).toEqual({ code, line })
  })

  it('reads 5 MB of quoted cells', () => {
    const row = `${'x'.repeat(40)},"quoted, with ""quotes""",${'9'.repeat(20)}\r\n`
    const text = row.repeat(Math.ceil(5_000_000 / row.length))
    // A quadratic tokenizer runs past the test's timeout here; the import budget is in tests/e2e/budgets.test.ts.
    const table = parseCsv(text, ',')
    expect(table.ok && table.value.length).toBe(Math.ceil(5_000_000 / row.length))
  })
})
