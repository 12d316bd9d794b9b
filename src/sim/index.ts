/**
 * The simulated network (depends on src/core only):
 *
 *   Network               nodes, peers, links, partitions, the virtual clock, simulated mining,
 *                         the original API (registerPeers, resolveConflicts, getChain, mine),
 *                         submitTransaction / submitBlock, config() / Network.restore
 *   SimNode               one node: its Blockchain, peers, miner, log, counters, blockTemplate()
 *   SimController         play / pause / speed (x1, x10, x100) driven by the app's timer
 *   createDemoNetwork     the seeded demo: 4 nodes, 6 wallets, ~12 blocks, a few pending payments
 *                         (not exported here: only the tasks worker and the build mine it, and what
 *                         this barrel exports is loaded with every page; import scenarios/demo.ts)
 *   craftInvalidBlock,
 *   craftInvalidTransaction, forgeBlock
 *                         bad peers: blocks and transactions breaking one rule each
 *   injectMessage, injectBlock,
 *   injectTransaction, serveCraftedChain
 *                         a bad peer sending them (injection.ts)
 *   SeededRng             sfc32 seeded from a string, serialisable state
 *   stale-theory          the analytic stale rate checked by `npm run sim:check` and the lab (not exported
 *                         here: only the lab's runs use it, and a value exported here would be in every first load)
 *   events                SimEventMap: chain-delta, tip-changed, template-changed, block-found,
 *                         message, log, topology
 */
export { Network } from './network';
export type { NetworkOptions, MinedResult, ChainView, StepInfo, StoredChain } from './network-types';
export type { AddNodeOptions } from './topology';
export { SimNode, chainWorkOf, type MinerConfig, type TemplateRequest, type NodeCounters } from './sim-node';
export { SimController } from './controller';
export { SeededRng, type RngState } from './rng';
export { DEFAULT_LINK, type LinkSettings } from './links';
export type { BlockRelay } from './node-host';
export { MAX_HEADERS, MAX_BLOCKS_IN_FLIGHT_PER_PEER, type Envelope, type Message, type InvItem, type MessageType } from './messages';
export type {
  SimEventMap, ChainDeltaEvent, TipChangedEvent, TemplateChangedEvent, BlockFoundEvent, MessageEvent, NodeLogEntry,
  LogKind, LogLevel, DropReason, TopologyEvent, DeltaCause, ProofNeededEvent,
} from './events';
export type { OutsideProof, ProofRequest } from './outside-proof';
export type { ResolveReport, PeerChainReport, PeerChainOutcome } from './resolve-conflicts';
export type { NetworkStatsSnapshot, NodeStats, BlockPropagation } from './stats';
export { DEFAULT_LIMITS, validateLimits, type NodeLimits } from './limits';
export { PENALTY, type PeerScore } from './misbehavior';
export { NETWORK_CONFIG_VERSION, validateNetworkConfig, type NetworkConfig, type NodeConfig } from './network-config';
export { injectMessage, injectBlock, injectTransaction, serveCraftedChain } from './injection';
export { craftInvalidBlock, craftInvalidTransaction, type InvalidBlockKind, type InvalidTxKind, type Crafted } from './bad-peer';
export { forgeBlock, linkOf, type ForgedLink, type ForgeOptions } from './forge';
export { demoWalletSeed } from './scenarios/demo-wallet-seed';
export type { StaleCycle, StaleEstimate } from './stale-theory';
