/**
 * A lesson's input error as the page shows it: the sentence of its key in the
 * reader's language, with its values (numbers formatted by each language; a
 * problem inside it, a node's refusal and a mistyped amount said in the same
 * language). The lessons' `message` stays English for Node and the console.
 */
import { isSaidValue, type LessonInputProblem, type ShownRefusal } from '../../../learn/index';
import { amountSentence, reasonMessage } from '../../errors/error-sentence';
import { text } from './text';

function show(params: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (!isSaidValue(v)) out[k] = v;
    else if (v.kind === 'refusal') out[k] = { code: v.code, sentence: reasonMessage(v.code, v.message) } satisfies ShownRefusal;
    else if (v.kind === 'amount') out[k] = amountSentence(v.problem);
    else out[k] = lessonInputSentence(v);
  }
  return out;
}

/** The sentence for a lesson's input error, in the current language. */
export function lessonInputSentence(problem: LessonInputProblem): string {
  const sentence = text.sentences[problem.key] as (p: object) => string;
  return sentence(show(problem.params));
}
