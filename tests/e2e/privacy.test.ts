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
  it('asks only for storage, alarms and scripting on the SSI page, with notifications optional', () => {
    // `scripting` and its host permission only run the page reader in a tab that reached the SSI page in-app
    // (background/inject-reader.ts): executeScript needs a host permission, a content script's match is not one.
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting'])
    expect(manifest.optional_permissions).toEqual(['notifications'])
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/sales/ssi*'])
    expect(manifest.optional_host_permissions ?? []).toEqual([])
    for (const forbidden of [
      'tabs',
      'cookies',
      'webRequest',
      'history',
      'webNavigation',
      'downloads',
      'activeTab',
    ])
      expect([...manifest.permissions, ...manifest.optional_permissions]).not.toContain(forbidden)
  })

  it('runs its page reader only on the SSI page and, on other Sales Navigator pages, only a navigation watcher', () => {
    const scripts = manifest.content_scripts.map((c: { matches: string[]; js: string[] }) => [
      c.matches,
      c.js,
    ])
    expect(scripts).toEqual([
      [
        ['ssi', 'ssI', 'sSi', 'sSI', 'Ssi', 'SsI', 'SSi', 'SSI'].map(
          (ssi) => `https://www.linkedin.com/sales/${ssi}*`,
        ),
        ['src/content/reader.js'],
      ],
      [['https://www.linkedin.com/sales/*'], ['src/content/index.js']],
    ])
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
