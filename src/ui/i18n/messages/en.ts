/**
 * English: the source of every message key. Another language's catalogue
 * must have exactly these keys, with the same parameters (`Messages`).
 * Keys start with the screen they belong to. A message with values is a
 * function; numbers reach it already formatted for the language (fmt).
 */
const s = (n: number) => (n === 1 ? '' : 's');

export const en = {
  // The header
  headerNode: 'Node',
  headerNodeSelect: 'Node every panel follows',
  headerNodeOption: (p: { label: string; height: string }) => `${p.label} · height ${p.height}`,
  headerClock: 'Simulation clock',
  headerPlay: 'Play',
  headerPause: 'Pause',
  headerPlayTitle: 'Resume the simulation clock',
  headerPauseTitle: 'Pause the simulation clock (messages stop travelling)',
  headerSpeed: 'Simulation speed',
  headerStep: 'Step',
  headerStepTitle: 'Deliver the next message in flight now',
  headerNoMessage: 'No message is in flight.',
  headerSaved: 'Saved',
  headerNotSaving: 'Not saving',
  headerReadOnly: 'Read-only tab',
  headerSavedTitle: 'Everything is saved in this browser.',
  headerReadOnlyTitle: 'Pocket Chain is open in another tab; this one follows it and cannot make changes.',
  headerSavingStatus: (p: { status: string; detail: string }) => `Saving status: ${p.status}. ${p.detail}`,
  headerTheme: 'Theme',
  headerThemeAuto: 'Theme: system',
  headerThemeLight: 'Theme: light',
  headerThemeDark: 'Theme: dark',
  headerLanguage: 'Language',
  headerLanguageAuto: (p: { name: string }) => `Browser (${p.name})`,

  // The tabs
  shellSkip: 'Skip to the panel',
  shellPanels: 'Panels',
  shellPanelsList: 'Pocket Chain panels',
  tabLearn: 'Learn',
  tabChain: 'Chain',
  tabWallets: 'Wallets',
  tabMempool: 'Mempool',
  tabMining: 'Mining',
  tabNetwork: 'Network',
  tabLab: 'Lab',
  tabSettings: 'Settings',
  tabPending: (p: { count: string }) => `${p.count} pending`,
  panelLoading: (p: { name: string }) => `Loading the ${p.name} panel…`,
  panelLoadFailed: (p: { name: string; error: string }) => `The ${p.name} panel could not be loaded (${p.error}). Reload the page to try again.`,

  // Loading
  loadingStarting: 'Starting: opening the saved chain, or mining a demo network for your first visit…',
  loadingFailed: (p: { error: string }) => `Pocket Chain could not start: ${p.error}`,

  // Banners
  bannerReadOnly: 'Read-only:',
  bannerReadOnlyText:
    'Pocket Chain is open in another tab of this browser, and only one tab can make changes. This tab follows it live; close the other tab to make changes here.',
  bannerDamaged: 'Stored data is damaged.',
  bannerDamagedText: 'Nothing was deleted, and nothing is saved until you choose.',
  bannerRebuildNode: (p: { id: string }) => `Rebuild node ${p.id} from its blocks`,
  bannerResetDemo: 'Reset everything to the demo',
  bannerNotSaving: 'Not saving:',
  bannerMainThread: 'Mining on the main thread:',

  // Toasts
  toastsLabel: 'Notifications',
  toastsDismiss: 'Dismiss',
  toastsKeyHint: 'Alt+Shift+N reaches its button.',
  toastsRegionHint: 'Alt+Shift+N brings the keyboard here. Notifications with a button stay until dismissed.',
  toastsMore: (p: { count: string }) => `+${p.count} more`,
  toastsFewer: 'Show the newest only',
  toastsNewestThree: 'Show the newest three only',
  toastsDismissAll: 'Dismiss all',

  // The tour
  tourStep: (p: { step: string; total: string }) => `Tour · step ${p.step} of ${p.total}`,
  tourChainTitle: 'A living blockchain',
  tourChainText:
    'This is a demo network of nodes that already hold a chain. The block tree shows every block of the node you follow; click a block to open it and see why it is valid.',
  tourWalletsTitle: 'Wallets and payments',
  tourWalletsText:
    'Wallets hold secp256k1 keys. Send coins from one wallet to an address: the transaction is signed and goes to the node, which checks it and relays it to its peers.',
  tourMempoolTitle: 'The mempool',
  tourMempoolText: 'Transactions wait here until a miner puts them in a block. A coin already being spent cannot be spent twice.',
  tourMiningTitle: 'Mining',
  tourMiningText:
    'Mine a block: Web Workers try nonces until the block hash is below the target. Change the difficulty and watch the expected time change.',
  tourNetworkTitle: 'The network',
  tourNetworkText:
    'Nodes gossip blocks and transactions with latency. Split the network, mine on both sides, heal it and watch the branch with the most work win.',
  tourClose: 'Close the tour',
  tourBack: 'Back',
  tourNext: 'Next',
  tourDone: 'Done',

  // The first-visit question
  startTitle: 'Welcome to Pocket Chain',
  startText: 'A whole blockchain runs in this page. Would you like to learn how it works step by step, or explore the network straight away?',
  startLessons: 'Start the lessons',
  startExplore: 'Explore the network',
  startLater: 'You can switch at any time with the Learn tab.',

  // A reorg, wherever it is told
  reorgTitle: 'Reorg:',
  reorgHeadline: (p: { nodes: string; nodeCount: number; height: string; disconnected: number; connected: number; depth: string }) =>
    `${p.nodes} switched branch at block #${p.height}: ${p.disconnected} block${s(p.disconnected)} disconnected (depth ${p.depth}), ${p.connected} block${s(p.connected)} connected.`,
  reorgNothingLost: 'No payment was lost.',
  reorgReturned: (p: { count: number }) => `No payment was lost: ${p.count} payment${s(p.count)} of the old branch went back to the pool.`,
  reorgShowChain: (p: { node: string }) => `Show the chain of ${p.node}`,
  reorgDismiss: 'Dismiss',
  reorgReversedList: 'Payments reversed',
  reorgPayment: (p: { amount: string; from: string | null; to: string | null; tx: string }) =>
    `Payment of ${p.amount}${p.from ? ` from ${p.from}` : ''}${p.to ? ` to ${p.to}` : ''} (tx ${p.tx})`,
  reorgReversed: 'reversed',
  reorgDropped: 'dropped from the pool',
  reorgLostTo: (p: { who: string | null; tx: string; height: string | null }) =>
    `lost to ${p.who ? `${p.who}, ` : ''}tx ${p.tx}${p.height ? ` in block #${p.height}` : ''} (a double spend of the same coins)`,
  reorgParentReversed: (p: { tx: string }) => `it spent a coin of tx ${p.tx}, which was reversed too`,
  reorgNoLongerValid: 'the new chain no longer accepts it',
  reorgReversedLine: (p: { payment: string; why: string }) => `${p.payment} reversed: ${p.why}.`,
  reorgToast: (p: { payment: string; what: string; node: string; why: string }) => `${p.payment} ${p.what} on ${p.node}: ${p.why}.`,
  /** The toast of a reorg that reversed no payment, with its button. */
  reorgSwitchedToast: (p: { node: string; depth: number }) =>
    `Reorg: ${p.node} switched branch, ${p.depth === 1 ? '1 block' : `${p.depth} blocks`} replaced (depth ${p.depth}). No payment was lost.`,
  reorgShowTheChain: 'Show the chain',
  reorgShowPoolHistory: 'Show in the pool history',

  // A block found by a miner of this page (a toast with a button)
  foundToast: (p: { height: string; node: string; hash: string; txCount: number }) =>
    `Block ${p.height} found by ${p.node}: ${p.hash} (${p.txCount} transaction${s(p.txCount)}).`,
  foundOpen: (p: { height: string }) => `Open block ${p.height}`,

  // Shared words
  /** A wide table's scrolling box, named after its caption (keyboard-scroll.ts). */
  scrollTable: (p: { caption: string | null }) => `${p.caption ?? 'Table'} (scrolls sideways)`,
  coins: (p: { amount: string; one: boolean }) => `${p.amount} ${p.one ? 'coin' : 'coins'}`,
};
