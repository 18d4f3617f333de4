/**
 * The History page opens on the newest month; a test that works on a recent day must show that day's month first.
 * Days counted back from today fall in the month before on the first days of a month (two tests failed in CI on
 * 2 December for a day of 30 November), so the day's own month is picked from the month menu, as a user would.
 */
import type { Page } from 'playwright-core'

/** Shows the month of `day` (`YYYY-MM-DD`) on an open History page and waits for its row. */
export async function showMonthOf(page: Page, day: string): Promise<void> {
  const month = day.slice(0, 7)
  const menu = page.getByRole('combobox', { name: 'Month' })
  if ((await menu.inputValue()) !== month) await menu.selectOption(month)
  await page.locator(`[data-testid="history-table"] tbody tr[data-day="${day}"]`).waitFor()
}
