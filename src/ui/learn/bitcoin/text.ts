/** Lesson 11's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'Everything so far runs on the same rules as Bitcoin. Here you check real Bitcoin blocks with the very functions this page’s own nodes use.',
    'A Bitcoin block header is 80 bytes: version, previous block hash, Merkle root, time, bits (the target) and nonce. Its hash is SHA-256 applied twice; it must be at or below the target. Paste a real header and the page recomputes all of it; change a single byte and the proof of work is gone.',
    'The Merkle tool does the same for transactions: give it a block’s transaction ids and it computes the root that block’s header must carry, and it checks proofs that one transaction is in the block.',
  ],
  steps: {
    inspect: { task: 'Inspect a real header: pick one (the genesis block, for example) and read its fields, its hash and its proof of work.', hint: 'Choose a block in “Pick a real header”. The verdict at the bottom says whether its proof of work holds.' },
    'one-byte': { task: 'Change one byte of the header: the proof of work fails, and the page says why.', hint: 'Press “Change one byte”, or edit two hex digits of the header yourself.' },
    'merkle-root': {
      task: 'The box holds block 100000’s four transaction ids and their root matches that block’s header. Change one character, then put it back: watch the root stop matching and match again.',
      hint: 'Change any digit of a txid: the root changes completely and is in no header. Undo the change and the root is block 100000’s again.',
    },
    proof: { task: 'Make a proof for one transaction and check it.', hint: 'Choose a position and press “Make a proof”, then change one character of the branch and watch the check fail.' },
  },
  /** Where the bundled headers come from (src/learn/lessons/bitcoin-headers.ts says it in English for the API). */
  headersSource:
    'Bitcoin mainnet. The genesis block is written into Bitcoin Core (chainparams.cpp); the others are as any full node or block explorer gives them (getblockheader, getblock).',
  inspectorTitle: 'Header inspector',
  pick: 'Pick a real header',
  pickNone: 'Choose a block…',
  headerLabel: 'Header (80 bytes as 160 hex digits)',
  changeOne: 'Change one byte',
  fieldsCaption: 'The header’s fields',
  colField: 'Field',
  colBytes: 'Bytes',
  colValue: 'Value',
  fields: { version: 'Version', prevHash: 'Previous block hash', merkleRoot: 'Merkle root', time: 'Time', bits: 'Bits (target)', nonce: 'Nonce' },
  hash: 'Block hash (SHA-256 twice, shown reversed as explorers do)',
  target: 'Target',
  difficulty: (d: string) => `Difficulty ${d} (how many times harder than the easiest target Bitcoin allows)`,
  powOk: '✓ Proof of work holds: the hash is at or below the target.',
  powBad: '✗ Proof of work fails.',
  isBundled: (name: string) => `This is the real header of ${name}.`,
  changed: (name: string, list: string) => `Changed from ${name} in ${list}.`,
  byteIn: (byte: number, field: string) => `byte ${byte + 1} (${field})`,
  merkleTitle: 'Merkle tool',
  txidsLabel: 'Transaction ids, one per line (coinbase first)',
  root: 'Merkle root',
  rootMatches: (name: string) => `✓ This is the Merkle root in the header of ${name}.`,
  rootNoMatch: 'This root is in none of the bundled headers.',
  proofTitle: 'Proof that a transaction is in the block',
  position: 'Transaction to prove (0 = first)',
  proofPosition: 'Its position in the block',
  makeProof: 'Make a proof',
  proofTxid: 'Transaction id',
  proofBranch: 'Branch: the sibling hashes, one per line, from the bottom up',
  proofRoot: 'Root',
  proofOk: '✓ The proof checks out: hashing the txid with the branch gives the root.',
  proofBad: '✗ The proof fails: hashing the txid with the branch does not give the root.',
  /** The bundled real headers' names and notes, by id (the data's own are English). */
  headers: {
    genesis: { name: 'Genesis block', note: '3 January 2009. Its coinbase carries the headline “Chancellor on brink of second bailout for banks”.' },
    'block-1': { name: 'Block 1', note: 'The first block mined after the genesis block: its previous hash is the genesis hash.' },
    'block-170': { name: 'Block 170', note: 'January 2009: the first payment from one person to another (Satoshi Nakamoto to Hal Finney, 10 bitcoins).' },
    'block-100000': { name: 'Block 100000', note: 'December 2010: four transactions, and a target about 14,000 times harder than the genesis block’s.' },
  },
} satisfies LessonText & Record<string, unknown>;

export type BitcoinText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
