/**
 * Files an import must refuse as a whole, each with the line it should blame and words the message must hold.
 * Shared by the CSV reader's tests and the background's "nothing is written" tests.
 */
import { CSV_COLUMNS } from '../../src/core/csv-columns.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { day } from './sample-days.ts'

const HEADER = CSV_COLUMNS.join(',')
const CONTRACT_HEADER = CSV_COLUMNS.slice(0, 11).join(',')
/** A valid short row (only the contract columns). */
export const GOOD = '2026-11-20,47,16.4382,9.27,7.815,13.2104,12,18,32,35,IT Services'

/** The valid export of two days, to break one cell at a time. */
const valid = historyToCsv([day('2026-11-20'), day('2026-11-21')])
const withCell = (row: number, column: string, value: string): string => {
  const lines = valid.split('\r\n')
  const cells = (lines[row] as string).split(',')
  cells[CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])] = value
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

export const MALFORMED: readonly { name: string; text: string; line: number; message: RegExp }[] = [
  { name: 'an empty file', text: '', line: 1, message: /empty/ },
  { name: 'a file holding only a BOM and blank lines', text: '\uFEFF\r\n  \r\n', line: 1, message: /empty/ },
  {
    name: 'a file without the header',
    text: `${GOOD}\r\n`,
    line: 1,
    message: /first line must be the header/,
  },
  {
    name: 'a header with other names',
    text: 'day,total,a,b\r\n',
    line: 1,
    message: /first line must be the header/,
  },
  {
    name: 'a header missing a contract column',
    text: `${CONTRACT_HEADER.replace(',industry_name', '')}\r\n`,
    line: 1,
    message: /first line must be the header/,
  },
  {
    name: 'contract columns out of order',
    text: `${CONTRACT_HEADER.replace('brand,people', 'people,brand')}\r\n`,
    line: 1,
    message: /first line must be the header/,
  },
  {
    name: 'an unknown column',
    text: `${CONTRACT_HEADER},notes\r\n`,
    line: 1,
    message: /unknown column "notes"/,
  },
  {
    name: 'a column twice',
    text: `${CONTRACT_HEADER},source,source\r\n`,
    line: 1,
    message: /"source" appears twice/,
  },
  {
    name: 'an impossible date',
    text: withCell(2, 'date', '2026-02-30'),
    line: 3,
    message: /date "2026-02-30"/,
  },
  {
    name: 'a day-first date',
    text: withCell(1, 'date', '20/11/2026'),
    line: 2,
    message: /not a YYYY-MM-DD day/,
  },
  {
    name: 'a word for a date',
    text: withCell(1, 'date', 'yesterday'),
    line: 2,
    message: /not a YYYY-MM-DD day/,
  },
  { name: 'an empty date', text: withCell(1, 'date', ''), line: 2, message: /not a YYYY-MM-DD day/ },
  { name: 'a total above 100', text: withCell(1, 'overall', '101'), line: 2, message: /total is 101/ },
  { name: 'a fractional total', text: withCell(1, 'overall', '47.5'), line: 2, message: /total is 47.5/ },
  { name: 'a pillar above 25', text: withCell(2, 'brand', '26'), line: 3, message: /brand is 26/ },
  { name: 'a negative pillar', text: withCell(1, 'people', '-1'), line: 2, message: /people is -1/ },
  { name: 'a missing pillar', text: withCell(1, 'insights', ''), line: 2, message: /insights is null/ },
  { name: 'pillars that do not add up', text: withCell(1, 'overall', '52'), line: 2, message: /add up to/ },
  { name: 'a rank of 0', text: withCell(1, 'industry_rank', '0'), line: 2, message: /industry rank is 0/ },
  { name: 'a fractional rank', text: withCell(2, 'network_rank', '12.5'), line: 3, message: /network rank/ },
  {
    name: 'an average above 100',
    text: withCell(1, 'network_average', '140'),
    line: 2,
    message: /average is 140/,
  },
  {
    name: 'a peer pillar above 25',
    text: withCell(1, 'network_people', '30'),
    line: 2,
    message: /network pillars/,
  },
  {
    name: 'a word for a number',
    text: withCell(1, 'relationships', 'abc'),
    line: 2,
    message: /"abc", not a number/,
  },
  {
    name: 'a number with a unit',
    text: withCell(1, 'industry_rank', '12%'),
    line: 2,
    message: /not a number/,
  },
  {
    name: 'half the industry pillars',
    text: withCell(1, 'industry_people', ''),
    line: 2,
    message: /all filled or all empty/,
  },
  {
    name: 'a bad capture time',
    text: withCell(2, 'captured_at', 'noon'),
    line: 3,
    message: /captured_at "noon"/,
  },
  { name: 'an unknown source', text: withCell(1, 'source', 'guess'), line: 2, message: /unknown source/ },
  { name: 'an unknown URL kind', text: withCell(1, 'url_kind', 'tab'), line: 2, message: /unknown URL kind/ },
  {
    name: 'a row with too few cells',
    text: `${CONTRACT_HEADER}\r\n${GOOD}\r\n2026-11-21,47\r\n`,
    line: 3,
    message: /expected 11 cells, found 2/,
  },
  {
    name: 'a row with too many cells',
    text: `${CONTRACT_HEADER}\r\n${GOOD},x\r\n`,
    line: 2,
    message: /expected 11 cells, found 12/,
  },
  {
    name: 'a date twice',
    text: `${CONTRACT_HEADER}\r\n${GOOD}\r\n${GOOD.replace('47,', '46,').replace('13.2104', '12.2104')}\r\n`,
    line: 3,
    message: /2026-11-20 is already on line 2/,
  },
  {
    name: 'a quote left open',
    text: `${CONTRACT_HEADER}\r\n${GOOD}\r\n2026-11-21,47,16.4382,9.27,7.815,13.2104,12,18,32,35,"IT Services\r\n2026-11-22,47\r\n`,
    line: 3,
    message: /never closed/,
  },
  {
    name: 'text after a closing quote',
    text: `${CONTRACT_HEADER}\r\n2026-11-20,47,16.4382,9.27,7.815,13.2104,12,18,32,35,"IT" Services\r\n`,
    line: 2,
    message: /after a closing quote/,
  },
  {
    name: 'a bad row after a multi-line industry name (line numbers count the breaks)',
    text: `${HEADER}\r\n${historyToCsv([day('2026-11-20', { industryName: 'A\r\nB\r\nC' })])
      .split('\r\n')
      .slice(1, 4)
      .join('\r\n')}\r\n2026-11-21,x\r\n`,
    line: 5,
    message: /expected 25 cells, found 2/,
  },
  { name: '5 MB of garbage', text: garbage(FIVE_MB), line: 1, message: /first line must be the header/ },
  {
    name: 'a valid header followed by 5 MB of garbage',
    text: `${HEADER}\r\n${garbage(FIVE_MB, 2).replaceAll('"', "'")}`,
    line: 2,
    message: /cells|number|date/,
  },
]
