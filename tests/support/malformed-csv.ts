/**
 * Files an import must refuse as a whole, each with the line it should blame and the issue (code and data) it
 * must report. Shared by the CSV reader's tests and the background's "nothing is written" tests, which run at
 * `CORPUS_NOW` (the reader's tests pass the same clock and last day the background derives from it).
 */
import { CSV_COLUMNS } from '../../src/core/csv-columns.ts'
import type { CsvIssue } from '../../src/core/csv-issues.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { day } from './records.ts'

/** The clock of the corpus: the background allows days up to the next one (time-zone slack). */
export const CORPUS_NOW = new Date('2026-11-22T10:00:00Z')
export const CORPUS_OPTIONS = { now: CORPUS_NOW.getTime(), lastDay: '2026-11-23' }

const HEADER = CSV_COLUMNS.join(',')
const CONTRACT_HEADER = CSV_COLUMNS.slice(0, 11).join(',')
/** A valid short row (only the contract columns). */
export const GOOD = '2026-11-20,47,16.4382,9.27,7.815,13.2104,12,18,32,35,IT Services'

/** The valid export of two days, to break one cell at a time. */
const valid = historyToCsv([day('2026-11-20'), day('2026-11-21')])
export const withCell = (row: number, column: string, value: string): string => {
  const lines = valid.split('\r\n')
  const cells = (lines[row] as string).split(',')
  cells[CSV_COLUMNS.indexOf(column)] = value
  lines[row] = cells.join(',')
  return lines.join('\r\n')
}

/** Printable noise with quotes, separators and line breaks, deterministic. */
function garbage(size: number, seed = 1): string {
  const alphabet = 'abcXYZ019,;"\t\r\n =+-.éß中'
  let a = seed
  let out = ''
  const chunk: string[] = []
  for (let i = 0; i < 4096; i++) {
    a = (a * 1103515245 + 12345) % 2147483648
    chunk.push(alphabet.charAt(a % alphabet.length))
  }
  const block = chunk.join('')
  while (out.length < size) out += block
  return out.slice(0, size)
}

export const FIVE_MB = 5 * 1024 * 1024

export interface MalformedCase {
  name: string
  text: string
  line: number
  issue: Partial<CsvIssue> & { code: CsvIssue['code'] }
}

const row = (change: Record<string, string>): string =>
  Object.entries(change).reduce((text, [column, value]) => withCellOf(text, 1, column, value), valid)
const withCellOf = (text: string, r: number, column: string, value: string): string => {
  const lines = text.split('\r\n')
  const cells = (lines[r] as string).split(',')
  cells[CSV_COLUMNS.indexOf(column)] = value
  lines[r] = cells.join(',')
  return lines.join('\r\n')
}

