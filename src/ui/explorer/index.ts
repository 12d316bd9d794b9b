/**
 * The block explorer, placed on the Chain panel for app.selectedBlock:
 *
 *   BlockExplorer     the whole explorer: <BlockExplorer {app} hash={app.selectedBlock} />
 *   block/            an opened block, loaded with the first one: BlockView and its parts
 *                     (BlockFacts, HashVsTarget, ValidityChecks, TxList, TamperSandbox, TamperActions)
 *
 * Pure helpers (tested in Node)
 *   findExplorerBlock                                               a block of a node (explorer-model)
 *   block/block-checks: explainBlock, checkState, summarizeReport   its checks, loaded with the first block opened
 *   block/hash-target: compareHashToTarget, hexGroups, leadingZeros "hash < target ✓" in words
 *   block/tamper: tamperBlock, parseTamperValue, changedChecks,
 *     submitVerdict, remineTemplate, isConnectTimeCheck            the tamper sandbox
 *   block/check-words: checkLabel, checkDetail, reasonSentence      core's checks and reasons in the page's language
 */
export { default as BlockExplorer } from './BlockExplorer.svelte';
export * from './explorer-model';
