/** Types for scripts/chromium-flags.mjs (used by the e2e harness). */
export const CHROMIUM_PATH: string;
export const CHROMIUM_FLAGS: readonly string[];
