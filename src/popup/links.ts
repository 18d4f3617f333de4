/** LinkedIn's SSI page: the only page SSI Lens reads, opened in a new tab (no `tabs` permission needed). */
export const SSI_PAGE_URL = 'https://www.linkedin.com/sales/ssi'
