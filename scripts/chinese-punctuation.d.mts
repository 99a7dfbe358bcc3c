export const EXCLUDED: RegExp[];
export function halfWidthMarks(text: string, chinese?: boolean): { index: number; mark: string }[];
export function toFullWidth(text: string, quotes?: { open: boolean }, chinese?: boolean): string;
export function findHalfWidth(repo: string, roots?: string[]): { file: string; line: number; text: string }[];
