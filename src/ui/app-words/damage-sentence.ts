/**
 * One line of the damaged-storage banner in the reader's language. English
 * shows the storage layer's own sentence (the most specific: it quotes the
 * parse error); another language says what its code means, naming the node,
 * the store and the key the problem names.
 */
import type { StorageProblem } from '../../storage/store';
import { text } from './text';

export function damageSentence(p: StorageProblem): string {
  return text.damage[p.code](p);
}
