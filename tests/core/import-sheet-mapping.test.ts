import { describe, expect, it } from 'vitest'
import {
  cellKind,
  fieldFromHeader,
  guessMapping,
  type SheetField,
} from '../../src/core/import-sheet-mapping.ts'

const headerCases: [header: string, field: SheetField | null][] = [
  // English
  ['Date', 'date'],
  ['SSI', 'overall'],
  ['Total score', 'overall'],
  ['Social Selling Index', 'overall'],
  ['Establish your professional brand', 'brand'],
  ['Find the right people', 'people'],
  ['Engage with insights', 'insights'],
  ['Build relationships', 'relationships'],
  ['Industry rank', 'industryRank'],
  ['Network Rank (Top %)', 'networkRank'],
  ['Industry average', 'industryAverage'],
  ['Network SSI', 'networkAverage'],
  ['Industry', 'industryName'],
  ['Industry brand', null],
  ['Notes', null],
  // German
  ['Datum', 'date'],
  ['Gesamt', 'overall'],
  ['Marke', 'brand'],
  ['Personen', 'people'],
  ['Einblicke', 'insights'],
  ['Beziehungen', 'relationships'],
  ['Branchenrang', 'industryRank'],
  ['Netzwerk-Durchschnitt', 'networkAverage'],
  ['Branche', 'industryName'],
  // Spanish
  ['Fecha', 'date'],
  ['Puntuación', 'overall'],
  ['Marca', 'brand'],
  ['Personas', 'people'],
  ['Relaciones', 'relationships'],
  ['Promedio del sector', 'industryAverage'],
  ['Media de la red', 'networkAverage'],
  ['Clasificación en la red', 'networkRank'],
  // French
  ['Jour', 'date'],
  ['Marque', 'brand'],
  ['Personnes', 'people'],
  ['Idées', 'insights'],
  ['Relations', 'relationships'],
  ['Moyenne du secteur', 'industryAverage'],
  ['Classement réseau', 'networkRank'],
  // Italian
  ['Giorno', 'date'],
  ['Punteggio totale', 'overall'],
  ['Marchio', 'brand'],
  ['Persone', 'people'],
  ['Approfondimenti', 'insights'],
  ['Relazioni', 'relationships'],
  ['Media del settore', 'industryAverage'],
  // Dutch
  ['Dag', 'date'],
  ['Totaal', 'overall'],
  ['Merk', 'brand'],
  ['Mensen', 'people'],
  ['Inzichten', 'insights'],
  ['Relaties', 'relationships'],
  ['Netwerk gemiddelde', 'networkAverage'],
  // Portuguese
  ['Data', 'date'],
  ['Pontuação', 'overall'],
  ['Estabelecer sua marca profissional', 'brand'],
  ['Localizar as pessoas certas', 'people'],
  ['Interagir oferecendo insights', 'insights'],
  ['Criar relacionamentos', 'relationships'],
  ['SSI médio do setor', 'industryAverage'],
  ['Classificação SSI da rede', 'networkRank'],
  // Polish
  ['Dzień', 'date'],
  ['Łącznie', 'overall'],
  ['Marka', 'brand'],
  ['Osoby', 'people'],
  ['Spostrzeżenia', 'insights'],
  ['Relacje', 'relationships'],
  ['Średnia branży', 'industryAverage'],
  ['Pozycja w sieci', 'networkRank'],
  // Arabic
  ['التاريخ', 'date'],
  ['المجموع', 'overall'],
  ['الإجمالي', 'overall'],
  ['العلامة التجارية', 'brand'],
  ['الأشخاص', 'people'],
  ['الرؤى', 'insights'],
  ['العلاقات', 'relationships'],
  ['متوسط القطاع', 'industryAverage'],
  ['ترتيب الشبكة', 'networkRank'],
  // Whole words only for short ones: "reduced" is no Spanish network.
  ['Reduced', null],
]

describe('fieldFromHeader', () => {
  for (const [header, field] of headerCases)
    it(`reads "${header}" as ${field ?? 'nothing'}`, () => {
      expect(fieldFromHeader(header)).toBe(field)
    })
})

describe('cellKind', () => {
  const kinds: [cells: string[], kind: ReturnType<typeof cellKind>][] = [
    [['2026-03-01', '02.03.2026', '3/4/26'], 'date'],
    [['47', '12,5', '9.75', '15 %'], 'number'],
    [['IT Services', '47'], 'text'],
    [['', ' '], 'empty'],
  ]
  for (const [cells, kind] of kinds)
    it(`calls ${JSON.stringify(cells)} ${kind}`, () => {
      expect(cellKind(cells)).toBe(kind)
    })
})

const sheetCases: { name: string; headers: string[]; rows: string[][]; expected: SheetField[] }[] = [
  {
    name: 'a German sheet with the four pillars',
    headers: ['Datum', 'SSI', 'Marke', 'Personen', 'Einblicke', 'Beziehungen'],
    rows: [['01.03.2026', '47', '14,3', '9,1', '11,5', '12,3']],
    expected: ['date', 'overall', 'brand', 'people', 'insights', 'relationships'],
  },
  {
    name: 'an English sheet of totals with a notes column',
    headers: ['When', 'SSI', 'Notes'],
    rows: [
      ['2026-03-01', '47', 'started posting'],
      ['2026-03-02', '48', ''],
    ],
    // "When" names nothing, but its cells are dates.
    expected: ['date', 'overall', 'ignore'],
  },
  {
    name: 'a header whose cells do not fit is left out',
    headers: ['Date', 'Total', 'Brand'],
    rows: [['2026-03-01', 'high', '12']],
    expected: ['date', 'ignore', 'brand'],
  },
  {
    name: 'each field goes to its first column only',
    headers: ['Fecha', 'SSI', 'Total'],
    rows: [['2026-03-01', '47', '47']],
    expected: ['date', 'overall', 'ignore'],
  },
  {
    name: 'a column of industry names is the industry',
    headers: ['Date', 'SSI', 'Industry', 'Industry average'],
    rows: [['2026-03-01', '47', 'IT Services', '31']],
    expected: ['date', 'overall', 'industryName', 'industryAverage'],
  },
]

describe('guessMapping', () => {
  for (const c of sheetCases)
    it(`guesses ${c.name}`, () => {
      expect(guessMapping(c.headers, c.rows)).toEqual(c.expected)
    })
})
