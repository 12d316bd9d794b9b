/**
 * Everything a start from stored state runs and a first visit does not: the
 * block index's load (load-index.ts, with load-common.ts and the journal's
 * decoding), the nodes started from it and their last blocks checked
 * (start-nodes.ts, with core's verify-recent.ts). One
 * chunk, loaded through stored-start-code.ts: a first visit has nothing
 * stored and never loads it.
 */
export { loadIndex } from './load-index';
export { indexedChain, checkRecentBlocks } from './start-nodes';
