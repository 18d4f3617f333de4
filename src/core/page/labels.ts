/**
 * The words of the SSI page in the UI languages SSI Lens knows (en de es fr it nl pt-BR pl ar, and ru), used only
 * where the page has no structural hook: which rank block or peer section is "industry" and which is "network",
 * which data-table row is which pillar, the text fallback, and the sentence that names the industry. Structure
 * (ids, classes, JSON keys) always wins over these. A label that matches no list, or more than one, is "unknown",
 * and an unknown label never yields a number; a sentence that matches no pattern yields no name.
 *
 * Sources (addresses in the comments below; "page" = a third-party article quoting or transcribing the page):
 * - en, pt-BR: scrapers of the live page, pt-BR 2026 labels also in a pt-BR scraper's tests.
 * - de: pillar names from a page (gesa-oldekamp.de/was-ist-social-selling-index), the industry sentence's wording
 *   from issue #16 ("Vertriebsprofis in der Branche … haben …"); the average clause is a guess.
 * - es, fr, it, nl: pillar wording from pages quoting LinkedIn's own text (claudioinacio.com, enredia.es;
 *   orgaphenix.com, xavierdegraux.be; abbonati.tiscali.it; barbaralangendoen.nl, corinnekeijzer.nl).
 * - pl: stems from one parser of the live page; ru likewise (Beacon).
 * - ar: no public source found; every Arabic word here is a guess.
 * The peer sentences of es fr it nl pl ar are guesses: each is anchored on words on both sides of the name, so a
 * wrong guess matches nothing and the name stays unknown (null) rather than wrong.
 */
import type { PeerGroup, PillarId } from '../snapshot.ts'

/**
 * Lower-case stems of each pillar's label, matched anywhere in it. Each stem names one pillar in every language
 * listed (checked in labels.test.ts), so a label naming two pillars is unknown, never the first one.
 */
export const PILLAR_STEMS: Record<PillarId, readonly string[]> = {
  // en/it "brand"; pt/es "marca"; de "Marke", pl "markę"; fr "marque"; nl "merk"; ru "бренд"; ar "علامة" (guess)
  brand: ['brand', 'marca', 'mark', 'marque', 'merk', 'бренд', 'علام'],
  // en "right people"; pt "pessoas"; es "personas"; fr "personnes"; it/de/nl "persone/Personen/personen"; ru; pl;
  // ar guess. Not "person": fr "marque personnelle" and es "marca personal" name the brand.
  people: [
    'right people',
    'pessoas',
    'personas',
    'personnes',
    'persone',
    'нужн',
    'właściw',
    'odpowiedni',
    'أشخاص',
  ],
  // en/pt "insights"; es/fr/it/nl "información/informations/informazioni/informatie"; de "Einblicke"; ru; pl
  // "spostrzeżenia"/"treści"; ar "الرؤى" or the ar catalogue's "الأفكار" (both guesses)
  insights: ['insight', 'informa', 'einblick', 'инсайт', 'информаци', 'spostrzeż', 'treści', 'رؤى', 'أفكار'],
  // en/fr/nl "relationship/relations/relaties"; es/pt "relaciones/relacionamentos"; pl "relacje"; it "relazioni"
  relationships: ['relati', 'relaci', 'relacj', 'relaz', 'beziehung', 'отношен', 'علاق'],
}

/** Word starts for the industry peer group ("Industry SSI rank", "Classificação SSI do setor", …). */
export const INDUSTRY_WORDS: readonly string[] = [
  'industr', // en industry, es/it industria, fr/de/nl industrie
  'setor', // pt
  'sector', // es, nl
  'secteur', // fr
  'settore', // it
  'branche', // de, nl
  'bedrijfstak', // nl (corinnekeijzer.nl: "mensen uit je netwerk en uit je bedrijfstak")
  'branż', // pl
  'отрасл', // ru
  '(?:ال)?قطاع', // ar "القطاع", "قطاعك" (guess), with or without the article
]

/** Word starts for the network peer group ("Network SSI rank", "Classificação SSI da rede", …). */
export const NETWORK_WORDS: readonly string[] = [
  'network', // en
  'netz?werk', // de Netzwerk, nl netwerk
  'rede', // pt
  'red(?!\\p{L})', // es "red", as a whole word only ("shared" and "reduce" are not networks)
  'réseau', // fr
  'rete(?!\\p{L})', // it "rete", as a whole word only
  'sieci', // pl
  'sieć', // pl
  'сет', // ru "сети"
  '(?:ال)?شبك', // ar "الشبكة", "شبكتك" (guess)
]

