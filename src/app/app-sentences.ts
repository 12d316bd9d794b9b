/**
 * The sentences the app layer says on its own, by key with the values they
 * name: its notices (toasts), the storage status, and its refusals of a value
 * the page's forms can send. `window.pocket` speaks English (the words
 * below, its API); the page says the same key in the reader's language
 * (src/ui/app-words), so a notice or a refusal carries `{ key, params }`
 * beside its English text.
 *
 * Values are kept raw (numbers as numbers) so that each language writes them
 * its own way; a `problem` is an error message from the browser or a lower
 * layer, shown as it came.
 */
// Not the storage barrel: the first screen words the status without the storage code.
import type { StorageErrorCode } from '../storage/errors';
import { SAVING_SENTENCE, notSavingSentence } from '../storage/status-words';

export interface AppSentenceParams {
  // ---- notices ----
  writerNow: Record<never, never>;
  blocksUnreadable: { readonly problem: string };
  savingFailed: { readonly problem: string };
  progressUnreadable: { readonly problem: string };
  progressUnsaved: { readonly problem: string };
  minersOff: Record<never, never>;
  /** `engine`: the engine's name (a proper name, the same in every language), null when none runs yet. */
  enginesUnmeasured: { readonly problem: string; readonly engine: string | null };
  imported: { readonly nodes: number; readonly blocks: number };
  nodeRebuilt: { readonly node: string; readonly blocks: number; readonly height: number };
  demoFileRefused: { readonly problem: string };
  demoFileUnreadable: { readonly problem: string };
  browserDeletedData: { readonly problem: string };
  // ---- the storage status ----
  storageSaving: Record<never, never>;
  /** Not saving: why (a storage error code), with the browser's own words when it gave some. */
  storageNotSaving: { readonly code: StorageErrorCode; readonly detail?: string };
  // ---- refusals of a value (bad-argument) ----
  noMinerLive: Record<never, never>;
  tooHardToSimulate: { readonly hashes: bigint };
  noMinerToMine: Record<never, never>;
  maxTxs: Record<never, never>;
  hashShare: { readonly max: number };
  hashPowerShare: Record<never, never>;
  workers: { readonly min: number; readonly max: number };
  gpuOff: Record<never, never>;
  fastForwardBlocks: { readonly max: number };
  seedEmpty: Record<never, never>;
  walletSeedEmpty: Record<never, never>;
  walletExists: Record<never, never>;
  labelTooLong: { readonly max: number };
  labelLength: { readonly max: number };
  lastNode: Record<never, never>;
  ownPeer: Record<never, never>;
  delayRange: { readonly what: 'latency' | 'jitter'; readonly max: number };
  lossRange: Record<never, never>;
  noPeers: { readonly node: string };
  noScore: { readonly node: string; readonly peer: string };
  bitsNot32: Record<never, never>;
  bitsNegative: { readonly bits: string };
  bitsOverflow: { readonly bits: string };
  targetTooEasy: { readonly limit: string };
  rewardRange: { readonly max: number };
  /** min, max and got as written in the chain's terms (hex for bits). */
  paramRange: { readonly name: string; readonly min: string; readonly max: string; readonly got: string };
  newChainOverrides: Record<never, never>;
  genesisTooEasy: { readonly bits: string; readonly limit: string };
  genesisTooHard: { readonly bits: string; readonly hashes: bigint; readonly hardest: string; readonly maxHashes: bigint };
  // ---- why a fast-forward run stopped early ----
  runStoppedByYou: Record<never, never>;
  runNetworkReplaced: Record<never, never>;
  runReadOnly: Record<never, never>;
  runProofNotFound: Record<never, never>;
  runNoBlockFound: Record<never, never>;
  // ---- a refused partition; an experiment that failed ----
  partitionShape: Record<never, never>;
  partitionNodeTwice: { readonly node: string };
  /** `label`: the run's settings as the lab's progress names them ("q 0.1, z 6"); `problem`: the error from the lab's code. */
  labRunFailed: { readonly label: string; readonly problem: string };
  attackStopped: { readonly problem: string };
}

export type AppSentenceKey = keyof AppSentenceParams;

/** A sentence the app says: its key and values (the page words it in its language). */
export interface AppSentence<K extends AppSentenceKey = AppSentenceKey> {
  readonly key: K;
  readonly params: AppSentenceParams[K];
}

export type AppSentenceWords = { readonly [K in AppSentenceKey]: (p: AppSentenceParams[K]) => string };

const n = (v: number | bigint) => v.toLocaleString('en-US');
/** A problem said inside a sentence ends with a full stop (once). */
const closed = (problem: string) => (/[.!?]$/.test(problem) ? problem : `${problem}.`);

