import { describe, expect, it } from 'vitest'
import { collectFacts } from '../../../src/core/page/collect-facts.ts'
import { isLoginUrl, isSsiPageUrl, pageState } from '../../../src/core/page/page-state.ts'
import { loadHtml } from '../../support/fixtures.ts'

describe('isSsiPageUrl', () => {
  it.each([
    ['https://www.linkedin.com/sales/ssi', true],
    ['https://www.linkedin.com/sales/ssi/', true],
    ['https://www.linkedin.com/sales/ssi?src=or-search&veh=www.google.com%7Cor-search', true],
    ['https://www.linkedin.com/sales/ssi#top', true],
    ['https://linkedin.com/sales/ssi', true],
    ['https://www.linkedin.com/sales/home', false],
    ['https://www.linkedin.com/sales/ssi-archive', false],
    ['https://www.linkedin.com/sales/ssi/history', false],
    ['http://www.linkedin.com/sales/ssi', false],
    ['https://www.linkedin.com.evil.example/sales/ssi', false],
    ['https://evil.example/www.linkedin.com/sales/ssi', false],
    ['not a url', false],
  ])('%s → %s', (url, want) => {
    expect(isSsiPageUrl(url)).toBe(want)
  })
})

describe('isLoginUrl', () => {
  it.each([
    ['https://www.linkedin.com/login?session_redirect=https%3A%2F%2Fwww.linkedin.com%2Fsales%2Fssi', true],
    ['https://www.linkedin.com/uas/login?session_redirect=%2Fsales%2Fssi', true],
    ['https://www.linkedin.com/uas/login-submit', true],
    ['https://www.linkedin.com/sales/login', true],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', true],
    ['https://www.linkedin.com/authwall?trk=qf&original_referer=', true],
    ['https://www.linkedin.com/sales/ssi', false],
    ['https://www.linkedin.com/loginfo', false],
    ['https://example.com/login', false],
  ])('%s → %s', (url, want) => {
    expect(isLoginUrl(url)).toBe(want)
  })
})

describe('pageState', () => {
  const SSI = 'https://www.linkedin.com/sales/ssi'
  it.each([
    [
      'a member sign-in form',
      '<form class="login__form"><input id="username"><input id="password" type="password"></form>',
    ],
    ['the Sales Navigator sign-in iframe', '<iframe class="authentication-iframe"></iframe>'],
    ['a sign-in iframe known by its title', '<iframe title="Login screen"></iframe>'],
    ['a session_password field', '<input name="session_password" type="password">'],
  ])('says not logged in for %s on the SSI URL', (_what, body) => {
    expect(pageState(collectFacts(loadHtml(`<body>${body}</body>`), SSI))).toMatchObject({
      state: 'not-logged-in',
    })
  })

  it('says not logged in on a sign-in URL whatever the markup', () => {
    expect(
      pageState(collectFacts(loadHtml('<body></body>'), 'https://www.linkedin.com/authwall')),
    ).toMatchObject({
      state: 'not-logged-in',
    })
  })

  it('says another page is not the SSI page, naming the URL', () => {
    expect(
      pageState(
        collectFacts(loadHtml('<body><p>47 out of 100</p></body>'), 'https://www.linkedin.com/feed/'),
      ),
    ).toEqual({
      state: 'not-ssi-page',
      reason: 'https://www.linkedin.com/feed/ is not the Social Selling Index page',
    })
  })

  it('accepts the SSI page without sign-in markup', () => {
    expect(pageState(collectFacts(loadHtml('<body><main></main></body>'), SSI))).toEqual({
      state: 'ssi-page',
    })
  })
})
