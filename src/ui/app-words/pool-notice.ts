/**
 * The mining pool's notice (why it mines with another engine or fewer
 * workers than asked) in the reader's language: read back from the pool's
 * English template (src/workers/pool-notices.ts); a notice written
 * otherwise is shown as it came.
 */
import { readPoolNotice } from '../../api/types';
import { text } from './text';

export function poolNoticeSentence(notice: string): string {
  const read = readPoolNotice(notice);
  return read ? (text.poolNotices[read.key] as (v: object) => string)(read.values) : notice;
}
