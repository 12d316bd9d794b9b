/**
 * The words of the Settings panel (new chain form, simulation, workers,
 * export and import, storage, the checks of the stored chain, appearance):
 * English here, the other languages in text.<language>.ts. Counts arrive as
 * numbers so each language writes them and chooses its plural; messages from
 * the system (a refused import, core's parameter checks) arrive as they are.
 */
import { areaText } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';

const n = (x: number | bigint) => formatNumber('en', x);
const s = (count: number) => (count === 1 ? '' : 's');
/** A clock time, 24-hour with seconds (the checks say when they finished). */
const time = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const english = {
  newChain: {
    title: 'Consensus parameters for a new chain',
    thisChain: 'This chain:',
    preset: 'Preset',
    customValues: 'custom values',
    seed: 'New chain seed',
    seedHint: 'Wallets, blocks and payments of the demo follow from it.',
    confirm: (seed: string) =>
      `This replaces every node, block, wallet and pending payment with a new demo chain built from the seed “${seed}”. Export a file first if you want to keep them.`,
    building: 'Building the new chain…',
    replace: 'Replace everything with the new chain',
    cancel: 'Cancel',
    mining: "Mining the new chain's history in a worker; the page stays usable.",
    create: 'Create a new chain',
    readOnly: 'Read-only tab: make changes in the other tab.',
    built: (seed: string, preset: string) => `A new chain was built from the seed "${seed}" with the ${preset} parameters.`,
    custom: 'custom',
  },
  presets: {
    classroom: {
      label: 'Classroom (real proof of work)',
      description: 'Blocks every 10 s at a target that needs about 65,000 hashes (a fraction of a second), 10-coin reward, coins spendable from the next block.',
    },
    bitcoin: {
      label: 'Bitcoin values',
      description:
        "Bitcoin's 50-coin reward, halving every 210,000 blocks, 600 s spacing, retarget every 2016 blocks, 100-block coinbase maturity. " +
        "The genesis difficulty is the classroom one: Bitcoin's own (0x1d00ffff, about 4.3 billion hashes per block) would take days to mine in a browser.",
    },
    simulation: {
      label: 'Simulation (easy target)',
      description: 'A target so easy that about every second hash wins (like regtest) and no retargeting: blocks are instant, for fast-forwarding the network.',
    },
  },
  fields: {
    initialReward: { label: 'Initial reward (coins)', hint: 'Paid to the miner of each block before halvings; Bitcoin: 50.' },
    halvingInterval: { label: 'Halving interval (blocks)', hint: 'The reward halves every this many blocks; 0 = never. Bitcoin: 210,000.' },
    targetSpacing: { label: 'Target spacing (s)', hint: 'Wanted seconds between blocks; retargeting aims at it. Bitcoin: 600.' },
    retargetInterval: { label: 'Retarget interval (blocks)', hint: 'Difficulty is recomputed every this many blocks; 0 = fixed. Bitcoin: 2016.' },
    genesisBits: { label: 'Genesis difficulty (compact bits)', hint: 'Hex like 0x1f00ffff; a smaller value is harder.' },
    coinbaseMaturity: { label: 'Coinbase maturity (blocks)', hint: 'A reward can be spent this many blocks later; Bitcoin: 100.' },
    maxBlockSize: { label: 'Max block size (bytes)', hint: "Largest block encoding; Bitcoin's legacy limit: 1,000,000." },
  },
  /** The checks of one field: `unit` is 'blocks', 'seconds' or 'bytes'. */
  field: {
    empty: (label: string, unit: 'blocks' | 'seconds' | 'bytes', min: number, max: number) => `${label}: enter a whole number of ${unit} from ${n(min)} to ${n(max)}.`,
    notWhole: (label: string, typed: string, unit: 'blocks' | 'seconds' | 'bytes', min: number, max: number) =>
      `${label}: "${typed}" is not a whole number of ${unit} (from ${n(min)} to ${n(max)}).`,
    /** `got` is a number, or the digits as typed when they are too many for one. */
    outOfRange: (label: string, min: number, max: number, got: number | string) => `${label}: must be from ${n(min)} to ${n(max)}, not ${typeof got === 'number' ? n(got) : got}.`,
    notBits: (label: string) => `${label}: enter up to 8 hex digits, such as 0x1f00ffff.`,
    zeroTarget: (label: string, bits: string) => `${label}: ${bits} is a target of zero, which no hash can meet.`,
    seedMissing: 'Seed: enter a word or phrase; the same seed gives the same chain.',
    genesisWork: (hashes: number | bigint) => `About ${n(hashes)} hashes per block.`,
  },
  describe: {
    custom: (name: string) => `custom (${name})`,
    neverHalves: 'never halves',
    halvesEvery: (blocks: number) => `halves every ${n(blocks)} blocks`,
    fixed: 'fixed difficulty',
    retargetEvery: (blocks: number) => `retarget every ${n(blocks)} blocks`,
    line: (name: string, reward: string, halving: string, spacing: number, retarget: string, bits: string, maturity: number, maxSize: number) =>
      `${name}: ${reward}-coin reward (${halving}), a block every ${spacing} s, ${retarget}, genesis bits ${bits}, coinbase maturity ${maturity}, blocks up to ${n(maxSize)} bytes`,
  },
  simulation: {
    title: 'Simulation',
    speed: 'Simulation speed',
    speedHint: 'Virtual milliseconds per real millisecond: how fast messages travel and time passes between the nodes.',
    paused: 'Clock paused (messages stop travelling)',
    seed: 'Seed',
    reset: 'Reset with seed',
    resetHint: (seed: string) =>
      `Like the original reset_system: wipes everything and rebuilds the demo (nodes, wallets, a few blocks, pending payments) with this chain's parameters. The same seed gives the same chain. Now: “${seed}”.`,
    confirm: (seed: string) => `This replaces every node, block, wallet and pending payment with the demo of the seed “${seed}”.`,
    rebuilding: 'Rebuilding…',
    replace: 'Replace everything',
    cancel: 'Cancel',
    rebuilt: (seed: string) => `The demo was rebuilt from the seed "${seed}".`,
  },
  workers: {
    title: 'Mining workers',
    now: (workers: number, mainThread: boolean) =>
      `Now: ${n(workers)} worker${s(workers)}${mainThread ? ' (on the main thread: workers could not start)' : ''}.`,
    device: (cores: number | null, fallback: number) =>
      `This device reports ${cores === null ? 'an unknown number of' : n(cores)} logical cores; the default is ${n(fallback)}, leaving one core for the page.`,
    label: 'Number of mining workers',
    submit: 'Use this many workers',
    changed: (workers: number) => `Mining now uses ${n(workers)} worker${s(workers)}.`,
    notWhole: (max: number) => `Mining workers: enter a whole number from 1 to ${max}.`,
    outOfRange: (max: number, got: number) => `Mining workers: must be from 1 to ${max}, not ${n(got)}.`,
  },
  files: {
    title: 'Export and import',
    includeWallets: 'Include wallets (private keys!)',
    keysWarningLead: '⚠ Private keys:',
    /** The same words the exported file carries in its "warning" field. */
    keysWarning: 'This file contains private keys: anyone who has it can spend these wallets\u2019 coins. Share it only with people you trust.',
    export: 'Export to a file',
    exportHint: "Every node's blocks, pool and chainstate, the network and the settings, as one JSON file.",
    exported: (name: string, kilobytes: number, nodes: number, wallets: number | null) =>
      `Exported ${name} (${n(kilobytes)} KB: ${n(nodes)} node${s(nodes)}${wallets === null ? ', no wallets' : `, ${n(wallets)} wallets with private keys`}).`,
    exportFailed: (message: string) => `Export failed: ${message}`,
    import: 'Import a file',
    importHint:
      'The whole file is checked first (structure, hashes, proofs of work, signatures, a replay of every block); only then does it replace everything here. A file without wallets keeps the wallets you have.',
    checking: 'Checking the file…',
    replace: 'Import and replace everything',
    validating: 'Validating every block in a worker…',
    imported: (name: string, nodes: number, blocks: number, wallets: number) =>
      `Imported “${name}”: ${n(nodes)} node${s(nodes)}, ${n(blocks)} blocks, ${n(wallets)} wallets.`,
    refused: (name: string, message: string) => `“${name}” was not imported: ${message} Nothing was changed.`,
    noFile: 'Choose a file exported from Pocket Chain (a .json file).',
    emptyFile: (name: string) => `"${name}" is empty: nothing was changed.`,
    tooLarge: (name: string, megabytes: number) => `"${name}" is larger than ${n(megabytes)} MB, too large for an export of Pocket Chain: nothing was changed.`,
  },
  storage: {
    title: 'Storage',
    keptIn: 'Kept in',
    saving: 'Saving',
    savingYes: '✓ Yes, every change',
    savingNo: '✗ No — nothing is being saved',
    keptWhenLow: 'Kept when space runs low',
    unknown: 'Unknown',
    persisted: '✓ Yes (persistent storage granted)',
    notPromised: 'Not promised by the browser',
    spaceUsed: 'Space used by this site',
    usage: (used: string, quota: string) => `${used} of ${quota} allowed`,
    kilobytes: (kb: number) => `${n(kb)} KB`,
    megabytes: (mb: number) => `${formatNumber('en', mb, 1)} MB`,
    gigabytes: (gb: number) => `${formatNumber('en', gb, 1)} GB`,
    whatToDo: 'What to do:',
    retry: 'Try saving again',
    ask: 'Ask the browser to keep the data',
    granted: 'The browser will keep the data even when space runs low.',
    denied: 'The browser said no (it decides from how often you use the site); exporting a file is the safe way to keep a copy.',
    savingAgain: 'Saving again: everything is in IndexedDB now.',
    stillNot: 'Still not saving: the browser refused again (see above).',
  },
  advice: {
    memory: 'Memory only',
    indexedDb: 'IndexedDB',
    otherTab: 'Another tab of Pocket Chain is the one that saves; this tab follows it live and changes nothing.',
    otherTabTodo: 'Close the other tab (or work there) to make changes here.',
    damaged: 'Stored data is damaged; nothing is being saved until you choose what to do (the banner above lists the problems).',
    damagedTodo: 'Rebuild the damaged node from its blocks or reset to the demo from the banner; export first if you want a copy.',
    kept: 'The browser has agreed to keep it even when disk space runs low.',
    mayClear: 'The browser may still clear it if the disk runs low on space (it has not granted persistent storage).',
    saved: (eviction: string) => `Every change is saved in this browser (IndexedDB), so a reload or a crash loses nothing. ${eviction}`,
    savedTodo: 'To keep a copy elsewhere or move to another browser, export a file below.',
    keep: 'Export a file before closing this tab to keep your work.',
    privateWindow: 'To save automatically, open Pocket Chain in a normal (not private) window.',
    refusedOpen: 'To save automatically, open Pocket Chain in a normal (not private) window, or allow this site to store data.',
    quota: "Free some disk space (or clear other sites' data), then try saving again.",
    blocked: 'Close other tabs of Pocket Chain that hold the database, then reload.',
    tryAgain: 'Then try saving again.',
  },
  checks: {
    title: 'Checks of the stored chain',
    progress: 'Full verification',
    verifyNow: 'Verify everything now',
    atStart: (depth: number, nodes: number, blocks: number) =>
      `At start: the last ${n(depth)} blocks of each of ${n(nodes)} node${s(nodes)} were checked, signatures included, against their undo data and UTXO set (${n(blocks)} block${s(blocks)}).`,
    nothingRead: 'At start: nothing was read from storage (a chain just built, checked block by block as it was built).',
    notRun: 'Full verification: not run yet.',
    reading: 'Full verification: reading what is stored…',
    running: (blocks: number, total: number, percent: number) => `Full verification: replaying every block… ${n(blocks)} of ${n(total)} (${percent}%).`,
    verified: (at: number, blocks: number, nodes: number) =>
      `Full verification: ✓ done at ${time(at)}. Every node's UTXO set and undo data match a replay of its blocks (${n(blocks)} block${s(blocks)} replayed for ${n(nodes)} node${s(nodes)}).`,
    verifiedBeforeSaving: (at: number, blocks: number, nodes: number) =>
      `Full verification: ✓ done at ${time(at)}, on the demo file before it was saved: every node's UTXO set and undo data come from a replay of its blocks (${n(blocks)} block${s(blocks)} replayed for ${n(nodes)} node${s(nodes)}). “Verify everything now” replays the stored copy.`,
    damaged: (at: number, problems: number) => `Full verification: ✗ damage found at ${time(at)} (${n(problems)} problem${s(problems)}, listed at the top of the page). Nothing was changed.`,
    failed: (message: string) => `Full verification: ✗ could not run (${message}).`,
    bodies: (blocks: number, total: number) => `Block bodies: ${n(blocks)} of ${n(total)} read from storage. The simulation's clock waits for them.`,
    bodiesStarting: "Block bodies: starting to read from storage. The simulation's clock waits for them.",
  },
  appearance: {
    title: 'Appearance and help',
    theme: 'Theme',
    auto: 'Follow the system',
    light: 'Light',
    dark: 'Dark',
    restart: 'Restart the tour',
    restartHint: 'A few steps that show where everything is.',
  },
};

export type SettingsText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
