/**
 * Real Bitcoin mainnet block headers bundled with lesson 11, each as the 80
 * bytes Bitcoin Core's `getblockheader <hash> false` prints, with the block's
 * transaction ids. Their hashes and Merkle roots are recomputed by core in
 * the tests (bitcoin.test.ts), so a wrong byte here cannot go unnoticed.
 */
export interface BundledHeader {
  readonly id: string;
  readonly name: string;
  readonly height: number;
  /** The block hash as explorers show it. */
  readonly hash: string;
  readonly headerHex: string;
  /** Display-order txids, coinbase first. */
  readonly txids: readonly string[];
  readonly note: string;
}

export const HEADERS_SOURCE =
  'Bitcoin mainnet. The genesis block is written into Bitcoin Core (chainparams.cpp); the others are as any full node or block explorer gives them (getblockheader, getblock).';

export const BUNDLED_HEADERS: readonly BundledHeader[] = [
  {
    id: 'genesis',
    name: 'Genesis block',
    height: 0,
    hash: '000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f',
    headerHex:
      '0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c',
    txids: ['4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b'],
    note: '3 January 2009. Its coinbase carries the headline “Chancellor on brink of second bailout for banks”.',
  },
  {
    id: 'block-1',
    name: 'Block 1',
    height: 1,
    hash: '00000000839a8e6886ab5951d76f411475428afc90947ee320161bbf18eb6048',
    headerHex:
      '010000006fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000982051fd1e4ba744bbbe680e1fee14677ba1a3c3540bf7b1cdb606e857233e0e61bc6649ffff001d01e36299',
    txids: ['0e3e2357e806b6cdb1f70b54c3a3a17b6714ee1f0e68bebb44a74b1efd512098'],
    note: 'The first block mined after the genesis block: its previous hash is the genesis hash.',
  },
  {
    id: 'block-170',
    name: 'Block 170',
    height: 170,
    hash: '00000000d1145790a8694403d4063f323d499e655c83426834d4ce2f8dd4a2ee',
    headerHex:
      '0100000055bd840a78798ad0da853f68974f3d183e2bd1db6a842c1feecf222a00000000ff104ccb05421ab93e63f8c3ce5c2c2e9dbb37de2764b3a3175c8166562cac7d51b96a49ffff001d283e9e70',
    txids: ['b1fea52486ce0c62bb442b530a3f0132b826c74e473d1f2c220bfa78111c5082', 'f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16'],
    note: 'January 2009: the first payment from one person to another (Satoshi Nakamoto to Hal Finney, 10 bitcoins).',
  },
  {
    id: 'block-100000',
    name: 'Block 100000',
    height: 100000,
    hash: '000000000003ba27aa200b1cecaad478d2b00432346c3f1f3986da1afd33e506',
    headerHex:
      '0100000050120119172a610421a6c3011dd330d9df07b63616c2cc1f1cd00200000000006657a9252aacd5c0b2940996ecff952228c3067cc38d4885efb5a4ac4247e9f337221b4d4c86041b0f2b5710',
    txids: [
      '8c14f0db3df150123e6f3dbbf30f8b955a8249b62ac1d1ff16284aefa3d06d87',
      'fff2525b8931402dd09222c50775608f75787bd2b87e56995a7bdd30f79702c4',
      '6359f0868171b1d194cbee1af2f16ea598ae8fad666d9b012c8ed2b79a236ec4',
      'e9a66845e05d5abc0ad04ec80f774a7e585c6e8db975962d069a522137b80c1d',
    ],
    note: 'December 2010: four transactions, and a target about 14,000 times harder than the genesis block’s.',
  },
];
