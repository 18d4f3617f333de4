import { describe, expect, it } from 'vitest'
import { groupOfLabel, pillarOfLabel } from '../../../src/core/page/labels.ts'

describe('pillarOfLabel names the one pillar a label is about', () => {
  it.each([
    ['Establish your professional brand', 'brand'],
    ['Find the right people', 'people'],
    ['Engage with insights', 'insights'],
    ['Build relationships', 'relationships'],
    ['Estabelecer sua marca profissional', 'brand'],
    ['Localizar as pessoas certas', 'people'],
    ['Interagir oferecendo insights', 'insights'],
    ['Criar relacionamentos', 'relationships'],
    ['Professionelle Marke etablieren', 'brand'],
    ['Die richtigen Personen finden', 'people'],
    ['Создание профессионального бренда', 'brand'],
    ['Поиск нужных людей', 'people'],
    ['Обмен информацией', 'insights'],
    ['Налаживание отношений', 'relationships'],
  ])('%j → %s', (label, want) => {
    expect(pillarOfLabel(label)).toBe(want)
  })

  it.each([
    ['Remaining points'],
    ['Pontos restantes'],
    ['Category'],
    ['Current Social Selling Index'],
    ['Brand and relationships'], // names two pillars: unknown, not the first
    ['Stel je professionele imago op'], // a language SSI Lens does not know
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
    ['SSI-Rang in der Branche', 'industry'],
    ['SSI-Rang im Netzwerk', 'network'],
    ['Рейтинг SSI в отрасли', 'industry'],
    ['Рейтинг SSI в сети', 'network'],
    ['Clasificación SSI en tu red', 'network'],
    ['Classement SSI dans votre réseau', 'network'],
  ])('%j → %s', (label, want) => {
    expect(groupOfLabel(label)).toBe(want)
  })

  it.each([
    ['Current Social Selling Index'],
    ['Shared by your team'], // "red" inside a word is not the Spanish network
    ['Industry and network'], // both: unknown
    ['Computer Networking industry'], // both words: unknown rather than a guess
  ])('%j is neither (or both), so unknown', (label) => {
    expect(groupOfLabel(label)).toBeNull()
  })
})
