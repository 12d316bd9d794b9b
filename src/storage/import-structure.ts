/**
 * First stage of an import: the JSON and its shape. Every field is checked
 * for presence, type and form (hashes, hex, integers) before any hashing or
 * replay, so a malformed file is named precisely and cheaply. Throws an
 * ImportError for the first problem; returns the file typed.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, ImportError, type ExportFile } from './export-format';

type Obj = Record<string, unknown>;

const HASH_RE = /^[0-9a-f]{64}$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const OUTPOINT_RE = /^[0-9a-f]{64}:\d{1,10}$/;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function field(o: Obj, key: string, path: string): unknown {
  if (!(key in o) || o[key] === undefined) throw new ImportError('missing-field', `"${key}" is missing.`, { path });
  return o[key];
}

function expectType(v: unknown, kind: 'string' | 'number' | 'boolean' | 'object' | 'array', path: string): void {
  const ok = kind === 'array' ? Array.isArray(v) : kind === 'object' ? isObj(v) : typeof v === kind;
  if (!ok) throw new ImportError('bad-field', `expected ${kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`}, got ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}.`, { path });
}

function str(o: Obj, key: string, path: string): string {
  const v = field(o, key, path);
  expectType(v, 'string', `${path}.${key}`);
  return v as string;
}

function arr(o: Obj, key: string, path: string): unknown[] {
  const v = field(o, key, path);
  expectType(v, 'array', `${path}.${key}`);
  return v as unknown[];
}

function obj(v: unknown, path: string): Obj {
  expectType(v, 'object', path);
  return v as Obj;
}

function int(o: Obj, key: string, path: string): number {
  const v = field(o, key, path);
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new ImportError('bad-field', `expected a whole number >= 0, got ${JSON.stringify(v)}.`, { path: `${path}.${key}` });
  return v;
}

function hash(o: Obj, key: string, path: string): string {
  const v = str(o, key, path);
  if (!HASH_RE.test(v)) throw new ImportError('bad-field', `expected a 64-digit lower-case hex hash, got "${v.slice(0, 80)}".`, { path: `${path}.${key}` });
  return v;
}

function hexField(o: Obj, key: string, path: string): string {
  const v = str(o, key, path);
  if (!HEX_RE.test(v)) {
    const at = [...v].findIndex((c) => !/[0-9a-fA-F]/.test(c));
    const what = at >= 0 ? `character ${JSON.stringify(v[at])} at position ${at} is not hex` : 'it has an odd number of digits';
    throw new ImportError('bad-hex', `${what}.`, { path: `${path}.${key}` });
  }
  return v;
}

function hashList(o: Obj, key: string, path: string): string[] {
  return arr(o, key, path).map((h, i) => {
    if (typeof h !== 'string' || !HASH_RE.test(h)) throw new ImportError('bad-field', `expected a block hash, got ${JSON.stringify(h)?.slice(0, 80)}.`, { path: `${path}.${key}[${i}]` });
    return h;
  });
}

/** Parses (if text) and checks the whole shape of an export file. */
/**
 * Refuses a key the format does not have. A file is written by export.ts, so an
 * unknown key is damage or a hand edit, and ignoring it can change the meaning: a
 * misspelt "wallets" would import as a file without wallets, a misspelt "seed" as a
 * wallet with none. (Found by the import fuzz with FAST_CHECK_RUNS=1000.)
 */
function onlyKeys(o: Obj, known: readonly string[], path: string): void {
  for (const key of Object.keys(o)) {
    if (!known.includes(key)) throw new ImportError('bad-field', `${JSON.stringify(key.slice(0, 40))} is not a field of the format (expected: ${known.join(', ')}).`, { path: path === '$' ? key : `${path}.${key}` });
  }
}

const FILE_KEYS = ['format', 'version', 'exportedAt', 'params', 'genesis', 'blocks', 'nodes', 'network', 'settings', 'containsPrivateKeys', 'warning', 'wallets'];
const BLOCK_KEYS = ['hash', 'hex'];
const NODE_KEYS = ['id', 'tip', 'blocks', 'orphans', 'utxos', 'mempool'];
const COIN_KEYS = ['outpoint', 'amount', 'address', 'height', 'coinbase'];
const POOL_KEYS = ['txid', 'hex', 'time'];
const WALLET_KEYS = ['label', 'address', 'publicKey', 'privateKey', 'seed', 'seedIndex'];

