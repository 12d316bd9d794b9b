/**
 * Wallets and pool, for the Wallets and Mempool panels.
 *
 *   wallet-funds        a wallet's coins and balance split on one node (locked, immature, pending)
 *   send-validation     the send form's checks: one problem per field, system errors mapped to fields
 *   pool-view           pool rows: parents, children, cross-node conflicts, totals
 *   pool-departures     why transactions left a pool (ui/state records them)
 *   clipboard, format   copying with a fallback; amounts, short hashes, names
 *   WalletCard, CoinTable, CopyButton, CreateWalletForm, SendForm, PoolTable   the components
 */
export { default as WalletCard } from './WalletCard.svelte';
export { default as CoinTable } from './CoinTable.svelte';
export { default as CopyButton } from './CopyButton.svelte';
export { default as CreateWalletForm } from './CreateWalletForm.svelte';
export { default as SendForm } from './SendForm.svelte';
export { default as PoolTable } from './PoolTable.svelte';
export * from './wallet-funds';
export * from './send-validation';
export * from './pool-view';
export * from './pool-departures';
export * from './clipboard';
export * from './format';
