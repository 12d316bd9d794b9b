/**
 * Block and transaction hex with random mutations (fast-check, fixed seed;
 * FAST_CHECK_RUNS for more), through the two doors a block can come in by: a local
 * submission and a peer's message. Each mutant is refused with a reason code and
 * changes nothing, or it decodes to the very block (or transaction) it came from;
 * nothing throws. One kind of mutant is a block in its own right: a changed version,
 * time or nonce over the same transactions, whose hash may still meet the (easy,
 * regtest) target. Such a block is either refused with a code, or accepted whole as
 * the node's new tip, as Core would; never half of either. (Found with
 * FAST_CHECK_RUNS=400: a version byte of 2 gave a valid block.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValidationError, blockFromHex, blockToHex, hashOfBlock, parseTx, serializeTx, bytesToHex, hexToBytes, txid, type Block } from '../core/index';
import { propertyRuns } from '../core/testing';
import { injectBlock, injectTransaction } from './injection';
import { fingerprint, lineNetwork, payment } from './testing';

const hexMutation = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);

function mutateHex(hex: string, m: typeof hexMutation extends fc.Arbitrary<infer T> ? T : never): string {
  const bytes = [...hexToBytes(hex)];
  const at = m.at % bytes.length;
  if (m.kind === 'byte') bytes[at] = m.value;
  else if (m.kind === 'truncate') bytes.length = at;
  else bytes.splice(at, 0, m.value);
  return bytesToHex(Uint8Array.from(bytes));
}

/** Same transactions, parent, Merkle root and bits: only the version, time or nonce differ, so it may be a valid block itself. */
function onlyMinedFieldsDiffer(a: Block, b: Block): boolean {
  const same = (x: Block) => JSON.stringify([x.header.prevHash, x.header.merkleRoot, x.header.bits, x.txs.map((t) => bytesToHex(serializeTx(t, true)))]);
  return same(a) === same(b);
}

function setup() {
  const { net, w } = lineNetwork(['bad', 'h1', 'h2'], { seed: 'hex-fuzz', mining: false });
  net.mine('h1', { minerAddress: w[0]!.address });
  net.mine('h1', { minerAddress: w[0]!.address });
  net.runUntilIdle();
  const tx = payment(net.node('h1'), w[0]!, w[1]!, 1);
  const block = net.node('bad').findBlock({ minerAddress: w[1]!.address }).block;
  return { net, tx, block };
}

describe('block and transaction hex under random mutation (fuzz)', () => {
  it('a mutated block is refused with a code and changes nothing, or is the original block', () => {
    const { block } = setup();
    const good = blockToHex(block);
    fc.assert(
      fc.property(hexMutation, fc.boolean(), (m, viaPeer) => {
        const { net } = setup();
        const h1 = net.node('h1');
        const before = fingerprint(h1);
        let decoded: Block;
        try {
          decoded = blockFromHex(mutateHex(good, m));
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
          expect((e as ValidationError).code).toBe('bad-encoding');
          return;
        }
        const same = blockToHex(decoded) === good;
        const maybeValid = !same && onlyMinedFieldsDiffer(decoded, block);
        if (viaPeer) {
          injectBlock(net, 'bad', decoded, ['h1']);
          net.runUntilIdle();
          if (same) expect(h1.tip.hash).toBe(hashOfBlock(block));
          else if (maybeValid && h1.tip.hash === hashOfBlock(decoded)) expect(h1.height).toBe(before.height + 1);
          else expect(fingerprint(h1)).toEqual(before);
        } else {
          const r = net.submitBlock('h1', decoded);
          if (same) expect(r.accepted).toBe(true);
          else if (maybeValid && r.accepted) expect(h1.tip.hash).toBe(hashOfBlock(decoded));
          else {
            expect(r.accepted).toBe(false);
            expect(r.code, 'a mutant names its reason').toMatch(/^[a-z-]+$/);
            if (r.status !== 'orphan') expect(fingerprint(h1)).toEqual(before);
          }
        }
      }),
      propertyRuns(40),
    );
  }, 600_000);

  it('a mutated transaction is refused with a code and changes nothing, or is the original transaction', () => {
    const { tx } = setup();
    const good = bytesToHex(serializeTx(tx, true));
    fc.assert(
      fc.property(hexMutation, (m) => {
        const { net } = setup();
        const h1 = net.node('h1');
        const before = fingerprint(h1);
        let decoded;
        try {
          decoded = parseTx(hexToBytes(mutateHex(good, m)));
        } catch (e) {
          expect((e as ValidationError).code).toBe('bad-encoding');
          return;
        }
        injectTransaction(net, 'bad', decoded, ['h1']);
        net.runUntilIdle();
        if (bytesToHex(serializeTx(decoded, true)) === good) expect(h1.chain.mempool.has(txid(tx))).toBe(true);
        else if (!h1.chain.mempool.has(txid(decoded))) expect(fingerprint(h1).mempool).toEqual(before.mempool);
      }),
      propertyRuns(40),
    );
  }, 600_000);
});