/**
 * The industry name: no digit, no sentence punctuation, at most 120 characters, so a pattern run over the page's
 * whole text never takes in the numbers and sentences between an earlier "in der Branche" and the real sentence.
 */
const NAME = '([^\\d.!?;|]{1,120}?)'
/** A number as the page prints it: digits with at most one decimal mark ("16.438", "20,973"). */
export const NUM = '\\d+(?:[.,]\\d+)?'

/**
 * The words before and after the industry name in the sentence beside the industry donut:
 * "Sales professionals in the {X} industry have an average SSI of 35." Only as many words as make the anchor
 * specific: every string here is content-script bytes.
 */
const INDUSTRY_NAME_AROUND: readonly (readonly [string, string])[] = [
  ['professionals in the', 'industry have'], // en, attested
  ['vendas do setor', 'têm'], // pt-BR "Os profissionais de vendas do setor {X} têm …", attested
  ['Vertriebsprofis in der Branche', 'haben'], // de, wording from issue #16
  ['ventas del sector', 'tienen'], // es "Los profesionales de ventas del sector {X} tienen …", guess
  ['vente du secteur', 'ont'], // fr "Les professionnels de la vente du secteur {X} ont …", guess
  ['vendite del settore', 'hanno'], // it "I professionisti delle vendite del settore {X} hanno …", guess
  ['professionals in de branche', 'hebben'], // nl "Salesprofessionals in de branche {X} hebben …", guess
  ['sprzedaży z branży', 'mają'], // pl "Specjaliści ds. sprzedaży z branży {X} mają …", guess
  ['المبيعات في قطاع', 'لديهم'], // ar "متخصصو المبيعات في قطاع {X} لديهم …", guess
]

/** The words before a peer average ("average SSI of 32"); the group comes from the sentence's other words. */
const AVERAGE_BEFORE: readonly string[] = [
  'average SSI of', // en, attested
  'SSI (?:m[ée]dio|promedio) de', // pt-BR "SSI médio de" (attested); es "SSI medio/promedio de" (guess)
  'durchschnittlichen SSI von', // de, guess
  'SSI moyen de', // fr, guess
  'SSI medio di', // it, guess
  'gemiddelde SSI van', // nl, guess
  'średni\\p{L}* SSI(?: \\p{L}+)?', // pl "średni SSI wynosi 32" (guess)
  'متوسط SSI(?: \\p{L}+)?', // ar "متوسط SSI يبلغ 32" (guess)
]

/** Sentences beside the peer donuts; they carry the industry name. */
export const INDUSTRY_NAME_SENTENCES: readonly RegExp[] = INDUSTRY_NAME_AROUND.map(
  ([before, after]) => new RegExp(`${before}\\s+${NAME}\\s+${after}(?!\\p{L})`, 'iu'),
)

/** "average SSI of 32" in each known language. */
export const AVERAGE_SENTENCES: readonly RegExp[] = AVERAGE_BEFORE.map(
  (before) => new RegExp(`${before}\\s*(${NUM})`, 'iu'),
)

const wordStarts = (words: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})`, 'u')
const INDUSTRY_RE = wordStarts(INDUSTRY_WORDS)
const NETWORK_RE = wordStarts(NETWORK_WORDS)

/** The one pillar a label names, or `null` when it names none or several (e.g. "Remaining points"). */
export function pillarOfLabel(label: string): PillarId | null {
  const text = label.toLowerCase()
  let found: PillarId | null = null
  for (const id of Object.keys(PILLAR_STEMS) as PillarId[]) {
    if (PILLAR_STEMS[id].some((stem) => text.includes(stem))) {
      if (found) return null
      found = id
    }
  }
  return found
}

/** Which peer group a label names ("Industry SSI rank" → industry), or `null` when it names none or both. */
export function groupOfLabel(label: string): PeerGroup | null {
  const text = label.toLowerCase()
  const industry = INDUSTRY_RE.test(text)
  if (industry === NETWORK_RE.test(text)) return null
  return industry ? 'industry' : 'network'
}
