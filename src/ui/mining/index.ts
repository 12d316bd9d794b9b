/**
 * The Mining panel's parts (the panel itself is src/ui/panels/MiningPanel.svelte):
 *
 *   MineControls      one block / continuously / all miners / Stop, reward address, pool transactions
 *   EngineCard        the engine that mines (GPU, WebAssembly SIMD, JavaScript), its rate, the choice
 *   MiningStats       live hash rates, nonces tried, expected time, mode, workers setting
 *   DifficultyCard    next block's bits, target, difficulty, retarget schedule, set difficulty
 *   RewardCard        reward, halving schedule, set reward
 *   FoundBlocks       blocks found here, each opening in the explorer
 *
 * Pure helpers (tested in Node)
 *   nextBlockInfo                       difficulty and reward of the next block, schedules
 *   parseBits, parseExpectedHashes,
 *   parseReward, parseRewardAddress,
 *   parseMaxTxs, parseWorkers           form fields -> value or the message under the field
 *   formatHashRate, formatDuration,
 *   formatHashCount, formatLargeNumber,
 *   bitsHex                             figures in words
 *   watchFoundBlocks                    blocks the page's miners found (ui/state's mining session keeps them)
 *   engineOptions, runningEngineText    the engine card's words
 */
export { default as MineControls } from './MineControls.svelte';
export { default as MiningStats } from './MiningStats.svelte';
export { default as EngineCard } from './EngineCard.svelte';
export { default as DifficultyCard } from './DifficultyCard.svelte';
export { default as RewardCard } from './RewardCard.svelte';
export { default as FoundBlocks } from './FoundBlocks.svelte';
export * from './next-block';
export * from './mining-inputs';
export * from './mining-format';
export * from './found-blocks';
export * from './engine-words';