export function checkStructure(input: unknown): ExportFile {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      throw new ImportError('not-json', (e as Error).message);
    }
  }
  if (!isObj(data)) throw new ImportError('wrong-format', 'the file does not hold a JSON object.');
  if (data.format !== EXPORT_FORMAT) throw new ImportError('wrong-format', `its format tag is ${JSON.stringify(data.format) ?? 'missing'}, expected "${EXPORT_FORMAT}".`, { path: 'format' });
  if (data.version !== EXPORT_VERSION) {
    const newer = typeof data.version === 'number' && data.version > EXPORT_VERSION;
    throw new ImportError('unsupported-version', `version ${JSON.stringify(data.version)}${newer ? ' comes from a newer Pocket Chain' : ''}; this app reads version ${EXPORT_VERSION}.`, { path: 'version' });
  }
  const root = '$';
  onlyKeys(data, FILE_KEYS, root);
  str(data, 'exportedAt', root);
  obj(field(data, 'params', root), 'params');
  hash(data, 'genesis', root);

  arr(data, 'blocks', root).forEach((b, i) => {
    const p = `blocks[${i}]`;
    const o = obj(b, p);
    onlyKeys(o, BLOCK_KEYS, p);
    hash(o, 'hash', p);
    hexField(o, 'hex', p);
  });

  const nodes = arr(data, 'nodes', root);
  if (nodes.length === 0) throw new ImportError('bad-field', 'the file must hold at least one node.', { path: 'nodes' });
  nodes.forEach((n, i) => {
    const p = `nodes[${i}]`;
    const o = obj(n, p);
    onlyKeys(o, NODE_KEYS, p);
    const id = str(o, 'id', p);
    if (id.trim().length === 0 || id.length > 200) throw new ImportError('bad-field', 'a node id must have 1 to 200 characters, not only spaces.', { path: `${p}.id` });
    hash(o, 'tip', p);
    if (hashList(o, 'blocks', p).length === 0) throw new ImportError('bad-field', 'a node holds at least its genesis block.', { path: `${p}.blocks` });
    hashList(o, 'orphans', p);
    arr(o, 'utxos', p).forEach((c, j) => {
      const q = `${p}.utxos[${j}]`;
      const co = obj(c, q);
      onlyKeys(co, COIN_KEYS, q);
      const op = str(co, 'outpoint', q);
      if (!OUTPOINT_RE.test(op)) throw new ImportError('bad-field', `expected "txid:vout", got "${op.slice(0, 80)}".`, { path: `${q}.outpoint` });
      int(co, 'amount', q);
      str(co, 'address', q);
      int(co, 'height', q);
      expectType(field(co, 'coinbase', q), 'boolean', `${q}.coinbase`);
    });
    arr(o, 'mempool', p).forEach((t, j) => {
      const q = `${p}.mempool[${j}]`;
      const to = obj(t, q);
      onlyKeys(to, POOL_KEYS, q);
      hash(to, 'txid', q);
      hexField(to, 'hex', q);
      int(to, 'time', q);
    });
  });

  field(data, 'network', root);
  obj(field(data, 'settings', root), 'settings');
  expectType(field(data, 'containsPrivateKeys', root), 'boolean', 'containsPrivateKeys');
  if (data.containsPrivateKeys === true && data.wallets === undefined) {
    throw new ImportError('bad-field', 'the file says it contains private keys but holds no wallets.', { path: 'wallets' });
  }
  if (data.wallets !== undefined) {
    if (data.containsPrivateKeys !== true) throw new ImportError('bad-field', 'the file holds wallets but does not say it contains private keys.', { path: 'containsPrivateKeys' });
    arr(data, 'wallets', root).forEach((w, i) => {
      const p = `wallets[${i}]`;
      const o = obj(w, p);
      onlyKeys(o, WALLET_KEYS, p);
      str(o, 'label', p);
      str(o, 'address', p);
      hexField(o, 'publicKey', p);
      hexField(o, 'privateKey', p);
      if (o.seed !== undefined) {
        str(o, 'seed', p);
        int(o, 'seedIndex', p);
      }
    });
  }
  return data as unknown as ExportFile;
}
