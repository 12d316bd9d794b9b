/**
 * The words of an opened block (its title, header facts, hash against target,
 * "why is this block valid?", transactions, the tamper sandbox): English here,
 * the other languages in text.<language>.ts; they load with the block view.
 * A reason code's sentence and a mistyped amount are said by ui/errors (the
 * whole page shows them). Counts arrive as numbers so each language chooses its plural;
 * amounts arrive written (fmt.amount). Reason codes stay English everywhere:
 * they are an API.
 */
import { areaText } from '../../i18n/area-text';

const s = (n: number) => (n === 1 ? '' : 's');

const english = {
  view: {
    block: (height: string) => `Block ${height}`,
    place: { active: 'active', 'side-branch': 'side branch', orphan: 'orphan' },
    onNode: (node: string) => `on ${node}`,
    parent: '← Parent block',
    child: 'Child block →',
    header: 'Header',
    proofOfWork: 'Proof of work',
    whyValid: 'Why is this block valid?',
    whyHint: (node: string) => `Every rule ${node} checked, run again now on its copy of the block.`,
    transactions: (count: string) => `Transactions (${count})`,
    loadingTxs: 'Loading the transactions…',
    merkle: 'Merkle tree',
    merkleOf: (height: string) => `block ${height}`,
    merkleFailed: (error: string) => `The Merkle tree could not be loaded (${error}). Reload the page to try again.`,
    sandboxFailed: (error: string) => `The tamper sandbox could not be loaded (${error}). Reload the page to try again.`,
  },
  facts: {
    height: 'Height',
    unknown: 'unknown',
    status: 'Status',
    place: {
      active: 'on the active chain',
      'side-branch': 'on a side branch (stale)',
      orphan: 'an orphan (its parent is unknown here)',
    },
    confirmations: 'Confirmations',
    size: 'Size',
    bytes: (bytes: string) => `${bytes} bytes`,
    hash: 'Block hash',
    previous: 'Previous block',
    noParent: '(none: the genesis block)',
    openParent: '— open the parent block',
    merkleRoot: 'Merkle root',
    version: 'Version',
    time: 'Time',
    bits: 'Bits',
    target: (target: string) => `target ${target}`,
    nonce: 'Nonce',
    miner: 'Miner',
    reward: 'Reward',
    fees: 'Fees',
    coinbasePays: 'Coinbase pays',
    coins: (amount: string) => `${amount} coins`,
  },
  pow: {
    compared: (verdict: string) => `Block hash compared with the target: ${verdict}`,
    hash: 'hash',
    target: 'target',
    verdict: (relation: string, ok: boolean) => `hash ${relation} target ${ok ? '✓' : '✗'}`,
    zeros: (hashZeros: number, bits: number, targetZeros: number) =>
      `Leading zeros: hash ${hashZeros} hex digits (${bits}+ zero bits), target ${targetZeros}.`,
    equal: 'The hash equals the target, which is allowed (at or below).',
    differs: (agree: number, digit: number, hashDigit: string, targetDigit: string, smaller: boolean) =>
      `Both agree on the first ${agree} hex digit${s(agree)}; at digit ${digit} the hash has ${hashDigit} and the target ${targetDigit}, so the hash is ${smaller ? 'smaller' : 'larger'}.`,
  },
  checks: {
    state: { pass: 'passed', fail: 'failed', 'not-checked': 'not checked' },
    changed: 'changed by the tampering',
    allPass: (total: number) => `All ${total} checks pass ✓: the block is valid.`,
    notRun: (passed: number, notChecked: number) => `${passed} checks pass ✓, ${notChecked} could not be run here.`,
    fail: (failed: number, total: number, code: string) => `${failed} of ${total} checks fail ✗: a node rejects it with ${code}.`,
    /** One sentence per check of core's blockReport, by its id (tx-N-… take the transaction's index). */
    label: {
      'header-size': (bytes: number) => `The header is Bitcoin's ${bytes}-byte layout`,
      pow: 'The block hash is at or below the target (proof of work)',
      'not-empty': 'The block holds at least a coinbase',
      'merkle-root': 'The merkle root in the header matches the transactions',
      'no-mutation': 'No transaction is repeated to fake the same root (CVE-2012-2459)',
      size: (bytes: string) => `The block is at most ${bytes} bytes`,
      'coinbase-first': 'The first transaction is a coinbase, and the only one',
      form: (tx: number) => `Transaction ${tx} is well formed`,
      witness: 'The coinbase commits to every signature (witness root)',
      parentUnknown: 'The parent block is known',
      parent: (height: string) => `It extends block ${height}`,
      genesis: "It is the genesis block: fixed by the chain's parameters, it has no parent and spends nothing",
      bits: 'The difficulty is the one the chain requires at this height',
      'time-mtp': 'The time is after the median of the previous 11 blocks',
      'time-future': 'The time is not more than 2 hours ahead of the node clock',
      'coinbase-height': (height: string) => `The coinbase states height ${height}`,
      inputs: 'Inputs, signatures and amounts',
      txInputs: (tx: number) => `Transaction ${tx} spends coins that exist and are unspent`,
      txAmounts: (tx: number) => `Transaction ${tx} pays out no more than it spends (and spends only mature coinbases)`,
      txSignatures: (tx: number) => `Transaction ${tx} is signed by the owner of every coin it spends`,
      'coinbase-amount': 'The coinbase pays at most the reward plus the fees',
    },
    /** What a check found when it has no reason code (passed, or not run), by its id: the values in the page's language. */
    detail: {
      bytes: (bytes: string) => `${bytes} bytes`,
      transactions: (written: string, count: number) => `${written} transaction${count === 1 ? '' : 's'}`,
      pow: (hash: string, target: string) => `hash   ${hash}\ntarget ${target}`,
      unique: 'every txid is unique',
      coinbaseFirst: 'transaction 0 is the coinbase',
      inOut: (inputs: string, outputs: string) => `${inputs} in, ${outputs} out`,
      ahead: (seconds: string) => `${seconds} s ahead of the clock`,
      height: (height: string) => `height ${height}`,
      notValidated: "not validated: the block is not on this node's active chain, so the coins it spends are not at hand",
      spends: (written: string, count: number, amount: string) => `spends ${written} coin${count === 1 ? '' : 's'} worth ${amount}`,
      fee: (amount: string) => `fee ${amount}`,
      signatures: (written: string, count: number) => `${written} signature${count === 1 ? '' : 's'} valid`,
      pays: (claimed: string, reward: string, fees: string) => `pays ${claimed} = reward ${reward} + fees ${fees}`,
      feesUnknown: (claimed: string) => `fees unknown: a transaction failed (claims ${claimed})`,
    },
  },
  txs: {
    transaction: (i: number) => `Transaction ${i}`,
    coinbase: 'coinbase',
    bytes: (bytes: string) => `${bytes} bytes`,
    fee: (amount: string) => `, fee ${amount} coins`,
    feeUnknown: ', fee unknown (the node has no undo data for this block)',
    inputsOf: (i: number) => `Inputs of transaction ${i}`,
    outputsOf: (i: number) => `Outputs of transaction ${i}`,
    spends: 'Spends',
    amount: 'Amount',
    from: 'From',
    to: 'To',
    signatureAndKey: 'Signature and key',
    /** Before the shortened signature and public key of an input. */
    sig: (hash: string) => `sig ${hash}`,
    key: (hash: string) => `key ${hash}`,
    newCoins: (data: string) => `New coins: the block reward plus fees. Coinbase data: ${data}.`,
    coinbaseData: (height: string, extraNonce: string, message: string | null) =>
      `height ${height}, extra nonce ${extraNonce}${message !== null ? `, message “${message}”` : ''}`,
    undecodable: 'undecodable coinbase data',
    show: 'Show',
    hide: 'Hide',
    toggle: (shown: boolean, input: number, tx: number) => `${shown ? 'Hide' : 'Show'} signature and public key of input ${input} of transaction ${tx}`,
    unknown: 'unknown',
    signature: 'Signature (64-byte compact, low-S)',
    publicKey: 'Public key (33-byte compressed)',
    firstOnly: (first: number) => `Show the first ${first} only`,
    showAll: (count: string) => `Show all ${count} transactions`,
  },
  sandbox: {
    title: 'Tamper with a copy',
    hint: "Change one field of a copy of this block and see which checks break. The node's block is not touched.",
    field: 'Field to change',
    fields: { output: 'An output amount', nonce: 'The nonce', time: 'The time' },
    output: 'Output',
    outputOption: (tx: number, vout: number, amount: string, to: string) =>
      `Transaction ${tx}${tx === 0 ? ' (coinbase)' : ''}, output ${vout}: ${amount} coins to ${to}`,
    newValue: { output: 'New amount (coins)', nonce: 'New nonce', time: 'New time (unix seconds)' },
    apply: 'Apply to the copy',
    recompute: "Also recompute the copy's merkle root (and witness commitment), as a cheater would",
    remine: "Then redo the proof of work: find a new nonce for the copy's header in the mining workers (its time moves on by a second)",
    searching: 'Searching a nonce for the copy…',
    cancel: 'Cancel',
    tooMuchWork: (hashes: string) =>
      `Redoing the proof of work would take about ${hashes} hashes at this difficulty: too long for the sandbox. Untick it, or lower the difficulty.`,
    stopped: 'The proof of work was stopped before a nonce was found.',
    /** A nonce or time that is not a 32-bit header value. */
    notWhole: (field: 'nonce' | 'time', max: string) =>
      `${field === 'nonce' ? 'The nonce' : 'The time'} is a whole number from 0 to ${max} (a 32-bit header field).`,
    over32Bits: (field: 'nonce' | 'time', max: string) => `${field === 'nonce' ? 'The nonce' : 'The time'} must fit in 32 bits: at most ${max}.`,
    copyHash: "Copy's hash",
    unchanged: '(unchanged: the header is the same)',
    changed: '(changed: the header changed)',
    rootInHeader: "Merkle root in the copy's header",
    rootComputed: 'Merkle root computed from its transactions',
    rootMatches: '= header ✓',
    rootDiffers: '≠ header ✗',
    changedChecks: 'Checks that changed',
    noChange: 'None: every check gives the same result as for the original.',
    allChecks: 'All checks of the copy',
    sideBranch:
      'A node would store this copy as a side branch without checking its coins (Bitcoin checks them only when a branch becomes the active chain), so it is not submitted from the sandbox.',
    competitor: 'This copy is a valid block, a competitor of the original: it is not submitted from the sandbox (mine competing blocks in the Mining panel).',
  },
  actions: {
    submit: (node: string) => `Submit the tampered copy to ${node}`,
    send: (node: string) => `Make ${node} send it to its peers unchecked`,
    duplicate:
      "The copy's header is the original's, so its hash is too: a node refuses it as a block it already has, before looking at the transactions (like Bitcoin Core). Redo the proof of work to make the node judge the transactions.",
    accepted: (node: string, status: string) => `✓ ${node} accepted it (${status}): the changed block happens to be valid.`,
    refused: '✗ Refused:',
    unchanged: (node: string, height: string, tip: string) => `${node}'s chain is unchanged: height ${height}, tip ${tip}.`,
    moved: (node: string, height: string, tip: string) => `${node}'s chain moved: height ${height}, tip ${tip}.`,
    sent: (node: string, peers: string) =>
      `${node} sent the copy to ${peers} without checking it, as a dishonest node would. Each of them checks it as it arrives, refuses it and scores ${node}: see "Misbehaving peers" in the Network panel.`,
  },
};

export type BlockViewText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
