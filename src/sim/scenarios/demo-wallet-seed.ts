/**
 * The seed the demo's wallets derive from, apart from the demo's scenario
 * (demo.ts): the page tells the demo's wallets from its own with it, and
 * needs none of the scenario's code to do so.
 */

/** The seed the demo's wallets derive from (the demo's own seed, tagged). */
export function demoWalletSeed(seed: string): string {
  return `${seed}/demo-wallet`;
}
