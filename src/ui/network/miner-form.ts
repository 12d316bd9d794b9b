/**
 * The "give a node a miner" form of the Network panel: the address its
 * coinbase pays and its share of the hash power (its chance of finding each
 * block of the schedule "All miners mine" and the simulated miners follow).
 * Each field gets its own message; nothing is applied unless both are good.
 */
import { decodeAddress, isValidationError } from '../../core/index';

export interface MinerFormInput {
  readonly address: string;
  readonly share: string;
}

export type MinerFormErrors = Partial<Record<keyof MinerFormInput, string>>;

export type MinerFormResult =
  | { readonly ok: true; readonly value: { readonly address: string; readonly hashShare: number } }
  | { readonly ok: false; readonly errors: MinerFormErrors };

/** Largest share accepted (the mining service's setMiner limit). */
export const MAX_HASH_SHARE = 100;

export function parseMinerForm(input: MinerFormInput, addressVersion: number): MinerFormResult {
  if (!input || typeof input !== 'object') throw new TypeError('input must be { address, share }');
  if (!Number.isInteger(addressVersion) || addressVersion < 0 || addressVersion > 255)
    throw new RangeError('addressVersion must be a byte');
  const errors: MinerFormErrors = {};
  const address = String(input.address ?? '').trim();
  if (address === '') {
    errors.address = 'Choose the wallet (or type the address) the rewards go to.';
  } else {
    try {
      decodeAddress(address, addressVersion);
    } catch (e) {
      errors.address = isValidationError(e)
        ? `Not a valid address: ${e.message} [${e.code}].`
        : 'Not a valid address.';
    }
  }
  const shareText = String(input.share ?? '').trim();
  const share = /^(\d+(\.\d*)?|\.\d+)$/.test(shareText) ? Number(shareText) : Number.NaN;
  if (shareText === '') errors.share = 'Enter the hash share, like 0.25.';
  else if (Number.isNaN(share))
    errors.share = 'The hash share must be a plain positive number, like 0.25.';
  else if (share <= 0) errors.share = 'The hash share must be above 0 (remove the miner instead).';
  else if (share > MAX_HASH_SHARE)
    errors.share = `The hash share can be at most ${MAX_HASH_SHARE}.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { address, hashShare: share } };
}
