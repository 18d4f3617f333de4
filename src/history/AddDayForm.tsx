/**
 * "Add a day": a day typed in from a screenshot of the SSI page. Checked as the page is typed into and again on
 * Save, with each problem next to its field (core/manual-day gives codes; the words are here). The total is the
 * rounded pillar sum, shown as the SSI page would show it. A day that is already recorded is never replaced
 * without a question that names it (its total and how it was recorded).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import {
  EMPTY_MANUAL_FORM,
  type ManualEntry,
  type ManualField,
  type ManualForm,
  type ManualProblem,
  manualTotal,
  readDecimal,
  readManualForm,
} from '../core/manual-day.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { PILLAR_IDS } from '../core/snapshot.ts'
import type { ValueProblem } from '../core/validate.ts'
import { issueWords } from '../shared/csv-words.ts'
import { type WordsByCode, wordsByCode } from '../shared/words-by-code.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { errorMessage, type HistoryApi } from './history-api.ts'
import { type HistoryKey, PILLAR_KEYS, recordedDayQuestion, t } from './i18n.ts'
import { RefusedDay } from './RefusedDay.tsx'

interface Props {
  api: HistoryApi
  today: string
  locale: string
  onSaved: (record: DayRecord, replaced: DayRecord | null) => void
  onClose: () => void
}

const LABELS: Record<Exclude<ManualField, (typeof PILLAR_IDS)[number]>, HistoryKey> = {
  day: 'historyFormDate',
  industryRank: 'historyFormIndustryRank',
  networkRank: 'historyFormNetworkRank',
  industryAverage: 'historyFormIndustryAverage',
  networkAverage: 'historyFormNetworkAverage',
  industryName: 'historyFormIndustryName',
}

const labelOf = (field: ManualField): string =>
  (PILLAR_IDS as readonly string[]).includes(field)
    ? t(PILLAR_KEYS[field as (typeof PILLAR_IDS)[number]])
    : t(LABELS[field as keyof typeof LABELS])

/** A problem as the words next to its field. */
const PROBLEM_WORDS: WordsByCode<ManualProblem> = {
  required: () => t('historyProblemRequired'),
  'not-a-day': () => t('historyProblemNotADay'),
  'after-today': () => t('historyProblemAfterToday'),
  'not-a-number': () => t('historyProblemNotANumber'),
  'out-of-range': (p) => t(p.whole ? 'historyProblemRangeWhole' : 'historyProblemRange', p.min, p.max),
  'too-long': (p) => t('historyProblemTooLong', p.max),
  refused: (p) => refusedWords(p.problem),
}
const problemWords = (problem: ManualProblem): string => wordsByCode(PROBLEM_WORDS, problem)

/**
 * The gate's refusal in plain words. Only a field that passed its own check can get here, so the one cause a
 * person can meet has its own sentence; anything else (a gap between the form's checks and the gate) says so
 * plainly, with the validator's sentence behind "Details".
 */
function refusedWords(problem: ValueProblem): string {
  return problem.code === 'replacement-character' ? t('historyRefusedReplacement') : t('historyRefusedOther')
}

/** A field's problem: one line, or for a refusal of the whole day the words, what to do and the detail. */
function ProblemText({ id, problem }: { id: string; problem: ManualProblem }) {
  if (problem.code === 'refused')
    return (
      <RefusedDay
        id={id}
        headline={problemWords(problem)}
        action={t('historyRefusedAction')}
        detail={issueWords(problem.problem)}
      />
    )
  return (
    <span id={id} class="field-error">
      {problemWords(problem)}
    </span>
  )
}

type Asking = { entry: ManualEntry; existing: DayRecord }

