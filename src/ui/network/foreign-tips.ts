/**
 * Tips of other nodes that the shown node has never received: the far side
 * of a fork it cannot draw (during a partition, or before a block arrives).
 * The Chain panel names them under the block tree, so a fork shows on every
 * side, not only on the node that ends up holding both branches.
 */
export interface TipHolder {
  readonly id: string;
  readonly label: string;
  readonly height: number;
  readonly tip: string;
}

export interface ForeignTip {
  readonly tip: string;
  readonly height: number;
  /** The nodes on that tip, in node order. */
  readonly labels: string[];
}

/** Other nodes' tips that `knows` does not hold, grouped by tip, highest first. */
export function foreignTips(
  knows: (hash: string) => boolean,
  nodes: readonly TipHolder[],
  selfId: string,
): ForeignTip[] {
  if (typeof knows !== 'function')
    throw new TypeError('knows must be a function (hash) => boolean');
  if (!Array.isArray(nodes))
    throw new TypeError('nodes must be an array of { id, label, height, tip }');
  const byTip = new Map<string, ForeignTip>();
  for (const n of nodes) {
    if (n.id === selfId || knows(n.tip)) continue;
    const t = byTip.get(n.tip);
    if (t) t.labels.push(n.label);
    else byTip.set(n.tip, { tip: n.tip, height: n.height, labels: [n.label] });
  }
  return [...byTip.values()].sort((a, b) => b.height - a.height || a.tip.localeCompare(b.tip));
}
