/**
 * Text helpers shared by the pictures: short hashes for boxes, and the words
 * that go into aria-labels (so screen readers and Playwright read the same
 * thing the picture shows).
 */
import { text } from './text';

/** "00000a3f…9c1d": the first `head` and last `tail` hex digits of a hash. */
export function shortHash(hash: string, head = 8, tail = 4): string {
  if (typeof hash !== 'string') throw new TypeError('hash must be a string');
  if (hash.length <= head + tail + 1) return hash;
  return `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${text.and} ${items[items.length - 1]}`;
}

/**
 * "tip of Node A and Node B" shortened to fit `maxChars` (the text sits above a
 * block box and must not run past it): "tip of Node A and 3 others", then
 * "tip of 4 nodes" (never "+3", which reads like a count of blocks).
 * The full list stays in the block's accessible name.
 */
export function tipOfText(names: readonly string[], maxChars: number): string {
  if (!Array.isArray(names) || names.length === 0) throw new TypeError('names must be a non-empty array of node names');
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError('maxChars must be a positive integer');
  const full = text.tipOf(listWords(names));
  if (full.length <= maxChars) return full;
  const first = text.tipOfFirst(names[0]!, names.length - 1);
  if (names.length > 1 && first.length <= maxChars) return first;
  return names.length > 1 ? text.tipOfCount(names.length) : `${full.slice(0, maxChars - 1).trimEnd()}…`;
}

/**
 * About how wide `words` are drawn at `fontSize` px, for squeezing a label into
 * a box before the browser has measured it: Chinese characters (and other
 * full-width ones) take a whole em, Latin letters a little over half of one.
 */
export function approxTextWidth(words: string, fontSize: number): number {
  let ems = 0;
  for (const ch of words) ems += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 1 : 0.56;
  return ems * fontSize;
}

/** 12345 -> "12,345" (fixed locale so tests and screenshots do not depend on the machine). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "node A" for a label "A", but "Node A" as is (the simulation's labels may already say "Node"). */
export function nodeWord(label: string): string {
  // "every node" (the whole network's tree) names itself.
  return /^(node|every node)\b/i.test(label) ? label : text.nodeNamed(label);
}

/** "Node A" at the start of a sentence. */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** "node A", "nodes A and B"; labels that already say "Node" are listed as they are. */
export function nodesWord(labels: readonly string[]): string {
  if (labels.length === 1) return nodeWord(labels[0]!);
  return labels.every((l) => /^node\b/i.test(l)) ? listWords(labels) : text.nodesNamed(listWords(labels));
}
