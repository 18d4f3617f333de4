/**
 * The history page: every recorded day, one calendar month at a time (newest first), so it opens as fast with ten
 * years stored as with one week (one `getHistoryMonth`: the month keys, one bucket and the day count). Days can be
 * deleted, entered by hand and annotated here; the toolbar badge and the popup follow, because every change is
 * one transaction in the background.
 */
import { useRef, useState } from 'preact/hooks'
import { formatDayLong } from '../core/format-date.ts'
import { monthOfDay, neighbours } from '../core/history-window.ts'
import { recordedHow } from '../core/recorded-how.ts'
import type { DayRecord } from '../core/snapshot.ts'
import { formatMonthName } from '../shared/i18n.ts'
import type { HistoryMonth } from '../shared/protocol.ts'
import { DisclosureButton } from '../ui/DisclosureButton.tsx'
import { HiddenHeading } from '../ui/HiddenHeading.tsx'
import { ImportFiles } from '../ui/ImportFiles.tsx'
import { ReadPage } from '../ui/ReadPage.tsx'
import { usePageRead } from '../ui/use-page-read.ts'
import { AddDayForm } from './AddDayForm.tsx'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { DayTable } from './DayTable.tsx'
import { errorMessage, type HistoryApi } from './history-api.ts'
import { dayCount, plural, RECORDED_KEYS, recordedDayQuestion, t, uiLocale } from './i18n.ts'

export function HistoryPage({ api }: { api: HistoryApi }) {
  const { state, load } = usePageRead((month?: string) => api.getMonth(month), [api])
  const locale = uiLocale()

  return (
    <ReadPage
      name="history"
      title={t('historyTitle')}
      intro={t('historyIntro')}
      state={state}
      failed={(error) => t('historyLoadFailed', errorMessage(error))}
    >
      {(page) => <History page={page} api={api} load={load} locale={locale} />}
    </ReadPage>
  )
}

interface HistoryProps {
  page: HistoryMonth
  api: HistoryApi
  load: (month?: string) => Promise<void>
  locale: string
}

function History({ page, api, load, locale }: HistoryProps) {
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<{ record: DayRecord; busy: boolean } | null>(null)
  const [status, setStatus] = useState('')
  const addButton = useRef<HTMLButtonElement>(null)
  const { month, today } = page
  const { newer, older } = month ? neighbours(page.months, month) : { newer: null, older: null }
  const futureDays = page.days.filter((d) => d.day > today).length

  const confirmDelete = async (record: DayRecord) => {
    setDeleting({ record, busy: true })
    try {
      const result = await api.deleteDay(record.day)
      setDeleting(null)
      setStatus(
        result.deleted
          ? t('historyDeleted', formatDayLong(record.day, locale), dayCount(result.dayCount))
          : t('historyDeleteGone', formatDayLong(record.day, locale)),
      )
      await load(month ?? undefined)
    } catch (error) {
      setDeleting(null)
      setStatus(t('historyActionFailed', errorMessage(error)))
    }
  }

  const saveNote = async (day: string, note: string | null) => {
    await api.setNote(day, note)
    setStatus(note === null ? t('historyNoteRemoved', formatDayLong(day, locale)) : t('historyNoteSaved'))
    await load(month ?? undefined)
  }

  return (
    <>
      <div class="toolbar">
        <p class="count" data-testid="history-day-count">
          {t('historyTotalDays', dayCount(page.dayCount))}
        </p>
        <div class="actions">
          <DisclosureButton
            buttonRef={addButton}
            class="button primary"
            open={adding}
            onToggle={setAdding}
            controls="add-day-form"
          >
            {t('historyAddDay')}
          </DisclosureButton>
        </div>
      </div>
      {/* Several files at once, SSI Lens's own and other tools'; the preview shows each before anything is written. */}
      <section class="import" aria-label={t('historyImportTitle')}>
        <ImportFiles send={api.send} onImported={() => void load(month ?? undefined)} />
      </section>
      <p class="status" role="status" data-testid="history-status">
        {status}
      </p>
      {adding && (
        <div id="add-day-form">
          <AddDayForm
            api={api}
            today={today}
            locale={locale}
            onClose={() => {
              setAdding(false)
              queueMicrotask(() => addButton.current?.focus())
            }}
            onSaved={(record, replaced) => {
              setAdding(false)
              setStatus(
                replaced
                  ? t(
                      'historySavedReplacing',
                      formatDayLong(record.day, locale),
                      t(RECORDED_KEYS[recordedHow(replaced)]),
                    )
                  : t('historySaved', formatDayLong(record.day, locale)),
              )
              void load(monthOfDay(record.day))
            }}
          />
        </div>
      )}
      {month === null ? (
        <p class="empty">{t('historyEmpty')}</p>
      ) : (
        <section class="month" aria-labelledby="month-title">
          <nav class="month-nav" aria-label={t('historyMonthNav')}>
            <button type="button" disabled={newer === null} onClick={() => newer && void load(newer)}>
              {t('historyNewer')}
            </button>
            <label>
              <span class="sr-only">{t('historyMonthChoice')}</span>
              <select value={month} onChange={(e) => void load(e.currentTarget.value)}>
                {page.months.map((m) => (
                  <option key={m} value={m}>
                    {formatMonthName(m)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={older === null} onClick={() => older && void load(older)}>
              {t('historyOlder')}
            </button>
          </nav>
          <HiddenHeading id="month-title">{formatMonthName(month)}</HiddenHeading>
          {futureDays > 0 && (
            <p class="future-note" data-testid="history-future-days">
              {plural('historyFuture', futureDays)}
            </p>
          )}
          <DayTable
            days={page.days}
            today={today}
            locale={locale}
            caption={t('historyTableCaption', formatMonthName(month), dayCount(page.days.length))}
            onDelete={(record) => setDeleting({ record, busy: false })}
            saveNote={saveNote}
          />
        </section>
      )}
      {deleting && (
        <ConfirmDialog
          question={recordedDayQuestion('historyDeleteQuestion', deleting.record, locale)}
          confirmLabel={t('historyDeleteConfirm')}
          cancelLabel={t('historyCancel')}
          busy={deleting.busy}
          onConfirm={() => void confirmDelete(deleting.record)}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('historyDeleteDetail')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
