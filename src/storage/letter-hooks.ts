/** Live queries for saved letters: `null` while loading, `undefined` when the letter does not exist. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { LetterRow } from './letter-rows';
import { getLetter, listSavedLetters } from './repos/letters-repo';

export function useSavedLetters(): LetterRow[] | null {
  return useLiveQuery(() => listSavedLetters(), [], null);
}

export function useLetter(id: string): LetterRow | undefined | null {
  return useLiveQuery(() => getLetter(id), [id], null);
}
