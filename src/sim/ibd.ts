/**
 * Progress of a node's initial block download (a node joining a running
 * network): the target height learnt from headers, log lines every tenth of
 * the way, and a last line when the node has caught up and nothing is left to
 * fetch. While it runs the node does not relay blocks (as Core does not).
 */
import type { ProtocolNode } from './protocol-node';

export class IbdTracker {
  private state: { startedAt: number; startHeight: number; target: number; lastReported: number; done: boolean } | undefined;

  constructor(private readonly node: ProtocolNode) {}

  start(): void {
    const h = this.node.chain.height;
    this.state = { startedAt: this.node.host.now(), startHeight: h, target: 0, lastReported: h, done: false };
  }

  get active(): boolean {
    return this.state !== undefined && !this.state.done;
  }

  /** A headers reply from `peer` reached `height`. */
  headersUpTo(height: number, peer: string): void {
    const s = this.state;
    if (!s || s.done || height <= s.target) return;
    s.target = height;
    this.node.addLog('info', 'ibd', `initial block download: headers from ${peer} up to #${height}, downloading blocks`, { peer });
  }

  /** After a block or a reply; `busy`: downloads still pending. */
  progress(busy: boolean): void {
    const s = this.state;
    if (!s || s.done) return;
    const height = this.node.chain.height;
    if (s.target > 0) {
      const step = Math.max(1, Math.ceil((s.target - s.startHeight) / 10));
      if (height < s.target && height - s.lastReported >= step) {
        s.lastReported = height;
        this.node.addLog('info', 'ibd', `initial block download: height ${height} of ${s.target}`);
      }
    }
    if (busy || height < s.target) return;
    s.done = true;
    const seconds = ((this.node.host.now() - s.startedAt) / 1000).toFixed(1);
    this.node.addLog('info', 'ibd', `initial block download complete: height ${height}, ${height - s.startHeight} blocks in ${seconds} s`);
  }
}
