/** The app layer's own sentences in Simplified Chinese. */
import type { StorageErrorCode } from '../../storage/index';
import type { Translation } from '../i18n/area-text';
import type { StorageProblem } from '../../storage/store';
import { formatNumber } from '../i18n/format';
import type { AppWordsText } from './text';

const n = (x: number | bigint) => formatNumber('zh-CN', x);
const NO_MINER = '没有任何节点有矿工：请先给一个节点设置矿工（见下方）；只有有矿工的节点才能找到区块。';

const STORAGE: Readonly<Record<StorageErrorCode, string>> = {
  'indexeddb-missing': '这个浏览器没有 IndexedDB（某些隐私模式会关闭它）：什么都无法保存。',
  'open-refused': '浏览器拒绝打开数据库（隐私模式或存储已禁用）：什么都无法保存。',
  blocked: 'Pocket Chain 的另一个标签页打开着旧版本的数据库：关闭它才能完成升级。',
  'migration-failed': '已存数据无法升级到当前结构；数据保持原样。',
  'quota-exceeded': '存储空间已满：浏览器拒绝保存更多内容。',
  'write-failed': '一次写入被拒绝；其中的内容都没有保存，已存状态与之前相同。',
  closed: '数据库已关闭（另一个标签页升级了它，或存储已关闭）。',
  'read-only': '这个标签页是只读的：Pocket Chain 的另一个标签页正在写入。',
  'unknown-node': '这个节点还没有已存状态：请先保存节点，再提交它的更改。',
  'node-not-found': '没有保存这个 id 的节点。',
  'rebuild-impossible': '无法从区块重建这个节点（它的创世区块缺失或已损坏）。',
  'nothing-stored': '还没有保存任何内容。',
};

/** Where a damaged record is: its node (when it has one), store and key. */
const where = (p: StorageProblem) => `${p.nodeId ? `节点 ${p.nodeId}，` : ''}存储区 ${p.store}${p.key ? `，键 ${p.key}` : ''}`;