/** English: what window.pocket and the console say. */
export const APP_SENTENCES: AppSentenceWords = {
  writerNow: () => 'This tab can make changes now (the other tab was closed).',
  blocksUnreadable: (p) => `Reading the stored blocks failed: ${p.problem}. Blocks not read yet cannot be shown or sent to peers.`,
  savingFailed: (p) => `Saving failed: ${p.problem}`,
  progressUnreadable: (p) => `Your lesson progress could not be read (${p.problem}); the lessons start afresh.`,
  progressUnsaved: (p) => `Your lesson progress could not be saved: ${p.problem}`,
  minersOff: () => 'Simulated miners were switched off. No node has a miner: give a node a miner (below) first; only nodes with a miner find blocks.',
  enginesUnmeasured: (p) => `The mining engines could not be measured (${p.problem}); mining goes on with ${p.engine ?? 'the default engine'}.`,
  imported: (p) => `Imported ${p.nodes} nodes and ${p.blocks} blocks.`,
  nodeRebuilt: (p) => `Node ${p.node} was rebuilt from ${p.blocks} stored blocks (height ${p.height}).`,
  demoFileRefused: (p) => `The demo file built with the page was refused: ${closed(p.problem)} The demo is mined here instead.`,
  demoFileUnreadable: (p) => `The demo file built with the page could not be read: ${closed(p.problem)} The demo is mined here instead.`,
  browserDeletedData: (p) => `The browser found its saved copy of Pocket Chain damaged and deleted it (it said: ${p.problem}). What was saved is gone; Pocket Chain starts again from the demo.`,
  storageSaving: () => SAVING_SENTENCE,
  storageNotSaving: (p) => notSavingSentence(p.code, p.detail),
  noMinerLive: () => 'No node has a miner: give a node a miner (below) first; only nodes with a miner find blocks.',
  tooHardToSimulate: (p) =>
    `At this difficulty each block needs about ${n(p.hashes)} hashes: mine with the workers in the Mining panel, or create a Simulation chain in Settings to fast-forward.`,
  noMinerToMine: () => 'No node has a miner: give a node a reward address and a share first.',
  maxTxs: () => 'The number of transactions must be a whole number, 0 or more.',
  hashShare: (p) => `The hash share must be a number above 0 and at most ${n(p.max)}.`,
  hashPowerShare: () => 'The hash-power share must be more than zero.',
  workers: (p) => `Workers must be a whole number from ${n(p.min)} to ${n(p.max)}.`,
  gpuOff: () => 'The GPU is turned off: turn it on before choosing it.',
  fastForwardBlocks: (p) => `The number of blocks must be a whole number from 1 to ${p.max}.`,
  seedEmpty: () => 'The seed must be a non-empty text or a finite number, not empty text.',
  walletSeedEmpty: () => 'Enter a seed, or leave it out for a fresh random key.',
  walletExists: () => 'That wallet is already here.',
  labelTooLong: (p) => `A label is at most ${n(p.max)} characters.`,
  labelLength: (p) => `A label is 1 to ${n(p.max)} characters.`,
  lastNode: () => 'The last node cannot be removed.',
  ownPeer: () => 'A node cannot be its own peer.',
  delayRange: (p) => `${p.what === 'latency' ? 'Latency' : 'Jitter'} must be from 0 to ${n(p.max)} ms.`,
  lossRange: () => 'Loss must be at least 0 and below 1.',
  noPeers: (p) => `${p.node} has no peers to send the block to.`,
  noScore: (p) => `${p.node} holds no score against "${p.peer}".`,
  bitsNot32: () => 'bits must be a 32-bit compact target such as 0x1f00ffff.',
  bitsNegative: (p) => `bits ${p.bits} encode a negative target.`,
  bitsOverflow: (p) => `bits ${p.bits} encode a target above 2^256.`,
  targetTooEasy: (p) => `That target is zero or easier than the chain's limit (${p.limit}).`,
  rewardRange: (p) => `The reward must be a whole number of units from 0 to ${p.max} coins.`,
  paramRange: (p) => `Consensus parameters: ${p.name} must be an integer from ${p.min} to ${p.max}, got ${p.got}.`,
  newChainOverrides: () => 'A new chain starts without difficulty or reward overrides.',
  genesisTooEasy: (p) => `The genesis difficulty ${p.bits} is easier than the proof-of-work limit ${p.limit}.`,
  genesisTooHard: (p) =>
    `The genesis difficulty ${p.bits} needs about ${n(p.hashes)} hashes per block: building the chain's history would take far too long in a browser. ` +
    `Use ${p.hardest} or an easier target (at most about ${n(p.maxHashes)} hashes per block).`,
  runStoppedByYou: () => 'You stopped it.',
  runNetworkReplaced: () => 'The network was replaced (reset or import).',
  runReadOnly: () => 'This tab can no longer make changes.',
  runProofNotFound: () => "The workers stopped before the block's proof was found.",
  runNoBlockFound: () => 'No block was found: no node has a miner.',
  partitionShape: () => 'groups must be a non-empty list of lists of node ids.',
  partitionNodeTwice: (p) => `Node ${p.node} is in more than one group.`,
  labRunFailed: (p) => `The run (${p.label}) failed: ${p.problem}.`,
  attackStopped: (p) => `The attack stopped: ${p.problem}.`,
};

/** A sentence as a value: `said('imported', { nodes: 3, blocks: 40 })`. */
export function said<K extends AppSentenceKey>(key: K, ...params: Record<never, never> extends AppSentenceParams[K] ? [] | [AppSentenceParams[K]] : [AppSentenceParams[K]]): AppSentence<K> {
  return { key, params: (params[0] ?? {}) as AppSentenceParams[K] };
}

/** The sentence in English (the API's words). */
export function inEnglish(s: AppSentence): string {
  return (APP_SENTENCES[s.key] as (p: object) => string)(s.params);
}

/** The storage status as a sentence: saving, or why not (the status's own English `message` says the same). */
export function storageSentence(s: { readonly persistent: boolean; readonly code: 'ok' | StorageErrorCode; readonly detail?: string }): AppSentence {
  return s.persistent || s.code === 'ok' ? said('storageSaving') : said('storageNotSaving', { code: s.code, ...(s.detail ? { detail: s.detail } : {}) });
}
