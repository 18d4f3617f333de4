/**
 * Reads `read()` until `ok` holds or `timeout` ms have passed, and returns the last value read: a wait for an
 * event (for the Firefox tests, whose BiDi reads are not Playwright locators). The caller asserts on the value,
 * so a timeout shows what was last seen.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeout = 20_000,
): Promise<T> {
  const end = Date.now() + timeout
  let value = await read()
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}
