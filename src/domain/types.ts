/**
 * Branded primitives shared by the whole app.
 *
 * `IsoDate` is a calendar date as a `YYYY-MM-DD` string (no time, no zone) and
 * `Fen` is money in integer fen (1 yuan = 100 fen). Brands use a `unique symbol`
 * so that a plain string or number can never be passed where one is expected.
 */
declare const isoDateBrand: unique symbol;
declare const fenBrand: unique symbol;

export type IsoDate = string & { readonly [isoDateBrand]: true };
export type Fen = number & { readonly [fenBrand]: true };

/** Outcome of validating user input: either a value or field-level issue codes. */
export type Validated<T, Code extends string = string> =
  { ok: true; value: T } | { ok: false; issues: Partial<Record<string, Code>> };
