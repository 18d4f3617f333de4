import { describe, expect, it } from 'vitest'
import { decodeCsvBytes, decodeWindows1252 } from '../../src/core/csv-decode.ts'
import { readHistoryCsv } from '../../src/core/csv-read.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { day } from '../support/records.ts'

const name = 'Tecnologia da informação – Ärzte “Œuvre” €'
const csv = historyToCsv([day('2026-11-20', { industryName: name })])

/** Windows-1252 bytes of a text that only holds Windows-1252 characters. */
function cp1252(text: string): Uint8Array {
  const high = new Map(
    Array.from({ length: 32 }, (_, i) => [decodeWindows1252(Uint8Array.of(0x80 + i)), 0x80 + i]),
  )
  return Uint8Array.from(text, (c) => high.get(c) ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : Number.NaN))
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian)
  return bytes
}

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeCsvBytes', () => {
  it.each([
    ['UTF-8 with a BOM', utf8(csv), 'utf-8'],
    ['UTF-8 without a BOM', utf8(csv.slice(1)), 'utf-8'],
    ['UTF-16 LE with a BOM', utf16(csv.slice(1), true), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(csv.slice(1), false), 'utf-16be'],
    ['Windows-1252 (Excel’s “CSV”)', cp1252(csv.slice(1)), 'windows-1252'],
  ])('reads %s exactly, and the import gets the industry name back', (_what, bytes, encoding) => {
    const decoded = decodeCsvBytes(bytes)
    expect(decoded.ok && decoded.value.encoding).toBe(encoding)
    if (!decoded.ok) return
    expect(decoded.value.text).not.toContain('\uFFFD')
    const read = readHistoryCsv(decoded.value.text)
    expect(read.ok && read.value.days[0]?.record.industryName).toBe(name)
  })

  it('refuses UTF-16 whose bytes are broken (a lone surrogate) rather than writing U+FFFD', () => {
    const bytes = utf16('date,overall\uD800', true)
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: false,
      error: { code: 'bad-encoding', encoding: 'utf-16le' },
    })
  })

  it('maps every byte of Windows-1252 to a character, never U+FFFD', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const text = decodeWindows1252(all)
    expect(text).toHaveLength(256)
    expect(text).not.toContain('\uFFFD')
    expect(text.slice(0x80, 0x81)).toBe('€')
    expect(text.slice(0xe7, 0xe8)).toBe('ç')
  })
})
