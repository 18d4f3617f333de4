/**
 * The one address of LinkedIn's Social Selling Index page. The page reader, the protocol's sender check, and the
 * links of the popup and the reminder use these; the manifest's content-script match is checked against them
 * (tests/architecture.test.ts, which also keeps the address from being written anywhere else in src/).
 */
export const LINKEDIN_ORIGIN = 'https://www.linkedin.com'
/** Sales Navigator: the content script runs on all of it (the manifest's match), because the app navigates in-page. */
export const SALES_PATH = '/sales/'
export const SSI_PATH = '/sales/ssi'
export const SSI_PAGE_URL = `${LINKEDIN_ORIGIN}${SSI_PATH}`
