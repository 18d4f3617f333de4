/**
 * A spreadsheet kept by hand: which column holds what. People name their columns as they like ("Datum", "SSI",
 * "Marke", "Fecha", "Relations"…), in any of the UI languages, so the mapping is guessed from the header's words
 * and checked against the cells below it; the user sees the guess and can correct every column before
 * anything is imported. Words are matched after lower-casing and removing accents; short words must be whole
 * words ("red" is Spanish for network only on its own), stems of 5 letters or more may sit inside a word
 * ("Branchendurchschnitt", "branży") and words of 4 may end one ("Branchenrang").
 */
import { DAY_FIELDS_IN_ORDER } from './day-fields.ts'
import { normalName } from './import-ssi-data.ts'
import { type PeerGroup, PILLAR_IDS, type PillarId } from './snapshot.ts'

/** What a column can be mapped to, in the menu's order: the date, each number of a day, the industry; `ignore` leaves it out. */
export const SHEET_FIELDS = ['date', ...DAY_FIELDS_IN_ORDER, 'industryName', 'ignore'] as const
export type SheetField = (typeof SHEET_FIELDS)[number]

type Concept = 'date' | 'overall' | PillarId | PeerGroup | 'rank' | 'average' | 'ssi'

/**
 * Words per concept in English, German, Spanish, French, Italian, Dutch, Portuguese, Polish and Arabic, in their
 * normalised form (lower case, no accents).
 */
const WORDS: Readonly<Record<Concept, readonly string[]>> = {
  date: [
    'date',
    'day',
    'datum',
    'tag',
    'fecha',
    'dia',
    'jour',
    'data',
    'giorno',
    'dag',
    'dzien',
    'التاريخ',
    'تاريخ',
    'اليوم',
    'يوم',
  ],
  overall: [
    'total',
    'overall',
    'score',
    'gesamt',
    'punktzahl',
    'punkte',
    'puntuacion',
    'puntaje',
    'totale',
    'punteggio',
    'totaal',
    'pontuacao',
    'pontos',
    'wynik',
    'suma',
    'lacznie',
    'المجموع',
    'الإجمالي',
    'الاجمالي',
    'النتيجة',
    'الدرجة',
  ],
  brand: ['brand', 'marke', 'marca', 'marque', 'marchio', 'merk', 'marka', 'العلامة', 'علامة'],
  people: [
    'people',
    'personen',
    'menschen',
    'leute',
    'personas',
    'personnes',
    'persone',
    'mensen',
    'pessoas',
    'osoby',
    'ludzie',
    'الأشخاص',
    'الاشخاص',
    'الناس',
  ],
  insights: [
    'insight',
    'insights',
    'engage',
    'einblicke',
    'erkenntnisse',
    'perspectivas',
    'ideas',
    'idees',
    'approfondimenti',
    'inzichten',
    'interagir',
    'spostrzezenia',
    'wnioski',
    'الرؤى',
    'رؤى',
  ],
  relationships: [
    'relationship',
    'relationships',
    'beziehungen',
    'relaciones',
    'relations',
    'relazioni',
    'relaties',
    'relacionamentos',
    'relacoes',
    'relacje',
    'العلاقات',
    'علاقات',
  ],
  industry: [
    'industry',
    'branche',
    'branchen',
    'sector',
    'industria',
    'secteur',
    'settore',
    'setor',
    'branz',
    'القطاع',
    'الصناعة',
    'قطاع',
  ],
  network: [
    'network',
    'netzwerk',
    'red',
    'reseau',
    'rete',
    'netwerk',
    'rede',
    'siec',
    'sieci',
    'الشبكة',
    'شبكة',
  ],
  rank: [
    'rank',
    'ranking',
    'rang',
    'platz',
    'rango',
    'clasificacion',
    'classement',
    'posizione',
    'classifica',
    'positie',
    'classificacao',
    'posicao',
    'pozycja',
    'miejsce',
    'top',
    'الترتيب',
    'ترتيب',
  ],
  average: [
    'average',
    'avg',
    'mean',
    'durchschnitt',
    'schnitt',
    'media',
    'promedio',
    'moyenne',
    'gemiddelde',
    'medio',
    'srednia',
    'متوسط',
    'المتوسط',
  ],
  ssi: ['ssi', 'social selling index'],
}

