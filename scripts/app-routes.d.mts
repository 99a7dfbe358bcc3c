/** Types for scripts/app-routes.mjs. */
export const APP_ROUTES: readonly string[];
