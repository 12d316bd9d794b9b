/**
 * The block explorer, placed on the Chain panel for app.selectedBlock:
 *
 *   BlockExplorer     the whole explorer: <BlockExplorer {app} hash={app.selectedBlock} />
 *   BlockFacts, HashVsTarget, ValidityChecks, TxList, TamperSandbox   its parts
 *
 * Pure helpers (tested in Node)
 *   findExplorerBlock, explainBlock, checkState, summarizeReport   a block of a node and its checks
 *   compareHashToTarget, hexGroups, leadingZeros                    "hash < target ✓" in words
 *   tamperBlock, parseTamperValue, changedChecks, submitVerdict,
 *   remineTemplate, isConnectTimeCheck                              the tamper sandbox
 */
export { default as BlockExplorer } from './BlockExplorer.svelte';
export { default as BlockFacts } from './BlockFacts.svelte';
export { default as HashVsTarget } from './HashVsTarget.svelte';
export { default as ValidityChecks } from './ValidityChecks.svelte';
export { default as TxList } from './TxList.svelte';
export { default as TamperSandbox } from './TamperSandbox.svelte';
export * from './explorer-model';
export * from './hash-target';
export * from './tamper';
