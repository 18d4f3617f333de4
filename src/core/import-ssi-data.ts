/**
 * The per-day files of the public linkedin-ssi-data scraper (github.com/professorsoares/linkedin-ssi-data): one
 * file a day, `;`-separated, UTF-8 with a BOM, one row per field of a Portuguese (pt-BR) SSI page:
 *
 *   data_referencia;hora_referencia;secao;campo;valor_original;unidade;valor_numerico;escala;observacao;fonte
 *   2026-05-19;09:27;Os quatro componentes da sua pontuação;Estabelecer sua marca profissional;20,998;pontos;20.998;0-25;;…
 *
 * Two layouts exist. The scraper's (`ssi/data/…`, May 2026 on) names sections as the page does ("Os quatro
 * componentes da sua pontuação", "Sua classificação", "Benchmark", "Pessoas no seu setor", "Pessoas na sua rede").
 * The project's first files were transcribed by hand from a screenshot ("Resumo SSI", "Componentes da pontuação",
 * "Classificação", "Benchmark do setor" with a "Setor de referência" row naming the industry, "Benchmark da
 * rede"). Fields are found by their names (accents, case and spacing ignored); the section only tells the user's
 * own pillars from their industry's and network's. Rows this reader does not know ("Variação semanal…",
 * "Chamada Sales Navigator") are left out and counted.
 */

import type { LineIssue } from './csv-issues.ts'
import { parseCsv } from './csv-parse.ts'
import type { ImportedDay } from './csv-read.ts'
import { isDayKey } from './day.ts'
import { assembleDay, type DayFields, firstNumberIn, localTime, readPlainNumber } from './import-day.ts'
import type { ImportField, ImportIssue } from './import-issues.ts'
import type { PeerGroup } from './snapshot.ts'

export const SSI_DATA_HEADER = [
  'data_referencia',
  'hora_referencia',
  'secao',
  'campo',
  'valor_original',
  'unidade',
  'valor_numerico',
  'escala',
  'observacao',
  'fonte',
] as const

const COL = Object.fromEntries(SSI_DATA_HEADER.map((name, i) => [name, i])) as Record<
  (typeof SSI_DATA_HEADER)[number],
  number
>

/**
 * Lower case, no accents or other combining marks (Arabic hamza and vowel signs included), ł as l, single
 * spaces: "Classificação  SSI" → "classificacao ssi", "Łącznie" → "lacznie".
 */
export function normalName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whose pillars a section holds: the person's own, or a peer group's. */
type PillarsOf = 'own' | PeerGroup

/** Sections that hold pillars, by whose pillars they are. */
const PILLAR_SECTIONS: Readonly<Record<string, PillarsOf>> = {
  'os quatro componentes da sua pontuacao': 'own', // scraper
  'componentes da pontuacao': 'own', // hand transcription
  'pessoas no seu setor': 'industry',
  'pessoas na sua rede': 'network',
}

/** The pillars as the pt-BR page names them. */
const PILLAR_FIELDS: Readonly<Record<string, 'brand' | 'people' | 'insights' | 'relationships'>> = {
  'estabelecer sua marca profissional': 'brand',
  'localizar as pessoas certas': 'people',
  'interagir oferecendo insights': 'insights',
  'criar relacionamentos': 'relationships',
}

/** Fields that mean the same whatever their section. */
const PLAIN_FIELDS: Readonly<Record<string, ImportField>> = {
  'social selling index atual': 'overall',
  'classificacao ssi do setor': 'industryRank',
  'classificacao ssi da rede': 'networkRank',
  // The hand transcription repeats each rank in its benchmark block; both must agree.
  'posicao no setor': 'industryRank',
  'posicao na rede': 'networkRank',
  'ssi medio do setor': 'industryAverage',
  'ssi medio da rede': 'networkAverage',
  'setor de referencia': 'industryName',
}

/** True when `firstLine` (BOM removed) is this format's header, with any of the separators spreadsheets use. */
export function isSsiDataHeader(firstLine: string): boolean {
  const names = firstLine.split(/[;,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''))
  return SSI_DATA_HEADER.every((name, i) => names[i] === name)
}

export interface SsiDataReading {
  days: ImportedDay[]
  issues: LineIssue<ImportIssue>[]
  /** Rows of fields this reader does not use (weekly-change notes, the footer's promotion…). */
  ignoredRows: number
}

interface DayDraft {
  line: number
  time: string | null
  fields: DayFields
  /** The text each field was read from, to name both sides of a conflict. */
  shown: Partial<Record<ImportField, string>>
  /** A row of this day had an issue: the day is not assembled (its issue is already listed). */
  broken: boolean
}

