/**
 * What a node does with misbehaviour (Core's Misbehaving and its ban list): it
 * adds the offence's points to the sender's score and logs it; at the threshold
 * it disconnects the peer, ignores it until the ban ends (a timer), then
 * reconnects. A ban can also be lifted by hand, as Core's `setban <ip> remove`.
 * The points per offence are in misbehavior.ts.
 */
import { MisbehaviorScores, formatDuration, type PeerScore } from './misbehavior';
import type { ProtocolNode } from './protocol-node';

export interface PeerBansDeps {
  readonly node: ProtocolNode;
  /** Forgets the peer's downloads and announcements (the connection closed). */
  readonly disconnect: (peer: string) => void;
  /** Opens the connection again (getheaders, the pool's announcements). */
  readonly reconnect: (peer: string) => void;
}

export class PeerBans {
  private readonly scores = new MisbehaviorScores();

  constructor(private readonly d: PeerBansDeps) {}

  private get host() {
    return this.d.node.host;
  }

  /** Adds points to a peer; at the threshold it is disconnected and banned. */
  penalize(peer: string, points: number, why: string): void {
    if (points <= 0) return;
    const { misbehaviorThreshold: threshold, banMs } = this.host.limits;
    const crossed = this.scores.add(peer, points, why, threshold);
    const score = this.scores.scoreOf(peer);
    this.d.node.addLog('warn', 'misbehavior', `${peer} misbehaved (+${points}, score ${score} of ${threshold}): ${why}`, { peer });
    if (!crossed) return;
    this.scores.ban(peer, this.host.now() + banMs);
    this.d.node.addLog('warn', 'misbehavior', `disconnected and banned ${peer} for ${formatDuration(banMs)}: misbehaviour score ${score}`, { peer });
    this.d.disconnect(peer);
    this.host.setTimer(this.d.node.id, banMs, { type: 'unban', peer });
  }

  /** True while `peer` is banned: nothing is sent to it and what it sends is ignored. */
  isBanned(peer: string): boolean {
    return this.scores.isBanned(peer, this.host.now());
  }

  /** Peers with misbehaviour points, in peer order. */
  list(): PeerScore[] {
    return this.scores.list();
  }

  /**
   * Forgets a peer's score and ban now: a teacher who showed a dishonest node
   * wants the network whole again. False when the peer had no score.
   */
  lift(peer: string): boolean {
    if (!this.scores.list().some((p) => p.peer === peer)) return false;
    const wasBanned = this.isBanned(peer);
    this.scores.unban(peer);
    this.d.node.addLog('info', 'misbehavior', wasBanned ? `ban of ${peer} lifted by hand` : `score of ${peer} cleared by hand`, { peer });
    if (wasBanned) this.reconnectIfReachable(peer);
    return true;
  }

  /** The ban's timer fired. */
  ended(peer: string): void {
    // Banned again since (a later timer ends that ban), or lifted by hand already.
    if (this.isBanned(peer) || this.scores.bannedUntil(peer) === null) return;
    this.scores.unban(peer);
    this.d.node.addLog('info', 'misbehavior', `ban of ${peer} ended`, { peer });
    this.reconnectIfReachable(peer);
  }

  private reconnectIfReachable(peer: string): void {
    if (this.d.node.peerList().includes(peer) && this.host.canReach(this.d.node.id, peer)) this.d.reconnect(peer);
  }
}
