import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  AVERAGE_SENTENCES,
  groupOfLabel,
  PILLAR_STEMS,
  pillarOfLabel,
} from '../../../src/core/page/labels.ts'
import { industryNameFrom } from '../../../src/core/page/read-dom.ts'
import type { PillarId } from '../../../src/core/snapshot.ts'
import { LANGUAGES } from './modern-page.ts'

/** Pillar labels in every language labels.ts knows; attested ones first (sources in labels.ts). */
const PILLAR_LABELS: [string, PillarId][] = [
  ['Establish your professional brand', 'brand'],
  ['Find the right people', 'people'],
  ['Engage with insights', 'insights'],
  ['Build relationships', 'relationships'],
  ['Estabelecer sua marca profissional', 'brand'],
  ['Localizar as pessoas certas', 'people'],
  ['Interagir oferecendo insights', 'insights'],
  ['Criar relacionamentos', 'relationships'],
  ['Professionelle Marke aufbauen', 'brand'],
  ['Ihre professionelle Marke aufbauen', 'brand'], // the de catalogue's wording (tra: avenit.de)
  ['Professionelle Marke etablieren', 'brand'],
  ['Gezielt die richtigen Personen finden', 'people'],
  ['Die richtigen Personen finden', 'people'],
  ['Durch Einblicke Interesse wecken', 'insights'],
  ['Mit Insights interagieren', 'insights'],
  ['Beziehungen aufbauen', 'relationships'],
  ['Establecer tu marca profesional', 'brand'],
  ['Encontrar a las personas adecuadas', 'people'],
  ['Interactuar ofreciendo información', 'insights'],
  ['Crear relaciones', 'relationships'],
  ['Establecer relaciones', 'relationships'],
  ['Construire votre marque professionnelle', 'brand'],
  ['Construire votre marque personnelle', 'brand'], // "personnelle" is not the people pillar
  ['Trouver les bonnes personnes', 'people'],
  ['Échanger des informations', 'insights'],
  ['Établir des relations', 'relationships'],
  ['Stabilire il tuo brand professionale', 'brand'],
  ['Trovare le persone giuste', 'people'],
  ['Interagire con informazioni rilevanti', 'insights'],
  ['Costruire relazioni', 'relationships'],
  ['Affermare il proprio brand professionale', 'brand'], // the it catalogue's wording
  ['Interagire offrendo insight', 'insights'],
  ['Je professionele merk creëren', 'brand'],
  ['De juiste personen vinden', 'people'],
  ['Informatie uitwisselen', 'insights'],
  ['Relaties opbouwen', 'relationships'],
  ['Zbuduj swoją markę zawodową', 'brand'],
  ['Znajdź właściwe osoby', 'people'],
  ['Znajdź odpowiednie osoby', 'people'],
  ['Angażuj się, dzieląc się spostrzeżeniami', 'insights'],
  ['Buduj relacje', 'relationships'],
  ['Budowanie profesjonalnej marki', 'brand'], // the pl catalogue's names (our translation, as STORE.md)
  ['Znajdowanie odpowiednich osób', 'people'],
  ['Angażowanie treściami', 'insights'],
  ['Budowanie relacji', 'relationships'],
  ['إنشاء علامتك التجارية المهنية', 'brand'],
  ['العثور على الأشخاص المناسبين', 'people'],
  ['التفاعل مع الرؤى', 'insights'],
  ['بناء العلاقات', 'relationships'],
  ['بناء علامتك المهنية', 'brand'], // the ar catalogue's names (our translation, as STORE.md)
  ['إيجاد الأشخاص المناسبين', 'people'],
  ['التفاعل عبر الأفكار', 'insights'],
  ['Создание профессионального бренда', 'brand'],
  ['Поиск нужных людей', 'people'],
  ['Обмен информацией', 'insights'],
  ['Налаживание отношений', 'relationships'],
]

