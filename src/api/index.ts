/**
 * Pocket Chain's public contract: what the devtools console, Playwright and
 * the page's own views rely on. Everything here is a thin layer over the
 * running app (src/app); nothing here keeps state.
 *
 *   types.ts       the API's JSON shapes and the PocketApi interface
 *   pocket-api.ts  createPocketApi: PocketApi as a mapping over the app's services
 *   window-api.ts  createWindowPocket: window.pocket (the API + teaching helpers)
 *   lazy-window-pocket.ts  what the page sets as window.pocket: loads window-api with the first call
 *   json.ts        core objects -> the API's JSON shapes (blocks, transactions, pool, coins)
 *   app-json.ts    the app's state -> the API's JSON shapes (nodes, mining figures, wallets)
 *   tools.ts       stateless tools: inspectHeader, merkleRoot, checkProof
 *   PocketError    what every call rejects with (defined where the app refuses: app/errors.ts)
 */
export * from './types';
export { createPocketApi } from './pocket-api';
export { miningStats, nodeInfo, walletInfo } from './app-json';
export { createWindowPocket, type WindowPocket } from './window-api';
export { lazyWindowPocket } from './lazy-window-pocket';
export { blockToJson, poolEntryToJson, txToJson, utxoToJson, type CoinLookup } from './json';
export { checkProof, inspectHeader, merkleRoot } from './tools';
export { PocketError, toPocketError, type ApiErrorCode } from '../app/errors';
