/**
 * The words of the SSI page in the UI languages SSI Lens knows, used only where the page has no structural hook:
 * which rank block or peer section is "industry" and which is "network", which data-table row is which pillar,
 * and the text fallback. Structure (ids, classes, JSON keys) always wins over these. A label that matches no list,
 * or more than one, is "unknown", and an unknown label never yields a number.
 * Sources: ssi-page.md §4.2–§5 (en and pt-BR attested; ru/pl stems from one parser). The other languages' stems
 * are unverified guesses, each chosen to name one pillar or group only, so a wrong guess leaves a field unknown.
 */
import type { PeerGroup, PillarId } from '../snapshot.ts'

/** Lower-case stems of each pillar's label ("Establish your professional brand", "Estabelecer sua marca …"). */
export const PILLAR_STEMS: Record<PillarId, readonly string[]> = {
  // en "brand"; pt/es/it "marca"; de/pl "marke"/"markę"; fr "marque"; nl "merk"; ru "бренд"
  brand: ['brand', 'marca', 'mark', 'marque', 'merk', 'бренд'],
  // en "right people"; pt "pessoas certas"; es "personas"; de/fr "Personen"/"personnes"; ru "нужн…"; pl "właściw…"
  people: ['right people', 'pessoas', 'person', 'нужн', 'właściw', 'odpowiedni'],
  // en/pt/de/ru-translit "insight(s)"; ru "информаци"/"инсайт"; pl "spostrzeż"; es/fr "informaci…"/"informations"
  insights: ['insight', 'инсайт', 'информаци', 'spostrzeż', 'informaci', 'informations', 'erkenntnis'],
  // en "relationships"; pt "relacionamentos"; es "relaciones"; fr "relations"; de "Beziehungen"; ru; pl; it
  relationships: ['relationship', 'relacion', 'relation', 'beziehung', 'отношен', 'relacj', 'relazion'],
}

/** Word starts for the industry peer group ("Industry SSI rank", "Classificação SSI do setor", …). */
export const INDUSTRY_WORDS: readonly string[] = [
  'industr', // en industry, es/it industria, fr/de/nl industrie
  'setor', // pt
  'sector', // es
  'secteur', // fr
  'settore', // it
  'branche', // de, nl
  'branż', // pl
  'отрасл', // ru
]

/** Word starts for the network peer group ("Network SSI rank", "Classificação SSI da rede", …). */
export const NETWORK_WORDS: readonly string[] = [
  'network', // en
  'netzwerk', // de
  'netwerk', // nl
  'rede', // pt
  'red(?!\\p{L})', // es "red", as a whole word only ("shared" and "reduce" are not networks)
  'réseau', // fr
  'rete(?!\\p{L})', // it "rete", as a whole word only
  'sieci', // pl
  'sieć', // pl
  'сет', // ru "сети"
]

/** Sentences beside the peer donuts; they carry the industry name and the averages [§4.4]. */
export const INDUSTRY_NAME_SENTENCES: readonly RegExp[] = [
  /professionals in the\s+(.+?)\s+industry have/i, // en: "Sales professionals in the {X} industry have …"
  /profissionais de vendas do setor\s+(.+?)\s+têm/i, // pt-BR: "Os profissionais de vendas do setor {X} têm …"
]

/** "average SSI of 32" in each known language; the group comes from the sentence's other words. */
export const AVERAGE_SENTENCES: readonly RegExp[] = [
  /average SSI of\s*(\d+(?:[.,]\d+)?)/i, // en
  /SSI médio de\s*(\d+(?:[.,]\d+)?)/i, // pt-BR
]

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
