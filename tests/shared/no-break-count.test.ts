/**
 * The advice's "in the last N days" keeps the number on the same line as its word in every catalogue: a line
 * broke "49 / dniach" in Polish once, and English wraps as readily. A no-break space, never a plain one, follows
 * the count.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const folders = readdirSync(join(ROOT, '_locales')).sort()

describe('the count in the advice’s days', () => {
  it.each(folders)('%s holds $COUNT$ to its word with a no-break space', (folder) => {
    const messages = JSON.parse(
      readFileSync(join(ROOT, '_locales', folder, 'messages.json'), 'utf8'),
    ) as Record<string, { message: string }>
    const counted = Object.entries(messages).filter(
      ([key, { message }]) => key.startsWith('adviceFallDays_') && message.includes('$COUNT$'),
    )
    expect(counted.length).toBeGreaterThan(0)
    for (const [key, { message }] of counted) expect(message, key).toMatch(/\$COUNT\$\u00a0\S/)
  })
})
