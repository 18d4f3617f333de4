/**
 * Options → CSV format: how Export CSV writes numbers. The standard file is the contract (`,`, dot decimals);
 * a spreadsheet set to a European language reads `7.815` as 7815, so those users pick `;` and decimal commas.
 * Import reads both without being told.
 */
import type { CsvFormat } from '../core/csv-format.ts'
import { Card } from './Card.tsx'
import { t } from './i18n.ts'

interface Props {
  format: CsvFormat
  onSave: (format: CsvFormat) => void
}

const CHOICES: { value: CsvFormat; label: 'optionsCsvStandard' | 'optionsCsvRegional' }[] = [
  { value: 'standard', label: 'optionsCsvStandard' },
  { value: 'regional', label: 'optionsCsvRegional' },
]

export function CsvFormatField({ format, onSave }: Props) {
  return (
    <Card id="csv-format" title={t('optionsCsvTitle')}>
      <fieldset class="choices">
        <legend class="sr-only">{t('optionsCsvTitle')}</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name="csv-format"
              value={choice.value}
              checked={format === choice.value}
              onChange={() => onSave(choice.value)}
            />{' '}
            {t(choice.label)}
          </label>
        ))}
      </fieldset>
      <p class="help">{t('optionsCsvHelp')}</p>
    </Card>
  )
}
