/**
 * Core's block locator: the hashes a node sends in getheaders so a peer can
 * find where their chains fork, in one message however long the chains are.
 * The last 10 active blocks, then exponentially sparser, then genesis.
 */
export interface ActiveChainView {
  readonly height: number;
  entryAt(height: number): { readonly hash: string } | undefined;
}

export function blockLocator(chain: ActiveChainView): string[] {
  const out: string[] = [];
  let step = 1;
  for (let h = chain.height; h > 0; h -= step) {
    out.push(chain.entryAt(h)!.hash);
    if (out.length >= 10) step *= 2;
  }
  out.push(chain.entryAt(0)!.hash);
  return out;
}
