/**
 * The "give a node a miner" form of the Network panel: the address its
 * coinbase pays and its share of the hash power (its chance of finding each
 * block of the schedule "All miners mine" and the simulated miners follow).
 * Each field gets its own message; nothing is applied unless both are good.
 */
import { decodeAddress, isValidationError } from '../../core/index';
import { fmt } from '../i18n/index';
import { text } from './text';

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
    errors.address = text.miner.addressEmpty;
  } else {
    try {
      decodeAddress(address, addressVersion);
    } catch (e) {
      errors.address = isValidationError(e) ? text.miner.addressBad(e.code) : text.miner.notAddress;
    }
  }
  const shareText = String(input.share ?? '').trim();
  const share = /^(\d+(\.\d*)?|\.\d+)$/.test(shareText) ? Number(shareText) : Number.NaN;
  if (shareText === '') errors.share = text.miner.shareEmpty;
  else if (Number.isNaN(share)) errors.share = text.miner.shareNumber;
  else if (share <= 0) errors.share = text.miner.shareZero;
  else if (share > MAX_HASH_SHARE) errors.share = text.miner.shareMax(fmt.number(MAX_HASH_SHARE));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { address, hashShare: share } };
}
