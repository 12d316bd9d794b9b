/**
 * The "Simulated mining" card of the Network panel: reading the number of
 * blocks to fast-forward (typed as text, its own message when bad) and the
 * sentences that report a step or a run, e.g. "100 blocks in 16 min 40 s of
 * simulated time: 7 stale, 5 reorgs". The limits are the app's
 * (the simulated-mining service's fastForward: a whole number from 1 to 1000).
 */
import { MAX_FAST_FORWARD_BLOCKS, type FastForwardResult } from '../../app/fast-forward';
import { currentLanguage } from '../i18n/language.svelte';
import type { Language } from '../i18n/locales';
import { fmt } from '../i18n/index';
import { text } from './text';
import { appSentence } from '../app-words/app-sentence';

export type BlockCountResult =
  { readonly ok: true; readonly blocks: number } | { readonly ok: false; readonly error: string };

export function parseBlockCount(typed: string): BlockCountResult {
  if (typeof typed !== 'string') throw new TypeError('typed must be a string');
  const t = typed.trim().replace(/[,_\s]/g, '');
  if (t === '') return { ok: false, error: text.simulated.countEmpty(fmt.number(MAX_FAST_FORWARD_BLOCKS)) };
  if (!/^[-+]?\d+$/.test(t)) return { ok: false, error: text.simulated.countWhole };
  const n = Number(t);
  if (n < 1) return { ok: false, error: text.simulated.countMin };
  if (n > MAX_FAST_FORWARD_BLOCKS) return { ok: false, error: text.simulated.countMax(fmt.number(MAX_FAST_FORWARD_BLOCKS)) };
  return { ok: true, blocks: n };
}

/**
 * Whole seconds in hours, minutes and seconds, in the page's language (Intl):
 * 1000 -> "16 min 40 sec", 3725 -> "1 hr 2 min 5 sec", 45 -> "45 sec", 120 -> "2 min";
 * "16 Min., 40 Sek.", "16分钟40秒".
 */
export function formatDuration(seconds: number, language: Language = currentLanguage.language): string {
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new RangeError('seconds must be a number >= 0');
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const unit = (value: number, name: string) => new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts = [h ? unit(h, 'hour') : '', m ? unit(m, 'minute') : '', r || (!h && !m) ? unit(r, 'second') : ''];
  return new Intl.ListFormat(language, { type: 'unit', style: 'narrow' }).format(parts.filter(Boolean));
}

/** The result line of a run; a run that ended early says after how many blocks and why. */
export function fastForwardSummary(r: FastForwardResult, asked: number): string {
  if (r.stopped) return text.simulated.stopped(r.blocks, asked, formatDuration(r.seconds), r.stale, r.reorgs, r.stoppedSaid ? appSentence(r.stoppedSaid) : r.stopped);
  return text.simulated.ran(r.blocks, formatDuration(r.seconds), r.stale, r.reorgs);
}

/** Shares of the nodes with a miner as whole percentages of the total, e.g. "Node A 40%". */
export function minerShares(
  nodes: readonly { readonly label: string; readonly hashShare: number }[],
): string[] {
  const miners = nodes.filter((n) => n.hashShare > 0);
  const total = miners.reduce((s, n) => s + n.hashShare, 0);
  return miners.map((n) => `${n.label} ${fmt.percent(n.hashShare / total)}`);
}