describe('pillarOfLabel names the one pillar a label is about', () => {
  it.each(PILLAR_LABELS)('%j → %s', (label, want) => {
    expect(pillarOfLabel(label)).toBe(want)
  })

  it("the test languages' pillar labels are all in the table above", () => {
    const labels = new Set(PILLAR_LABELS.map(([label]) => label))
    const en = ['Establish your professional brand', 'Find the right people', 'Engage with insights']
    for (const language of LANGUAGES.filter((l) => l.name !== 'unknown'))
      for (const english of [...en, 'Build relationships'])
        expect(labels, `${language.name}: ${english}`).toContain(language.words[english])
  })

  it("reads every catalogue's pillar names (_locales/*/messages.json), so the page and SSI Lens use one wording", () => {
    const keys: [string, PillarId][] = [
      ['csvFieldBrand', 'brand'],
      ['csvFieldPeople', 'people'],
      ['csvFieldInsights', 'insights'],
      ['csvFieldRelationships', 'relationships'],
    ]
    const root = new URL('../../../_locales/', import.meta.url)
    const folders = readdirSync(root)
    expect(folders).toContain('en')
    for (const folder of folders) {
      const messages = JSON.parse(readFileSync(new URL(`${folder}/messages.json`, root), 'utf8'))
      for (const [key, id] of keys) expect(pillarOfLabel(messages[key].message), `${folder} ${key}`).toBe(id)
    }
  })

  it('no stem of one pillar occurs in a known label of another pillar', () => {
    for (const [label, id] of PILLAR_LABELS)
      for (const [other, stems] of Object.entries(PILLAR_STEMS))
        if (other !== id)
          for (const stem of stems) expect(label.toLowerCase(), `${stem} (${other})`).not.toContain(stem)
  })

  it.each([
    ['Remaining points'],
    ['Pontos restantes'],
    ['Verbleibende Punkte'],
    ['Puntos restantes'],
    ['Points restants'],
    ['Punti rimanenti'],
    ['Resterende punten'],
    ['Pozostałe punkty'],
    ['النقاط المتبقية'],
    ['Category'],
    ['Current Social Selling Index'],
    ['Brand and relationships'], // names two pillars: unknown, not the first
    ['Stel je professionele imago op'], // wording no list knows
    ['Marca personal y relaciones'], // two pillars in Spanish
  ])('%j names no single pillar', (label) => {
    expect(pillarOfLabel(label)).toBeNull()
  })
})

describe('groupOfLabel tells the industry group from the network group', () => {
  it.each([
    ['Industry SSI rank', 'industry'],
    ['Network SSI rank', 'network'],
    ['People in your industry', 'industry'],
    ['People in your network', 'network'],
    ['Classificação SSI do setor', 'industry'],
    ['Classificação SSI da rede', 'network'],
    ['Classificação no setor', 'industry'], // pt-BR 2026 wording (a pt-BR scraper's tests)
    ['Classificação na rede', 'network'],
    ['SSI-Rang in der Branche', 'industry'],
    ['SSI-Rang im Netzwerk', 'network'],
    ['Clasificación SSI del sector', 'industry'],
    ['Clasificación SSI en tu red', 'network'],
    ['Classement SSI dans votre secteur', 'industry'],
    ['Classement SSI dans votre réseau', 'network'],
    ['Classifica SSI nel settore', 'industry'],
    ['Classifica SSI nella rete', 'network'],
    ['SSI-rang in je branche', 'industry'],
    ['Mensen uit je bedrijfstak', 'industry'],
    ['SSI-rang in je netwerk', 'network'],
    ['Ranking SSI w branży', 'industry'],
    ['Ranking SSI w sieci', 'network'],
    ['Osoby w Twojej sieci', 'network'],
    ['ترتيب SSI في القطاع', 'industry'],
    ['الأشخاص في قطاعك', 'industry'],
    ['ترتيب SSI في الشبكة', 'network'],
    ['الأشخاص في شبكتك', 'network'],
    ['Рейтинг SSI в отрасли', 'industry'],
    ['Рейтинг SSI в сети', 'network'],
  ])('%j → %s', (label, want) => {
    expect(groupOfLabel(label)).toBe(want)
  })

  it.each([
    ['Current Social Selling Index'],
    ['Shared by your team'], // "red" inside a word is not the Spanish network
    ['Segretezza'], // "rete" inside a word is not the Italian network
    ['Industry and network'], // both: unknown
    ['Computer Networking industry'], // both words: unknown rather than a guess
    ['Sector y red'], // both, in Spanish
    ['بالقطاع'], // a prefix the list does not know: unknown, not a guess
  ])('%j is neither (or both), so unknown', (label) => {
    expect(groupOfLabel(label)).toBeNull()
  })
})

