/**
 * Network partitions: groups of nodes that can only talk within their group.
 *
 * Semantics (chosen for fidelity to a cut cable): a message between groups is
 * DROPPED, not held. It is checked when sent and again when it would arrive, so
 * a message in flight when the cut happens is lost too. Healing does not replay
 * anything; instead every link that was cut reconnects like a new connection:
 * both ends send getheaders (and announce their pool), so the branches meet by
 * the ordinary protocol and the most-work branch wins everywhere.
 *
 * Nodes not named in any group form one more group together ("the rest"),
 * which is also where a node added during a partition lands.
 */
export class Partition {
  private groupOf = new Map<string, number>();
  private groupsValue: string[][] | null = null;

  get active(): boolean {
    return this.groupsValue !== null;
  }

  /** The groups as given (a copy), or null when the network is whole. */
  groups(): string[][] | null {
    return this.groupsValue ? this.groupsValue.map((g) => [...g]) : null;
  }

  /** Validates and applies; `known` are the node ids that exist. */
  set(groups: readonly (readonly string[])[], known: ReadonlySet<string>): void {
    if (!Array.isArray(groups) || groups.length === 0) throw new TypeError('groups must be a non-empty array of arrays of node ids');
    const seen = new Map<string, number>();
    groups.forEach((group, i) => {
      if (!Array.isArray(group)) throw new TypeError(`groups[${i}] must be an array of node ids`);
      for (const id of group) {
        if (typeof id !== 'string' || !known.has(id)) throw new RangeError(`groups[${i}] names an unknown node ${JSON.stringify(id)}`);
        if (seen.has(id)) throw new RangeError(`node ${id} appears in more than one group`);
        seen.set(id, i);
      }
    });
    this.groupOf = seen;
    this.groupsValue = groups.map((g) => [...g]);
  }

  clear(): void {
    this.groupOf = new Map();
    this.groupsValue = null;
  }

  /** Whether a message can pass between a and b right now. */
  canReach(a: string, b: string): boolean {
    if (!this.groupsValue) return true;
    return (this.groupOf.get(a) ?? -1) === (this.groupOf.get(b) ?? -1);
  }

  forgetNode(id: string): void {
    if (!this.groupsValue) return;
    this.groupOf.delete(id);
    this.groupsValue = this.groupsValue.map((g) => g.filter((x) => x !== id));
  }
}
