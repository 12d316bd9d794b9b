/**
 * The "Simulated mining" card of the Network panel: reading the number of
 * blocks to fast-forward (typed as text, its own message when bad) and the
 * sentences that report a step or a run, e.g. "100 blocks in 16 min 40 s of
 * simulated time: 7 stale, 5 reorgs". The limits are the app's
 * (the simulated-mining service's fastForward: a whole number from 1 to 1000).
 */
import { MAX_FAST_FORWARD_BLOCKS, type FastForwardResult } from '../../app/fast-forward';

export type BlockCountResult =
  { readonly ok: true; readonly blocks: number } | { readonly ok: false; readonly error: string };

export function parseBlockCount(text: string): BlockCountResult {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  const t = text.trim().replace(/[,_\s]/g, '');
  if (t === '')
    return {
      ok: false,
      error: `Enter how many blocks to fast-forward (1 to ${MAX_FAST_FORWARD_BLOCKS.toLocaleString('en-US')}).`,
    };
  if (!/^[-+]?\d+$/.test(t))
    return { ok: false, error: 'The number of blocks must be a whole number, like 50.' };
  const n = Number(t);
  if (n < 1) return { ok: false, error: 'Fast-forward at least 1 block.' };
  if (n > MAX_FAST_FORWARD_BLOCKS)
    return {
      ok: false,
      error: `At most ${MAX_FAST_FORWARD_BLOCKS.toLocaleString('en-US')} blocks at a time.`,
    };
  return { ok: true, blocks: n };
}

/** 1000 -> "16 min 40 s", 3725 -> "1 h 2 min 5 s", 45 -> "45 s", 120 -> "2 min". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new RangeError('seconds must be a number >= 0');
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', r || (!h && !m) ? `${r} s` : ''];
  return parts.filter(Boolean).join(' ');
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The result line of a run; a run that ended early says after how many blocks and why. */
export function fastForwardSummary(r: FastForwardResult, asked: number): string {
  const tail = `${formatDuration(r.seconds)} of simulated time: ${count(r.stale, 'stale', 'stale')}, ${count(r.reorgs, 'reorg', 'reorgs')}.`;
  if (r.stopped)
    return `Stopped after ${r.blocks} of ${count(asked, 'block', 'blocks')}, ${tail} ${r.stopped}`;
  return `${count(r.blocks, 'block', 'blocks')} in ${tail}`;
}

/** Shares of the nodes with a miner as whole percentages of the total, e.g. "Node A 40%". */
export function minerShares(
  nodes: readonly { readonly label: string; readonly hashShare: number }[],
): string[] {
  const miners = nodes.filter((n) => n.hashShare > 0);
  const total = miners.reduce((s, n) => s + n.hashShare, 0);
  return miners.map((n) => `${n.label} ${Math.round((n.hashShare / total) * 100)}%`);
}
