/**
 * The one shape of every answer that can be refused, in core, the background and the protocol alike: the value,
 * or an error that is a code with its data (`{ code: 'out-of-range', field, value, min, max }`), never a sentence.
 * The words for an error come from the catalogue, in `src/shared/*-words.ts`.
 */
export type Result<T, E extends { code: string }> = { ok: true; value: T } | { ok: false; error: E }

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })

export const fail = <E extends { code: string }>(error: E): { ok: false; error: E } => ({ ok: false, error })