const CONCEPTS = Object.keys(WORDS) as Concept[]
// The lists are written as people spell them; compare them in the same normal form as the headers.
const NORMAL_WORDS = Object.fromEntries(
  CONCEPTS.map((c) => [c, WORDS[c].map(normalName)]),
) as unknown as Record<Concept, readonly string[]>

/** The concepts a header's words name. */
function conceptsOf(header: string): Set<Concept> {
  const text = normalName(header)
  const tokens = new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
  const joined = [...tokens].join(' ')
  const found = new Set<Concept>()
  for (const concept of CONCEPTS)
    for (const word of NORMAL_WORDS[concept]) {
      const hit = word.includes(' ')
        ? joined.includes(word)
        : tokens.has(word) ||
          [...tokens].some(
            (t) => (word.length >= 5 && t.includes(word)) || (word.length >= 4 && t.endsWith(word)),
          )
      if (hit) {
        found.add(concept)
        break
      }
    }
  return found
}

/** The field a header names, from its words alone, or null when it names none. */
export function fieldFromHeader(header: string): SheetField | null {
  const c = conceptsOf(header)
  const group = c.has('industry') ? 'industry' : c.has('network') ? 'network' : null
  if (group !== null) {
    if (c.has('rank')) return group === 'industry' ? 'industryRank' : 'networkRank'
    if (c.has('average') || c.has('ssi') || c.has('overall'))
      return group === 'industry' ? 'industryAverage' : 'networkAverage'
    // A peer group's pillar ("Industry brand"): SSI Lens's sheets carry none, so it is not the user's pillar.
    if (PILLAR_IDS.some((id) => c.has(id))) return null
    return group === 'industry' ? 'industryName' : null
  }
  for (const id of PILLAR_IDS) if (c.has(id)) return id
  if (c.has('date')) return 'date'
  if (c.has('overall') || c.has('ssi')) return 'overall'
  return null
}

/** What the cells of a column look like, from a sample of rows. */
export type CellKind = 'date' | 'number' | 'text' | 'empty'

const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?:[T ].*)?$/
const NUMBER_LIKE = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*%?$/

/** The kind most (over half) of the non-empty sample cells share ('empty' when all are empty). */
export function cellKind(cells: readonly string[]): CellKind {
  const counts = { date: 0, number: 0, text: 0 }
  for (const raw of cells) {
    const cell = raw.trim()
    if (cell === '') continue
    if (DATE_LIKE.test(cell)) counts.date++
    else if (NUMBER_LIKE.test(cell)) counts.number++
    else counts.text++
  }
  const total = counts.date + counts.number + counts.text
  if (total === 0) return 'empty'
  // Most, not all: one typo in a long sheet should show up as that row's problem, not hide the whole column.
  if (counts.date * 2 > total) return 'date'
  if (counts.number * 2 > total) return 'number'
  return 'text'
}

/** The cell kind each field needs. */
const NEEDS: Readonly<Record<Exclude<SheetField, 'ignore'>, CellKind>> = {
  date: 'date',
  overall: 'number',
  brand: 'number',
  people: 'number',
  insights: 'number',
  relationships: 'number',
  industryRank: 'number',
  networkRank: 'number',
  industryAverage: 'number',
  networkAverage: 'number',
  industryName: 'text',
}

/**
 * The guessed field of each column: from its header when the cells below fit, and the first date-like column as
 * the date when no header names one. Each field goes to its first column only; later ones are left out (the
 * user may choose otherwise). `sample` is a few data rows.
 */
export function guessMapping(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
): SheetField[] {
  const kinds = headers.map((_, i) => cellKind(sample.map((row) => row[i] ?? '')))
  const taken = new Set<SheetField>()
  const mapping = headers.map((header, i): SheetField => {
    const field = fieldFromHeader(header)
    if (field === null || field === 'ignore' || taken.has(field)) return 'ignore'
    const kind = kinds[i] as CellKind
    if (kind !== 'empty' && kind !== NEEDS[field]) return 'ignore'
    taken.add(field)
    return field
  })
  if (!taken.has('date')) {
    const at = kinds.findIndex((kind, i) => kind === 'date' && mapping[i] === 'ignore')
    if (at >= 0) mapping[at] = 'date'
  }
  return mapping
}