export const MALFORMED: readonly MalformedCase[] = [
  { name: 'an empty file', text: '', line: 1, issue: { code: 'empty-file' } },
  {
    name: 'a file holding only a BOM and blank lines',
    text: '\uFEFF\r\n  \r\n',
    line: 1,
    issue: { code: 'empty-file' },
  },
  {
    name: 'a file without the header',
    text: `${GOOD}\r\n`,
    line: 1,
    issue: { code: 'not-a-history', found: GOOD },
  },
  { name: 'a header with other names', text: 'day,total,a,b\r\n', line: 1, issue: { code: 'not-a-history' } },
  {
    name: 'a header missing a pillar',
    text: `${CONTRACT_HEADER.replace(',insights', '')}\r\n`,
    line: 1,
    issue: { code: 'missing-columns', columns: ['insights'] },
  },
  {
    name: 'a column twice',
    text: `${CONTRACT_HEADER},source,source\r\n`,
    line: 1,
    issue: { code: 'duplicate-column', column: 'source' },
  },
  {
    name: 'an impossible date',
    text: withCell(2, 'date', '2026-02-30'),
    line: 3,
    issue: { code: 'bad-date', value: '2026-02-30' },
  },
  {
    name: 'a day-first date that is no day (31 in the month position is read day-first: 31/13)',
    text: withCell(1, 'date', '31/13/2026'),
    line: 2,
    issue: { code: 'bad-date', value: '31/13/2026' },
  },
  { name: 'a word for a date', text: withCell(1, 'date', 'yesterday'), line: 2, issue: { code: 'bad-date' } },
  { name: 'an empty date', text: withCell(1, 'date', ''), line: 2, issue: { code: 'bad-date', value: '' } },
  {
    name: 'a total above 100',
    text: withCell(1, 'overall', '101'),
    line: 2,
    issue: { code: 'out-of-range', field: 'overall', value: '101', max: 100 },
  },
  {
    name: 'a fractional total',
    text: withCell(1, 'overall', '47.5'),
    line: 2,
    issue: { code: 'out-of-range', field: 'overall', value: '47.5', integer: true },
  },
  {
    name: 'a pillar above 25',
    text: withCell(2, 'brand', '26'),
    line: 3,
    issue: { code: 'out-of-range', field: 'brand', value: '26', min: 0, max: 25 },
  },
  {
    name: 'a negative pillar',
    text: withCell(1, 'people', '-1'),
    line: 2,
    issue: { code: 'out-of-range', field: 'people', value: '-1' },
  },
  {
    name: 'a missing pillar (some pillar cells empty, others not, on one row)',
    text: withCell(1, 'insights', ''),
    line: 2,
    issue: { code: 'missing-pillars', missing: ['insights'] },
  },
  {
    name: 'three of four pillar cells empty (only all four empty is a day known by its total)',
    text: withCellOf(withCellOf(withCell(1, 'brand', ''), 1, 'people', ''), 1, 'relationships', ''),
    line: 2,
    issue: { code: 'missing-pillars', missing: ['brand', 'people', 'relationships'] },
  },
  {
    name: 'pillars that do not add up',
    text: withCell(1, 'overall', '52'),
    line: 2,
    issue: { code: 'sum-mismatch', overall: 52 },
  },
  {
    name: 'a rank of 0',
    text: withCell(1, 'industry_rank', '0'),
    line: 2,
    issue: { code: 'out-of-range', field: 'industryRank', value: '0', min: 1 },
  },
  {
    name: 'a fractional rank',
    text: withCell(2, 'network_rank', '12.5'),
    line: 3,
    issue: { code: 'out-of-range', field: 'networkRank' },
  },
  {
    name: 'an average above 100',
    text: withCell(1, 'network_average', '140'),
    line: 2,
    issue: { code: 'out-of-range', field: 'networkAverage', value: '140' },
  },
  {
    name: 'a peer pillar above 25',
    text: withCell(1, 'network_people', '30'),
    line: 2,
    issue: { code: 'out-of-range', field: 'networkPillars.people', value: '30' },
  },
  {
    name: 'a word for a number',
    text: withCell(1, 'relationships', 'abc'),
    line: 2,
    issue: { code: 'not-a-number', column: 'relationships', value: 'abc' },
  },
  {
    name: 'a number with a unit',
    text: withCell(1, 'industry_rank', '12%'),
    line: 2,
    issue: { code: 'not-a-number', column: 'industry_rank' },
  },
  {
    name: 'half the industry pillars',
    text: withCell(1, 'industry_people', ''),
    line: 2,
    issue: { code: 'half-pillar-group', group: 'industry' },
  },
  {
    name: 'a bad capture time',
    text: withCell(2, 'captured_at', 'noon'),
    line: 3,
    issue: { code: 'bad-captured-at', value: 'noon' },
  },
  {
    name: 'a capture time on a day that does not exist (Feb 31 is not March 3)',
    text: row({ date: '2026-03-03', captured_at: '2026-02-31T08:00:00Z' }),
    line: 2,
    issue: { code: 'bad-captured-at', value: '2026-02-31T08:00:00Z' },
  },
  {
    name: 'a capture time in the far future (it would lock the day)',
    text: withCell(1, 'captured_at', '9999-01-01T00:00:00Z'),
    line: 2,
    issue: { code: 'captured-at-future', value: '9999-01-01T00:00:00Z' },
  },
  {
    name: 'a capture time an hour from now',
    text: withCellOf(withCell(2, 'date', '2026-11-22'), 2, 'captured_at', '2026-11-22T11:00:00.000Z'),
    line: 3,
    issue: { code: 'captured-at-future' },
  },
  {
    name: 'a capture time two days before its row’s day',
    text: withCell(2, 'captured_at', '2026-11-19T09:30:00.000Z'),
    line: 3,
    issue: { code: 'captured-at-off-day', day: '2026-11-21', hours: 36 },
  },
  {
    name: 'a day after tomorrow (only one day of time-zone slack)',
    text: historyToCsv([day('2026-11-22'), day('2026-11-24', { capturedAt: '2026-11-22T09:00:00.000Z' })]),
    line: 3,
    issue: { code: 'future-date', day: '2026-11-24', lastDay: '2026-11-23' },
  },
  {
    name: 'an unknown source',
    text: withCell(1, 'source', 'guess'),
    line: 2,
    issue: { code: 'unknown-source', value: 'guess' },
  },
  {
    name: 'an unknown URL kind',
    text: withCell(1, 'url_kind', 'tab'),
    line: 2,
    issue: { code: 'unknown-url-kind', value: 'tab' },
  },
  {
    name: 'an industry name with U+FFFD (text another program could not decode)',
    text: withCell(1, 'industry_name', 'Tecnologia da informa\uFFFD\uFFFDo'),
    line: 2,
    issue: { code: 'replacement-character', field: 'industryName' },
  },
  {
    name: 'a row with too few cells',
    text: `${CONTRACT_HEADER}\r\n${GOOD}\r\n2026-11-21,47\r\n`,
    line: 3,
    issue: { code: 'cell-count', expected: 11, found: 2 },
  },
  {
    name: 'a row with too many cells',
    text: `${CONTRACT_HEADER}\r\n${GOOD},x\r\n`,
    line: 2,
    issue: { code: 'cell-count', expected: 11, found: 12 },
  },
  {
    name: 'a date twice',
    text: `${CONTRACT_HEADER}\r\n${GOOD}\r\n${GOOD.replace('47,', '46,').replace('13.2104', '12.2104')}\r\n`,
    line: 3,
    issue: { code: 'duplicate-date', day: '2026-11-20', firstLine: 2 },
  },
  {
    name: 'the same day written in two forms',
    text: `${CONTRACT_HEADER}\r\n${GOOD}\r\n${GOOD.replace('2026-11-20', '20.11.2026')}\r\n`,
    line: 3,
    issue: { code: 'duplicate-date', day: '2026-11-20', firstLine: 2 },
  },
  {
    name: 'dates in both orders (13/10 and 10/13)',
    text: `${CONTRACT_HEADER}\r\n${GOOD.replace('2026-11-20', '13/10/2026')}\r\n${GOOD.replace('2026-11-20', '10/14/2026')}\r\n`,
    line: 3,
    issue: { code: 'date-order-mixed', value: '10/14/2026', order: 'day-first' },
  },
  {
    name: 'a quote left open',
    text: `${CONTRACT_HEADER}\r\n${GOOD}\r\n2026-11-21,47,16.4382,9.27,7.815,13.2104,12,18,32,35,"IT Services\r\n2026-11-22,47\r\n`,
    line: 3,
    issue: { code: 'unclosed-quote' },
  },
  {
    name: 'text after a closing quote',
    text: `${CONTRACT_HEADER}\r\n2026-11-20,47,16.4382,9.27,7.815,13.2104,12,18,32,35,"IT" Services\r\n`,
    line: 2,
    issue: { code: 'text-after-quote' },
  },
  {
    name: 'a bad row after a multi-line industry name (line numbers count the breaks)',
    text: `${HEADER}\r\n${historyToCsv([day('2026-11-20', { industryName: 'A\r\nB\r\nC' })])
      .split('\r\n')
      .slice(1, 4)
      .join('\r\n')}\r\n2026-11-21,x\r\n`,
    line: 5,
    issue: { code: 'cell-count', expected: CSV_COLUMNS.length, found: 2 },
  },
  { name: '5 MB of garbage', text: garbage(FIVE_MB), line: 1, issue: { code: 'not-a-history' } },
  {
    name: 'a valid header followed by 5 MB of garbage',
    text: `${HEADER}\r\n${garbage(FIVE_MB, 2).replaceAll('"', "'")}`,
    line: 2,
    issue: { code: 'cell-count' },
  },
]
