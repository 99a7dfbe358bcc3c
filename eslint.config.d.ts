// Types for what tests import from eslint.config.js (a plain ES module, as ESLint loads it).
import type { Linter } from 'eslint';

type Layer = 'lib' | 'domain' | 'storage' | 'i18n' | 'components' | 'features' | 'app';

export declare const FEATURES: string[];
export declare const LAYERS: Record<Layer, { may: readonly string[]; why: string }>;
export declare const layering: Linter.Config[];
declare const config: Linter.Config[];
export default config;