/** Which field a row holds, or null for a row this reader does not use. */
function fieldOf(section: string, campo: string): ImportField | null {
  const pillar = PILLAR_FIELDS[campo]
  if (pillar !== undefined) {
    const group = PILLAR_SECTIONS[section]
    if (group === undefined) return null
    return group === 'own' ? pillar : `${group}.${pillar}`
  }
  return PLAIN_FIELDS[campo] ?? null
}

/**
 * The value of a numeric row: `valor_numerico` (dot decimals), else the number in `valor_original` ("53 de
 * 100", "20,973"). When both are there they must agree, so a wrong transcription is never stored.
 */
function rowNumber(numeric: string, original: string): { value: number; shown: string } | { bad: string } {
  const n = readPlainNumber(numeric)
  const fromOriginal = firstNumberIn(original)
  if (n === null) return fromOriginal === null ? { bad: original } : { value: fromOriginal, shown: original }
  if (Number.isNaN(n)) return { bad: numeric }
  if (fromOriginal !== null && Math.abs(fromOriginal - n) > 1e-9) return { bad: `${numeric} ≠ ${original}` }
  return { value: n, shown: numeric }
}

/**
 * Reads a linkedin-ssi-data file (one or several days); `lastDay` refuses days after it, `now` readings after it.
 */
export function readSsiData(text: string, options: { lastDay?: string; now?: number } = {}): SsiDataReading {
  const body = text.replace(/^\uFEFF+/, '')
  const issues: LineIssue<ImportIssue>[] = []
  const firstLine = /^[^\r\n]*/.exec(body)?.[0] ?? ''
  const separator = [';', '\t', ','].find((s) => firstLine.includes(s)) ?? ';'
  const table = parseCsv(body, separator)
  if (!table.ok)
    return {
      days: [],
      issues: [{ line: table.error.line, issue: { code: table.error.code } }],
      ignoredRows: 0,
    }
  const drafts = new Map<string, DayDraft>()
  let ignoredRows = 0
  for (const row of table.value.slice(1)) {
    const cell = (i: number) => (row.cells[i] ?? '').trim()
    if (row.cells.every((c) => c.trim() === '')) continue
    const day = cell(COL.data_referencia)
    if (!isDayKey(day)) {
      issues.push({ line: row.line, issue: { code: 'bad-date', value: day } })
      continue
    }
    if (options.lastDay !== undefined && day > options.lastDay) {
      if (!drafts.has(day))
        issues.push({ line: row.line, issue: { code: 'future-date', day, lastDay: options.lastDay } })
      drafts.set(day, { line: row.line, time: null, fields: {}, shown: {}, broken: true })
      continue
    }
    let draft = drafts.get(day)
    if (draft === undefined) {
      draft = {
        line: row.line,
        time: cell(COL.hora_referencia) || null,
        fields: {},
        shown: {},
        broken: false,
      }
      drafts.set(day, draft)
    }
    const field = fieldOf(normalName(cell(COL.secao)), normalName(cell(COL.campo)))
    if (field === null) {
      ignoredRows++
      continue
    }
    let value: number | string
    let shown: string
    if (field === 'industryName') {
      value = cell(COL.valor_original)
      shown = value
      if (value === '') continue
    } else {
      const read = rowNumber(cell(COL.valor_numerico), cell(COL.valor_original))
      if ('bad' in read) {
        issues.push({
          line: row.line,
          issue: { code: 'not-a-number', column: cell(COL.campo), value: read.bad },
        })
        draft.broken = true
        continue
      }
      value = read.value
      shown = read.shown
    }
    const fields = draft.fields as Record<string, number | string | undefined>
    const earlier = fields[field]
    if (earlier !== undefined && earlier !== value) {
      issues.push({
        line: row.line,
        issue: {
          code: 'conflicting-values',
          field,
          first: draft.shown[field] ?? String(earlier),
          second: shown,
        },
      })
      draft.broken = true
      continue
    }
    fields[field] = value
    draft.shown[field] = shown
  }
  if (table.value.length <= 1) issues.push({ line: 1, issue: { code: 'empty-file' } })

  const days: ImportedDay[] = []
  for (const [day, draft] of [...drafts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (draft.broken) continue
    const capturedAt = draft.time === null ? null : localTime(day, draft.time)
    const assembled = assembleDay(day, draft.fields, capturedAt, draft.line, options.now)
    if (assembled.ok) days.push(assembled.value)
    else issues.push({ line: draft.line, issue: assembled.error })
  }
  issues.sort((a, b) => a.line - b.line)
  return { days, issues, ignoredRows }
}
