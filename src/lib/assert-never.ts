/** Exhaustiveness guard: a `switch` over a union ends here, so a new member is a compile error. */
export function assertNever(value: never, message: string): never {
  throw new Error(`${message}: ${String(value)}`);
}
