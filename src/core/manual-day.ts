/**
 * A day entered by hand on the history page (from a screenshot of the SSI page, say). It passes the same gate as
 * a capture (`checkDayRecord`: each pillar 0–25, the total matching the pillars) plus what only a person can get
 * wrong: a date that is not a real day, or after today. Problems are codes per field, so the page can put its
 * own words next to the right input; nothing here is a sentence for people.
 */
import { localNoon } from './csv-read.ts'
import { isDayKey } from './day.ts'
import { PEER_FIELDS } from './day-fields.ts'
import { fail, ok, type Result } from './result.ts'
import type { DayRecord, Pillars } from './snapshot.ts'
import { PILLAR_IDS } from './snapshot.ts'
import { checkDayRecord, pillarSum, type ValueProblem } from './validate.ts'

/** The form's fields, in the order the form shows them. */
export const MANUAL_FIELDS = ['day', ...PILLAR_IDS, ...PEER_FIELDS, 'industryName'] as const
export type ManualField = (typeof MANUAL_FIELDS)[number]

/** What the person typed, field by field (empty string = left empty). */
export type ManualForm = Record<ManualField, string>

export const EMPTY_MANUAL_FORM: ManualForm = Object.fromEntries(
  MANUAL_FIELDS.map((f) => [f, '']),
) as ManualForm

/** A checked entry: numbers, with `null` for the optional values left empty. */
export interface ManualEntry {
  day: string
  pillars: Pillars
  industryRank: number | null
  networkRank: number | null
  industryAverage: number | null
  networkAverage: number | null
  industryName: string | null
}

export type ManualProblem =
  | { code: 'required' }
  | { code: 'not-a-day' }
  | { code: 'after-today' }
  | { code: 'not-a-number' }
  /** Outside `min`–`max`; `whole` when only whole numbers are allowed (the ranks). */
  | { code: 'out-of-range'; min: number; max: number; whole: boolean }
  | { code: 'too-long'; max: number }
  /**
   * The record as a whole failed the capture gate: `problem` is the gate's code with its data (the page words it
   * for people, and its full wording is the detail behind "Details"). Every field passing its own check and the
   * gate still refusing is rare: an industry name holding U+FFFD (pasted from a badly decoded page) is one.
   */
  | { code: 'refused'; problem: ValueProblem }

/** Each field's problem; a field without one is absent. */
export type ManualProblems = Partial<Record<ManualField, ManualProblem>>

export type ManualCheck = Result<
  { entry: ManualEntry; overall: number },
  { code: 'bad-fields'; problems: ManualProblems }
>

const badFields = (problems: ManualProblems) => fail({ code: 'bad-fields', problems } as const)

/** The longest industry name a record may hold (validate.ts refuses longer ones). */
export const INDUSTRY_NAME_MAX = 200

const RANGES = {
  pillar: { min: 0, max: 25, whole: false },
  rank: { min: 1, max: 100, whole: true },
  average: { min: 0, max: 100, whole: false },
} as const

// Digits with an optional decimal dot or comma (a person in most of Europe types a comma); nothing else.
const DECIMAL = /^\d+(?:[.,]\d+)?$/

/** A typed number: `null` when empty, `NaN` when it is not a plain decimal number. */
export function readDecimal(text: string): number | null {
  const t = text.trim()
  if (t === '') return null
  return DECIMAL.test(t) ? Number(t.replace(',', '.')) : Number.NaN
}

/**
 * The total as the SSI page shows it: the pillar sum rounded to a whole number. The sum is first taken to six
 * decimals, so 16.4 + 9.3 + 7.8 + 13 (46.49999… in binary floating point) rounds as the 46.5 a person sees.
 */
export function manualTotal(pillars: Pillars): number {
  return Math.round(Math.round(pillarSum(pillars) * 1e6) / 1e6)
}

type Range = (typeof RANGES)[keyof typeof RANGES]

function rangeProblem(value: number, range: Range): ManualProblem | null {
  if (Number.isNaN(value)) return { code: 'not-a-number' }
  if (value < range.min || value > range.max || (range.whole && !Number.isInteger(value)))
    return { code: 'out-of-range', ...range }
  return null
}

