/**
 * Shape checks that carry their type: each check is a type guard, and `Checked<typeof check>` is the type it proves,
 * so a message's payload type is read from the check itself (protocol-checks.ts) and never written a second time.
 * Hand-written rather than a schema library: the payloads are few and shallow (the numbers inside a snapshot or a
 * record are checked in depth by core/validate in the handler), these checks are the whole need, and only the
 * background loads them.
 */

export type Check<T> = (value: unknown) => value is T
/** The type a check proves. */
export type Checked<C> = C extends Check<infer T> ? T : never

type Fields = Record<string, Check<unknown>>
type Flat<T> = { [K in keyof T]: T[K] } & {}
type Shape<F extends Fields, O extends Fields> = Flat<
  { [K in keyof F]: Checked<F[K]> } & { [K in keyof O]?: Checked<O[K]> }
>

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const isString: Check<string> = (v): v is string => typeof v === 'string'
export const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean'

/** A string of at most `max` characters. */
export const text =
  (max: number): Check<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max

/** A string that matches `pattern` whole (anchor it). */
export const matching =
  (pattern: RegExp): Check<string> =>
  (v): v is string =>
    typeof v === 'string' && pattern.test(v)

export const oneOf =
  <const T extends readonly unknown[]>(values: T): Check<T[number]> =>
  (v): v is T[number] =>
    values.includes(v)

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v): v is T | null =>
    v === null || check(v)

/** An array of at most `max` items, each passing `item`. */
export const listOf =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.length <= max && v.every(item)

const fieldsPass = (v: Record<string, unknown>, fields: Fields, optional: Fields) =>
  Object.entries(fields).every(([k, check]) => check(v[k])) &&
  Object.entries(optional).every(([k, check]) => v[k] === undefined || check(v[k]))

/** An object with exactly these keys (the `optional` ones may be absent), each passing its check. */
export function exactly<F extends Fields, O extends Fields = Record<never, never>>(
  fields: F,
  optional: O = {} as O,
): Check<Shape<F, O>> {
  return (v): v is Shape<F, O> =>
    isObject(v) &&
    Object.keys(v).every((k) => Object.hasOwn(fields, k) || Object.hasOwn(optional, k)) &&
    fieldsPass(v, fields, optional)
}

/** An object with at least these keys, each passing its check; other keys are left alone. */
export function withFields<F extends Fields>(fields: F): Check<Shape<F, Record<never, never>>> {
  return (v): v is Shape<F, Record<never, never>> => isObject(v) && fieldsPass(v, fields, {})
}

/** No payload at all: `{}`. */
export const nothing: Check<Record<string, never>> = (v): v is Record<string, never> =>
  isObject(v) && Object.keys(v).length === 0

/**
 * A value whose shape is checked here (`shape`, a plain object by default) and whose contents as `T` are checked
 * in depth where it is used — a snapshot or a day record by core/validate in the background's handler, which
 * refuses it with the reason. The one place a check names a type it does not prove on its own.
 */
export const checkedByHandler =
  <T>(shape: Check<unknown> = isObject): Check<T> =>
  (v): v is T =>
    shape(v)