describe('industryNameFrom reads the name from the industry sentence in each language', () => {
  it.each([
    [
      'Sales professionals in the IT Services and IT Consulting industry have an average SSI of 32.',
      'IT Services and IT Consulting',
    ],
    [
      'Os profissionais de vendas do setor Tecnologia, Informação e Internet têm um SSI médio de 35.',
      'Tecnologia, Informação e Internet',
    ],
    [
      'Vertriebsprofis in der Branche Softwareentwicklung haben einen durchschnittlichen SSI von 29.',
      'Softwareentwicklung',
    ],
    [
      'Los profesionales de ventas del sector Servicios financieros tienen un SSI medio de 30.',
      'Servicios financieros',
    ],
    [
      'Les professionnels de la vente du secteur Services et conseil en informatique ont un SSI moyen de 31.',
      'Services et conseil en informatique',
    ],
    [
      'I professionisti delle vendite del settore Servizi finanziari hanno un SSI medio di 28.',
      'Servizi finanziari',
    ],
    [
      'Salesprofessionals in de branche Financiële dienstverlening hebben een gemiddelde SSI van 27.',
      'Financiële dienstverlening',
    ],
    ['Specjaliści ds. sprzedaży z branży Usługi finansowe mają średni SSI wynoszący 26.', 'Usługi finansowe'],
    ['متخصصو المبيعات في قطاع الخدمات المالية لديهم متوسط SSI يبلغ ٢٥.', 'الخدمات المالية'],
  ])('%j → %j', (sentence, name) => {
    expect(industryNameFrom(sentence)).toBe(name)
  })

  it.each([
    ['Vertriebsprofis der Branche Softwareentwicklung haben einen durchschnittlichen SSI von 29.'], // other wording
    ['Sales professionals in your industry have an average SSI of 35.'], // no name in it
    ['Sales professionals in the Retail. Then a whole paragraph, and the Retail industry have'], // crosses a sentence
    [`Sales professionals in the ${'x'.repeat(121)} industry have an average SSI of 35.`], // longer than any name
    ['Les professionnels de la vente du secteur Conseil ontologique'], // "ont" inside a word is not the verb
  ])('%j yields no name', (sentence) => {
    expect(industryNameFrom(sentence)).toBeNull()
  })
})

describe('AVERAGE_SENTENCES find the peer average in each language', () => {
  it.each([
    ['People in your network have an average SSI of 35.', 35],
    ['As pessoas da sua rede têm um SSI médio de 33.', 33],
    ['Personen in Ihrem Netzwerk haben einen durchschnittlichen SSI von 33.', 33],
    ['Las personas de tu red tienen un SSI medio de 31.', 31],
    ['Las personas de tu red tienen un SSI promedio de 31.', 31],
    ['Les personnes de votre réseau ont un SSI moyen de 30.', 30],
    ['Le persone nella tua rete hanno un SSI medio di 29.', 29],
    ['Mensen in je netwerk hebben een gemiddelde SSI van 28.', 28],
    ['Osoby z Twojej sieci mają średni SSI wynoszący 27.', 27],
    ['الأشخاص في شبكتك لديهم متوسط SSI يبلغ 26.', 26],
  ])('%j → %d', (sentence, want) => {
    const found = AVERAGE_SENTENCES.map((re) => re.exec(sentence)?.[1]).filter(Boolean)
    expect(found.map(Number)).toEqual([want])
  })
})
