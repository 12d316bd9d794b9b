import { describe, expect, it } from 'vitest';
import { foundBlockAnnouncement, labFinishedAnnouncements, paymentNotSentAnnouncement, paymentRefusedAnnouncement, reorgAnnouncement, type LabCounts } from './announcements';

const none: LabCounts = { race: [], selfish: [], stale: [], majority: [] };

describe('announcements', () => {
  it('a found block names its height, node and transactions, and folds many into one sentence', () => {
    const a = foundBlockAnnouncement(13, 'Node A', 1);
    expect(a.text).toBe('Block 13 found by Node A, 1 transaction.');
    expect(a.many?.(4)).toBe('4 blocks found; the last, block 13, by Node A.');
  });

  it('a reorg says how many blocks moved and the new tip height', () => {
    const a = reorgAnnouncement('Node B', { disconnected: ['x'] as never, connected: ['y', 'z'] as never, forkHeight: 10 });
    expect(a.text).toBe('Reorg on Node B: 1 block disconnected, 2 connected; new tip at height 12.');
  });

  it('a refused payment names its reason code', () => {
    expect(paymentRefusedAnnouncement('insufficient-funds', 'Not enough coins.').text).toBe('Payment refused (insufficient-funds): Not enough coins.');
  });

  it('a payment the form refuses lists what is wrong', () => {
    expect(paymentNotSentAnnouncement(['Enter an amount.', 'The fee cannot be negative.']).text).toBe('Payment not sent: Enter an amount. The fee cannot be negative.');
  });

  it('announces each experiment that gained a result, with its outcome', () => {
    const next: LabCounts = {
      race: [{ q: 0.3, z: 1, successRate: 0.3125 }],
      selfish: [{ alpha: 0.35, gamma: 0.5, relativeRevenue: 0.4 }],
      stale: [1, 2, 3],
      majority: [{ reorgDepth: 2, reversedPayments: [{}] }],
    };
    expect(labFinishedAnnouncements(none, next).map((a) => a.text)).toEqual([
      'Double-spend race finished: q 0.3, z 1, the attack succeeded in 31.3%.',
      'Selfish mining finished: α 0.35, γ 0.5, the pool got 40% of the blocks.',
      'Stale-rate sweep finished: 3 points measured.',
      '51% attack finished: a reorg 2 blocks deep, 1 payment reversed.',
    ]);
  });

  it('says nothing when results are unchanged or cleared', () => {
    const some: LabCounts = { ...none, race: [{ q: 0.1, z: 2, successRate: 0 }] };
    expect(labFinishedAnnouncements(some, some)).toEqual([]);
    expect(labFinishedAnnouncements(some, none)).toEqual([]);
  });

  it('announces a first result on a new chain even when the old one kept more', () => {
    const old: LabCounts = { ...none, race: [{ q: 0.1, z: 2, successRate: 0 }, { q: 0.2, z: 2, successRate: 0.1 }] };
    const fresh: LabCounts = { ...none, race: [{ q: 0.25, z: 3, successRate: 0.05 }] };
    expect(labFinishedAnnouncements(old, fresh).map((a) => a.text)).toEqual(['Double-spend race finished: q 0.25, z 3, the attack succeeded in 5%.']);
  });
});
