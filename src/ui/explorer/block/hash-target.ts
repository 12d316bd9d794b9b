/**
 * The proof-of-work comparison in words a student can follow: both values as
 * 64 hex digits (a 256-bit number each), how many leading zero digits each has,
 * and the first digit where they differ, which decides "hash <= target"
 * (Bitcoin's CheckProofOfWork: the hash read as a number must not exceed the target).
 */

const HEX64 = /^[0-9a-f]{64}$/;

export interface HashTargetComparison {
  readonly hash: string;
  readonly target: string;
  readonly hashLeadingZeros: number;
  readonly targetLeadingZeros: number;
  /** Index of the first differing hex digit, or -1 when equal. */
  readonly firstDifference: number;
  readonly relation: '<' | '=' | '>';
  /** hash <= target: the proof of work is valid (for a target within the chain's limit). */
  readonly meetsTarget: boolean;
}

export function leadingZeros(hex: string): number {
  const m = /^0*/.exec(hex);
  return m ? m[0].length : 0;
}

export function compareHashToTarget(hash: string, target: string): HashTargetComparison {
  if (typeof hash !== 'string' || !HEX64.test(hash))
    throw new TypeError('hash must be 64 lowercase hex digits');
  if (typeof target !== 'string' || !HEX64.test(target))
    throw new TypeError('target must be 64 lowercase hex digits');
  let first = -1;
  for (let i = 0; i < 64; i++) {
    if (hash[i] !== target[i]) {
      first = i;
      break;
    }
  }
  const relation =
    first < 0 ? '=' : parseInt(hash[first]!, 16) < parseInt(target[first]!, 16) ? '<' : '>';
  const meetsTarget = relation !== '>';
  const hz = leadingZeros(hash);
  const tz = leadingZeros(target);
  return {
    hash,
    target,
    hashLeadingZeros: hz,
    targetLeadingZeros: tz,
    firstDifference: first,
    relation,
    meetsTarget,
  };
}

/** The 64 digits split into groups of 8 for reading, each tagged as leading zero, the deciding digit or other. */
export function hexGroups(
  hex: string,
  firstDifference: number,
): { text: string; kind: 'zero' | 'decide' | 'digit' }[][] {
  const zeros = leadingZeros(hex);
  const groups: { text: string; kind: 'zero' | 'decide' | 'digit' }[][] = [];
  for (let g = 0; g < hex.length; g += 8) {
    const runs: { text: string; kind: 'zero' | 'decide' | 'digit' }[] = [];
    for (let i = g; i < Math.min(g + 8, hex.length); i++) {
      const kind = i < zeros ? 'zero' : i === firstDifference ? 'decide' : 'digit';
      const last = runs[runs.length - 1];
      if (last && last.kind === kind && kind !== 'decide') last.text += hex[i];
      else runs.push({ text: hex[i]!, kind });
    }
    groups.push(runs);
  }
  return groups;
}