export function AddDayForm({ api, today, locale, onSaved, onClose }: Props) {
  const [form, setForm] = useState<ManualForm>(EMPTY_MANUAL_FORM)
  const [problems, setProblems] = useState<Partial<Record<ManualField, ManualProblem>>>({})
  const [asking, setAsking] = useState<Asking | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const first = useRef<HTMLInputElement>(null)

  useLayoutEffect(() => {
    first.current?.focus()
  }, [])

  // The total as the page would show it, once all four pillars are numbers in range.
  const total = useMemo(() => {
    const values = PILLAR_IDS.map((id) => readDecimal(form[id]))
    if (values.some((v) => v === null || Number.isNaN(v) || v < 0 || v > 25)) return null
    const [brand, people, insights, relationships] = values as number[]
    return manualTotal({
      brand: brand as number,
      people: people as number,
      insights: insights as number,
      relationships: relationships as number,
    })
  }, [form])

  const save = async (entry: ManualEntry, replaces: { capturedAt: string } | null) => {
    setBusy(true)
    setFailure(null)
    try {
      const result = await api.saveManualDay(entry, replaces)
      if (result.saved) {
        setAsking(null)
        onSaved(result.record, result.replaced)
      } else setAsking({ entry, existing: result.existing })
    } catch (error) {
      // The background's refusal (a code with its data, or a storage error) is for a bug report only.
      setFailure(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  const submit = (event: Event) => {
    event.preventDefault()
    const checked = readManualForm(form, today)
    if (!checked.ok) {
      const found = checked.error.problems
      setProblems(found)
      // Keyboard and screen-reader users land on the first field to fix.
      const field = (Object.keys(EMPTY_MANUAL_FORM) as ManualField[]).find((f) => found[f])
      if (field) document.getElementById(`add-${field}`)?.focus()
      return
    }
    setProblems({})
    void save(checked.value.entry, null)
  }

  const field = (name: ManualField, props: Record<string, unknown> = {}) => {
    const problem = problems[name]
    const id = `add-${name}`
    return (
      <div class="field" key={name}>
        <label for={id}>{labelOf(name)}</label>
        <input
          id={id}
          name={name}
          value={form[name]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
          {...props}
        />
        {problem && <ProblemText id={`${id}-error`} problem={problem} />}
      </div>
    )
  }

  const decimalField = { type: 'text', inputMode: 'decimal', autoComplete: 'off', size: 6 }
  return (
    <section class="add-day card" aria-labelledby="add-title">
      <h2 id="add-title">{t('historyFormTitle')}</h2>
      <p class="help">{t('historyFormHelp')}</p>
      <form onSubmit={submit} noValidate>
        <div class="fields">
          {/* The first field gets the focus when the form opens. */}
          <div class="field">
            <label for="add-day">{labelOf('day')}</label>
            <input
              ref={first}
              id="add-day"
              name="day"
              type="date"
              max={today}
              required
              value={form.day}
              aria-invalid={problems.day ? true : undefined}
              aria-describedby={problems.day ? 'add-day-error' : undefined}
              onInput={(e) => setForm({ ...form, day: e.currentTarget.value })}
            />
            {problems.day && <ProblemText id="add-day-error" problem={problems.day} />}
          </div>
        </div>
        <fieldset class="fields">
          <legend>{t('historyFormPillars')}</legend>
          {PILLAR_IDS.map((id) => field(id, { ...decimalField, required: true }))}
          <div class="field total-field">
            <span class="label" id="add-total-label">
              {t('historyFormTotal')}
            </span>
            <output aria-labelledby="add-total-label" data-testid="manual-total">
              {total ?? '—'}
            </output>
          </div>
        </fieldset>
        <fieldset class="fields">
          <legend>{t('historyFormOptional')}</legend>
          {field('industryRank', { ...decimalField, inputMode: 'numeric' })}
          {field('networkRank', { ...decimalField, inputMode: 'numeric' })}
          {field('industryAverage', decimalField)}
          {field('networkAverage', decimalField)}
          {field('industryName', { type: 'text', size: 24 })}
        </fieldset>
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy}>
            {t('historyFormSave')}
          </button>
          <button type="button" disabled={busy} onClick={onClose}>
            {t('historyCancel')}
          </button>
        </div>
        {failure !== null && (
          <RefusedDay
            role="alert"
            headline={t('historySaveFailed')}
            action={t('historySaveFailedAction')}
            detail={failure}
          />
        )}
      </form>
      {asking && (
        <ConfirmDialog
          question={recordedDayQuestion(
            'historyReplaceQuestion',
            asking.existing,
            locale,
            'historyReplaceQuestionPillarsUnknown',
          )}
          confirmLabel={t('historyReplaceConfirm')}
          cancelLabel={t('historyReplaceCancel')}
          busy={busy}
          onConfirm={() => void save(asking.entry, { capturedAt: asking.existing.capturedAt })}
          onCancel={() => setAsking(null)}
        >
          <p>{t('historyReplaceDetail', manualTotal(asking.entry.pillars))}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
