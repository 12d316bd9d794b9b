/**
 * The sentences of the Storage card's checks: what the start checked, where
 * the full verification is, and the block bodies still being read. A state is
 * called verified only once the full verification finished without damage.
 */
import type { StoredChecks } from '../state/storage-state.svelte';

export interface CheckLines {
  readonly atStart: string;
  readonly full: string;
  /** 'ok' and 'bad' carry a ✓ or ✗ in the text as well (never colour alone). */
  readonly fullTone: 'ok' | 'bad' | 'neutral';
  /** Progress of the running verification, for a progress bar; null when it does not run. */
  readonly fullProgress: { readonly value: number; readonly max: number } | null;
  readonly bodies: string | null;
  readonly canVerify: boolean;
}

const n = (x: number) => x.toLocaleString('en-US');
const time = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function checkLines(c: StoredChecks): CheckLines {
  const s = c.startCheck;
  const atStart = s
    ? `At start: the last ${s.depth} blocks of each of ${n(s.nodes)} node${s.nodes === 1 ? '' : 's'} were checked, signatures included, against their undo data and UTXO set (${n(s.blocks)} block${s.blocks === 1 ? '' : 's'}).`
    : 'At start: nothing was read from storage (a chain just built, checked block by block as it was built).';
  const v = c.verification;
  let full: string;
  let fullTone: CheckLines['fullTone'] = 'neutral';
  let fullProgress: CheckLines['fullProgress'] = null;
  switch (v.phase) {
    case 'waiting':
      full = 'Full verification: not run yet.';
      break;
    case 'running':
      fullProgress = { value: v.blocks, max: Math.max(v.total, 1) };
      full = v.total > 0 ? `Full verification: replaying every block… ${n(v.blocks)} of ${n(v.total)} (${Math.floor((100 * v.blocks) / v.total)}%).` : 'Full verification: reading what is stored…';
      break;
    case 'verified':
      fullTone = 'ok';
      full = `Full verification: ✓ done at ${time(v.at)}. Every node's UTXO set and undo data match a replay of its blocks (${n(v.blocks)} block${v.blocks === 1 ? '' : 's'} replayed for ${n(v.nodes)} node${v.nodes === 1 ? '' : 's'}).`;
      break;
    case 'damaged':
      fullTone = 'bad';
      full = `Full verification: ✗ damage found at ${time(v.at)} (${n(v.problems)} problem${v.problems === 1 ? '' : 's'}, listed at the top of the page). Nothing was changed.`;
      break;
    case 'failed':
      fullTone = 'bad';
      full = `Full verification: ✗ could not run (${v.message}).`;
      break;
  }
  const b = c.bodies;
  const bodies = b ? `Block bodies: ${b.total > 0 ? `${n(b.blocks)} of ${n(b.total)}` : 'starting to'} read from storage. The simulation's clock waits for them.` : null;
  return { atStart, full, fullTone, fullProgress, bodies, canVerify: v.phase !== 'running' };
}
