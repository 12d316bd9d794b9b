/**
 * Pictures of Pocket Chain (D3 computes, Svelte draws). Import the theme once:
 *   import './ui/viz/viz-theme.css';
 *
 * Components (Svelte 5)
 *   ChainView       one node's block tree: pan/zoom, follow the tip, reorg animation, table
 *   ChainBlock      one block box of it
 *   ReorgBanner     the disconnected and connected blocks of a reorg
 *   ChainTable      the block tree as a table (inside ChainView; its rows, ChainTableRows, load when it opens)
 *   MerkleView      a block's Merkle tree: proof path, verification, tamper, collapse
 *   MerkleProofPanel, MerkleTable   its proof as data and its table
 *   NetworkView     nodes, links, partitions, messages in flight
 *   Charts          block interval, difficulty, hash rate per miner, stale rate
 *   LineChart, BarChart             the single charts
 *   LabPlot         measured points with 95% intervals over theory curves (the lab)
 *
 * Adapters from core objects
 *   chainViewBlocks, reorgDiffFromInfo, merkleViewInput, chartsInputFromChain,
 *   chartBlocks, defaultMinerOf, networkViewNodes, assignBranches
 *   from the simulation (structural, no src/sim import): networkViewFromSim,
 *   tipsOf, minerNamesOf, applyMessageEvent
 *
 * Pure layout functions (tested in Node)
 *   layoutChain, updateChainLayout, chainChange, visibleChainItems, reorgDiff, activePath, reorgTransition,
 *   boxPositionAt, linkAt, activePathAt, layoutMerkle, tamperedTxid,
 *   layoutNetwork, messagesInFlight, blockIntervals, difficultySeries,
 *   hashRateByMiner, staleRate, lineChart, barChart, labPlot, spreadLabels,
 *   sampleCurve, integerCurve
 */
export { default as ChainView } from './ChainView.svelte';
export { default as ChainBlock } from './ChainBlock.svelte';
export { default as ChainTable } from './ChainTable.svelte';
export { default as ReorgBanner } from './ReorgBanner.svelte';
export { default as MerkleView } from './MerkleView.svelte';
export { default as MerkleProofPanel } from './MerkleProofPanel.svelte';
export { default as MerkleTable } from './MerkleTable.svelte';
export { default as NetworkView } from './NetworkView.svelte';
export { default as Charts } from './Charts.svelte';
export { default as LineChart } from './LineChart.svelte';
export { default as BarChart } from './BarChart.svelte';
export { default as LabPlot } from './LabPlot.svelte';

export * from './chain-layout';
export * from './chain-layout-update';
export * from './chain-window';
export * from './reorg-transition';
export * from './merkle-layout';
export * from './merkle-words';
export * from './network-layout';
export * from './network-messages';
export * from './charts-data';
export * from './chart-geometry';
export * from './shapes';
export * from './format';
export * from './adapters';
export * from './network-adapter';
export * from './sim-adapter';
export * from './synthetic';
export { seededRandom } from './seeded-random';
export * from './lab-plot-layout';
export { networkViewBlocks, type NetworkTreeNode } from './network-tree';
