/**
 * The two CSV formats the export can write. Its own module because the settings (and so the content script,
 * which reads them) need the list, and nothing else of the CSV writer.
 */

/** `standard`: `,` and dot decimals (the contract); `regional`: `;` and decimal commas. */
export const CSV_FORMATS = ['standard', 'regional'] as const
export type CsvFormat = (typeof CSV_FORMATS)[number]
