/** Types for scripts/extract-articles.mjs (used by tests). */
export interface ArticleText {
  file: string;
  article: string;
  text: string;
}
export const TEXTS_DIR: string;
export const OUTPUT: string;
export function articleNumbers(article: string): string[];
export function extractArticle(fileText: string, article: string): string | undefined;
export function buildArticleTexts(
  sources: readonly { id: string; article: string; textFile?: string }[],
  readText: (file: string) => string,
): Record<string, ArticleText>;
