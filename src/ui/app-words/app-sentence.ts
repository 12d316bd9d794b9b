/**
 * What the page says for a sentence of the app layer (a notice, the storage
 * status, a refused value): the sentence of its key in the reader's
 * language, with its values written the language's way.
 */
import type { AppSentence } from '../../app/app-sentences';
import { text } from './text';

export function appSentence(s: AppSentence): string {
  return (text.sentences[s.key] as (p: object) => string)(s.params);
}