export const text: Translation<AppWordsText> = {
  sentences: {
    writerNow: () => '这个标签页现在可以进行更改了（另一个标签页已关闭）。',
    blocksUnreadable: (p) => `读取已存区块失败：${p.problem}。尚未读取的区块无法显示，也无法发送给对等节点。`,
    savingFailed: (p) => `保存失败：${p.problem}`,
    progressUnreadable: (p) => `无法读取你的课程进度（${p.problem}）；课程将从头开始。`,
    progressUnsaved: (p) => `无法保存你的课程进度：${p.problem}`,
    minersOff: () => `模拟矿工已关闭。${NO_MINER}`,
    enginesUnmeasured: (p) => `无法测量挖矿引擎（${p.problem}）；挖矿继续使用${p.engine ? ` ${p.engine} ` : '默认引擎'}。`,
    imported: (p) => `已导入 ${n(p.nodes)} 个节点和 ${n(p.blocks)} 个区块。`,
    nodeRebuilt: (p) => `节点 ${p.node} 已从 ${n(p.blocks)} 个已存区块重建（高度 ${n(p.height)}）。`,
    demoFileRefused: (p) => `随页面构建的演示文件被拒绝：${p.problem} 演示改为在这里挖出。`,
    demoFileUnreadable: (p) => `无法读取随页面构建的演示文件：${p.problem} 演示改为在这里挖出。`,
    browserDeletedData: (p) => `浏览器发现它保存的 Pocket Chain 副本已损坏并将其删除（浏览器的说明：${p.problem}）。已保存的内容丢失了；Pocket Chain 从演示重新开始。`,
    storageSaving: () => '所有内容都保存在这个浏览器中（IndexedDB）。',
    storageNotSaving: (p) => `${STORAGE[p.code]}${p.detail ? `（${p.detail}）` : ''}Pocket Chain 继续在内存中运行：什么都没有保存，重新加载会丢失更改。`,
    noMinerLive: () => NO_MINER,
    tooHardToSimulate: (p) => `在这个难度下，每个区块大约需要 ${n(p.hashes)} 次哈希：请在挖矿面板中用 worker 挖矿，或在设置中创建一条“模拟（容易的目标）”链来快进。`,
    noMinerToMine: () => '没有任何节点有矿工：请先给一个节点设置奖励地址和份额。',
    maxTxs: () => '交易数必须是整数，0 或更多。',
    hashShare: (p) => `算力份额必须是大于 0 且不超过 ${n(p.max)} 的数。`,
    hashPowerShare: () => '算力份额必须大于零。',
    workers: (p) => `Worker 数必须是 ${n(p.min)} 到 ${n(p.max)} 之间的整数。`,
    gpuOff: () => 'GPU 已关闭：请先打开它再选择。',
    fastForwardBlocks: (p) => `区块数必须是 1 到 ${n(p.max)} 之间的整数。`,
    seedEmpty: () => '种子不能为空：请输入文字或数字。',
    walletSeedEmpty: () => '请输入种子，或者留空以获得一个新的随机密钥。',
    walletExists: () => '这个钱包已经在这里了。',
    labelTooLong: (p) => `名称最多 ${n(p.max)} 个字符。`,
    labelLength: (p) => `名称为 1 到 ${n(p.max)} 个字符。`,
    lastNode: () => '不能移除最后一个节点。',
    ownPeer: () => '节点不能是它自己的对等节点。',
    delayRange: (p) => `${p.what === 'latency' ? '延迟' : '抖动'}必须在 0 到 ${n(p.max)} 毫秒之间。`,
    lossRange: () => '丢包率必须不小于 0 且小于 1。',
    noPeers: (p) => `${p.node} 没有可以发送区块的对等节点。`,
    noScore: (p) => `${p.node} 对“${p.peer}”没有任何评分。`,
    bitsNot32: () => 'bits 必须是 32 位的紧凑目标值，例如 0x1f00ffff。',
    bitsNegative: (p) => `bits ${p.bits} 表示一个负的目标值。`,
    bitsOverflow: (p) => `bits ${p.bits} 表示一个大于 2^256 的目标值。`,
    targetTooEasy: (p) => `这个目标值为零，或比链的上限（${p.limit}）还容易。`,
    rewardRange: (p) => `奖励必须是 0 到 ${n(p.max)} 币之间的整数个单位。`,
    paramRange: (p) => `共识参数 ${p.name}：必须是 ${p.min} 到 ${p.max} 之间的整数，而不是 ${p.got}。`,
    newChainOverrides: () => '新链开始时没有难度或奖励的变更。',
    genesisTooEasy: (p) => `创世难度 ${p.bits} 比工作量证明上限 ${p.limit} 还容易。`,
    genesisTooHard: (p) =>
      `创世难度 ${p.bits} 每个区块大约需要 ${n(p.hashes)} 次哈希：在浏览器中构建链的历史会花太长时间。` +
      `请使用 ${p.hardest} 或更容易的目标（每个区块最多约 ${n(p.maxHashes)} 次哈希）。`,
    runStoppedByYou: () => '是你停止了它。',
    runNetworkReplaced: () => '网络已被替换（重置或导入）。',
    runReadOnly: () => '此标签页已不能再做更改。',
    runProofNotFound: () => 'Worker 在找到该区块的证明之前就停止了。',
    runNoBlockFound: () => '没有找到区块：没有节点拥有矿工。',
    partitionShape: () => '分组必须是由节点 id 列表组成的非空列表。',
    partitionNodeTwice: (p) => `节点 ${p.node} 出现在多个组中。`,
    labRunFailed: (p) => `运行（${p.label}）失败：${p.problem}。`,
    attackStopped: (p) => `攻击已中止：${p.problem}。`,
  },
  poolNotices: {
    simdUnavailable: (v) => `WebAssembly SIMD 不可用（${v.reason}）；改为运行 JavaScript 内核。`,
    gpuOwnWorker: () => 'GPU（WebGPU）在它自己的 Worker 中运行；这个 Worker 使用 JavaScript 内核。',
    workerStopped: (v) => `一个挖矿 Worker 停止了（${v.reason}）；还有 ${v.left} 个在挖矿。`,
    gpuStopped: (v) => `GPU（WebGPU）矿工停止了（${v.reason}）；改由 WebAssembly SIMD Worker 挖矿。`,
    gpuNotStarted: (v) => `GPU（WebGPU）矿工无法启动（${v.reason}）；改由 WebAssembly SIMD Worker 挖矿。`,
    workersNotStarted: (v) => `${v.count} 个挖矿 Worker 中有 ${v.failed} 个无法启动（${v.reason}）。`,
    mainThread: (v) => `由于 Web Worker 不可用（${v.reason}），挖矿在页面主线程上以短时间片运行。这样更慢，并且只用一个核心。`,
  },
  damage: {
    'params-missing': (_p) => '共识参数没有保存，因此无法恢复任何节点。',
    'params-invalid': (_p) => '保存的共识参数无效。',
    'record-unparseable': (p) => `${where(p)}：一条保存的记录无法解析。`,
    'block-missing': (p) => `${where(p)}：缺少一个保存的区块。`,
    'block-unparseable': (p) => `${where(p)}：一个保存的区块无法解析。`,
    'block-hash-mismatch': (p) => `${where(p)}：一个保存的区块的哈希与其键不符。`,
    'tip-missing': (p) => `${where(p)}：缺少链顶端的区块。`,
    'undo-missing': (p) => `${where(p)}：缺少某个区块的撤销数据。`,
    'undo-mismatch': (p) => `${where(p)}：某个区块的撤销数据与它不符。`,
    'restore-failed': (p) => `${where(p)}：无法恢复。`,
    'utxo-mismatch': (p) => `${where(p)}：保存的币与它的链不符。`,
    'mempool-refused': (p) => `${where(p)}：交易池中一笔保存的交易被拒绝。`,
    'wallet-invalid': (p) => `${where(p)}：一个保存的钱包已损坏。`,
  },
};
