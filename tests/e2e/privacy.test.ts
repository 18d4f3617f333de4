/**
 * Passive, private, least privilege — checked on the built extension that users install, not on the sources.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST } from '../../scripts/lib/harness.ts'

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  )
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'))
const scripts = files(DIST).filter((f) => f.endsWith('.js'))

describe('the built extension', () => {
  it('asks only for storage and alarms, with notifications optional and no host permissions', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms'])
    expect(manifest.optional_permissions).toEqual(['notifications'])
    expect(manifest.host_permissions ?? []).toEqual([])
    expect(manifest.optional_host_permissions ?? []).toEqual([])
    for (const forbidden of [
      'tabs',
      'cookies',
      'webRequest',
      'history',
      'webNavigation',
      'scripting',
      'downloads',
    ])
      expect([...manifest.permissions, ...manifest.optional_permissions]).not.toContain(forbidden)
  })

  it('runs its content script only on Sales Navigator pages of www.linkedin.com', () => {
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)
    expect(matches).toEqual(['https://www.linkedin.com/sales/*'])
  })

  it('exposes no web-accessible resource LinkedIn could probe to detect it', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([])
    expect(manifest.externally_connectable).toBeUndefined()
  })

  it('contains no network API call in any script it ships', () => {
    const networkApi = /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|EventSource|importScripts\s*\(/
    const offenders = scripts.filter((f) => networkApi.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('loads no remote code: every script and stylesheet reference stays inside the extension', () => {
    const remote = /(?:src|href)\s*=\s*["']https?:|import\s*\(?\s*["']https?:/
    const offenders = files(DIST)
      .filter((f) => /\.(js|html|css)$/.test(f))
      .filter((f) => remote.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
