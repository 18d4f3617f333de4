/**
 * What makes a button look like the pages' one button shape, for the e2e tests that compare buttons across pages:
 * its corner radius, border style and font weight as the browser computes them. Passed to Playwright's `evaluate`,
 * so it runs in the page and may use nothing from this module's scope.
 */
export function buttonShape(el: Element): string {
  const style = getComputedStyle(el)
  return `${style.borderTopLeftRadius} ${style.borderTopStyle} ${style.fontWeight}`
}
