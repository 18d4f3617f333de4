/** The encodings a CSV file's bytes are decoded from (`csv-decode.ts`), named in the import summary and protocol. */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type CsvEncoding = (typeof CSV_ENCODINGS)[number]
