/**
 * One lane of the mining pool: a backend (a worker, or the main thread), the
 * chunks it has in flight, its smoothed hash rate and its chunk size, tuned so
 * a chunk takes about the wanted time on that backend.
 */
import { HashRateMeter } from './hash-rate';
import type { Chunk } from './mining-job';
import type { MinerBackend } from './miner-backend';

const MIN_CHUNK = 256;
const MAX_CHUNK = 1 << 24;
/** A first chunk short enough on any backend (about 2-3 ms at kernel speed); tuning takes over after it. */
const FIRST_CHUNK = 4096;

export interface Lane {
  readonly index: number;
  readonly backend: MinerBackend;
  readonly meter: HashRateMeter;
  /** Next chunk size in hashes. */
  chunkHashes: number;
  /** Chunks sent to the backend and not yet answered. */
  readonly inFlight: Set<Chunk>;
  /** Dispatch loops running for this lane (up to the pipeline depth). */
  loops: number;
  retired: boolean;
}

export function createLane(backend: MinerBackend, index: number, now: number, fixedChunk?: number): Lane {
  return {
    index,
    backend,
    meter: new HashRateMeter(now),
    chunkHashes: fixedChunk ?? FIRST_CHUNK,
    inFlight: new Set(),
    loops: 0,
    retired: false,
  };
}

/** Sizes the lane's next chunk to `wantedMs` from the backend's own hashing speed (`hashes` in `ms`). */
export function tuneChunk(lane: Lane, hashes: number, ms: number, wantedMs: number): void {
  if (hashes <= 0) return;
  const next = ms >= 1 ? (hashes / ms) * wantedMs : lane.chunkHashes * 2;
  lane.chunkHashes = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, next)));
}

/** The `skip`-th smallest lane index not used by `lanes` (indexes name the lanes' nonce slices). */
export function freeLaneIndex(lanes: readonly Lane[], skip: number): number {
  const used = new Set(lanes.map((l) => l.index));
  for (let i = 0; ; i++) if (!used.has(i) && skip-- === 0) return i;
}
