/**
 * Words for a union of `{ code, …data }` shapes (import issues, a form's problems): one entry per code, each
 * worded from that code's own data. The compiler checks that the table has every code and no other, as it does
 * for the protocol's handler map.
 */
export type WordsByCode<E extends { code: string }> = {
  readonly [C in E['code']]: (e: Extract<E, { code: C }>) => string
}

/** `e` in words, from its code's entry. */
export function wordsByCode<E extends { code: string }>(table: WordsByCode<E>, e: E): string {
  // The entry for `e.code` takes exactly `e`'s shape; TypeScript cannot follow that through the index.
  return (table[e.code as E['code']] as (e: E) => string)(e)
}