/** Reads and checks the form as typed; `today` is the local day (`YYYY-MM-DD`) the entry may not be after. */
export function readManualForm(form: ManualForm, today: string): ManualCheck {
  const numbers: Partial<Record<ManualField, number | null>> = {}
  const problems: ManualProblems = {}
  for (const field of MANUAL_FIELDS) {
    if (field === 'day' || field === 'industryName') continue
    const value = readDecimal(form[field])
    numbers[field] = value
    if (Number.isNaN(value)) problems[field] = { code: 'not-a-number' }
  }
  const entry = {
    day: form.day.trim(),
    pillars: Object.fromEntries(PILLAR_IDS.map((id) => [id, numbers[id]])),
    industryRank: numbers.industryRank,
    networkRank: numbers.networkRank,
    industryAverage: numbers.industryAverage,
    networkAverage: numbers.networkAverage,
    industryName: form.industryName.trim() === '' ? null : form.industryName.trim(),
  }
  const checked = checkManualEntry(entry, today)
  if (checked.ok && Object.keys(problems).length === 0) return checked
  return badFields({ ...(checked.ok ? {} : checked.error.problems), ...problems })
}

/**
 * Checks an entry of numbers (what the page sends the background, which checks it again): every field at
 * once, so the form can show each problem next to its input.
 */
export function checkManualEntry(value: unknown, today: string): ManualCheck {
  const e = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const problems: ManualProblems = {}
  const day = e.day
  if (day === '' || day === undefined || day === null) problems.day = { code: 'required' }
  else if (!isDayKey(day)) problems.day = { code: 'not-a-day' }
  else if (day > today) problems.day = { code: 'after-today' }

  const pillarsIn = (typeof e.pillars === 'object' && e.pillars !== null ? e.pillars : {}) as Record<
    string,
    unknown
  >
  const number = (field: ManualField, v: unknown, range: Range, required: boolean) => {
    if (v === null || v === undefined) {
      if (required) problems[field] = { code: 'required' }
      return
    }
    const problem = typeof v === 'number' ? rangeProblem(v, range) : { code: 'not-a-number' as const }
    if (problem) problems[field] = problem
  }
  for (const id of PILLAR_IDS) number(id, pillarsIn[id], RANGES.pillar, true)
  number('industryRank', e.industryRank, RANGES.rank, false)
  number('networkRank', e.networkRank, RANGES.rank, false)
  number('industryAverage', e.industryAverage, RANGES.average, false)
  number('networkAverage', e.networkAverage, RANGES.average, false)
  const name = e.industryName
  if (name !== null && name !== undefined) {
    if (typeof name !== 'string' || name.trim() === '') problems.industryName = { code: 'required' }
    else if (name.length > INDUSTRY_NAME_MAX)
      problems.industryName = { code: 'too-long', max: INDUSTRY_NAME_MAX }
  }
  if (Object.keys(problems).length > 0) return badFields(problems)

  const pillars = Object.fromEntries(PILLAR_IDS.map((id) => [id, pillarsIn[id] as number])) as Pillars
  const entry: ManualEntry = {
    day: day as string,
    pillars,
    industryRank: (e.industryRank as number | null | undefined) ?? null,
    networkRank: (e.networkRank as number | null | undefined) ?? null,
    industryAverage: (e.industryAverage as number | null | undefined) ?? null,
    networkAverage: (e.networkAverage as number | null | undefined) ?? null,
    industryName: typeof name === 'string' ? name.trim() : null,
  }
  const overall = manualTotal(pillars)
  // The same gate as every capture and every imported row: one place decides what may become history.
  const gate = checkDayRecord(manualRecord(entry, null))
  if (!gate.ok) return badFields({ day: { code: 'refused', problem: gate.error } })
  return ok({ entry, overall })
}

/**
 * The stored record of a checked entry: source and URL kind `manual`. Its capture time is noon of the day, as
 * for an imported row without one: the reading's own hour is unknown, and no page says it was "recorded at"
 * any hour (the capture time must lie within that day, see `capturedAtProblem`). Today before noon it is `now`
 * instead, so no stored time is in the future (an export of it must import again).
 */
export function manualRecord(entry: ManualEntry, note: string | null, now?: Date): DayRecord {
  const noon = localNoon(entry.day)
  const capturedAt = now !== undefined && Date.parse(noon) > now.getTime() ? now.toISOString() : noon
  return {
    overall: manualTotal(entry.pillars),
    pillars: { ...entry.pillars },
    industryRank: entry.industryRank,
    networkRank: entry.networkRank,
    industryAverage: entry.industryAverage,
    networkAverage: entry.networkAverage,
    // A person reads the rounded numbers off a screenshot; no more precise value is known.
    overallExact: null,
    industryAverageExact: null,
    networkAverageExact: null,
    industryName: entry.industryName,
    industryPillars: null,
    networkPillars: null,
    source: 'manual',
    day: entry.day,
    capturedAt,
    urlKind: 'manual',
    note,
  }
}
