import { describe, expect, it } from 'vitest'
import messages from '../../_locales/en/messages.json' with { type: 'json' }
import { READ_FAILURE_CODES } from '../../src/core/snapshot.ts'
import { failureMessageKeys, failureWords } from '../../src/shared/failure-words.ts'
import { type Catalog, catalogSource } from '../../src/shared/i18n.ts'

const catalog = messages as Catalog
const get = catalogSource(catalog)
const README = "See 'When LinkedIn changes the page' in the README"

describe('failureWords', () => {
  it.each([
    [
      'not-logged-in',
      'no sign-in form: .login-form',
      'You were not signed in to LinkedIn',
      'Sign in to LinkedIn, then open your SSI page again',
      'ssi-page',
    ],
    [
      'unrecognized',
      'no total found: the caption .user-ssi-score__donut-chart-caption is missing',
      'SSI Lens could not read this page — LinkedIn may have changed it',
      README,
      'readme-page-changes',
    ],
    [
      'timeout',
      'the numbers did not appear within 20 s (no #ssi-score yet)',
      'SSI Lens could not read this page — LinkedIn may have changed it',
      README,
      'readme-page-changes',
    ],
    [
      'conflict',
      'the embedded JSON says total 39, the page shows 47',
      'The page showed two different readings, so nothing was recorded',
      "Reload your SSI page; if it keeps happening, see 'When LinkedIn changes the page' in the README",
      'readme-page-changes',
    ],
    [
      'not-saved',
      'QuotaExceededError: the quota has been exceeded',
      "Today's score could not be saved: the browser's storage is full",
      'Free some disk space, then open your SSI page again',
      'ssi-page',
    ],
    [
      'not-saved',
      'InvalidStateError: the database connection is closing',
      "Today's score could not be saved: the browser did not accept it",
      'Open your SSI page again to try once more',
      'ssi-page',
    ],
    ['a-code-from-a-newer-version', 'whatever', 'Nothing was recorded', null, null],
  ])('%s (%s): headline, action and link', (error, reason, headline, action, link) => {
    const words = failureWords({ error, reason }, get)
    expect(words).toMatchObject({ headline, action, actionLink: link, detail: reason })
  })

  it.each(READ_FAILURE_CODES)(
    '%s: the technical reason stays out of the headline and the action',
    (error) => {
      const reason = 'selector .user-ssi-score__donut-chart-caption; QuotaExceededError; total 39 vs 47'
      const words = failureWords({ error, reason }, get)
      expect(words.code).toBe(error)
      expect(words.detail).toBe(reason)
      for (const text of [words.headline, words.action ?? '']) {
        expect(text).not.toMatch(/[.#]\w+-|Error|\b39\b|\b47\b|selector/)
        expect(text).not.toMatch(/^failure/) // a key, i.e. a missing message
      }
      expect(words.headline.length).toBeLessThan(90)
    },
  )

  it('uses only keys the catalogue has', () => {
    const missing = failureMessageKeys().filter((key) => !(key in catalog))
    expect(missing).toEqual([])
  })

  it('shows the key of a missing message instead of nothing', () => {
    expect(failureWords({ error: 'conflict', reason: '' }, () => '').headline).toBe('failureConflict')
  })
})
