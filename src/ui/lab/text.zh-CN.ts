/** The Lab's words in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import { labPercent } from './percent';
import type { LabText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);
const percent = (x: number) => labPercent('zh-CN', x);
const interval = (lo: number, hi: number) => `${percent(lo)} 至 ${percent(hi)}`;
const premined = (m: number) => (m > 0 ? `，预挖 ${m} 个` : '');
const two = (x: number) => formatNumber('zh-CN', x, 2);

export const text: Translation<LabText> = {
  percent,
  interval,
  intro: {
    title: '实验室',
    text:
      '攻击运行在页面其余部分所用的同一批节点、规则和网络上：真实的区块和真实的工作量证明（目标较容易）、完整验证、已签名的交易。' +
      '每个结果都附有 95% 置信区间和论文中的公式，你可以看到教科书公式在哪里成立、在哪里只是近似。同一个种子得到同一个结果。',
    worker: '实验在实验室的 Web Worker 中运行，页面保持流畅。',
    mainThread: 'Web Worker 无法启动：实验在本页面上分成小段运行（较慢）。',
    starting: '正在启动实验室的 Web Worker…',
  },
  common: {
    modelLead: '模型。',
    seed: '种子',
    run: '运行',
    blocks: '区块数',
    running: '运行中',
    cancel: '取消',
    busy: (label) => `实验室正忙于另一个实验（${label}）；它结束后才能运行这个实验。`,
    progressBlocks: (done, label) => `竞赛中已挖出 ${n(done)} 个区块（${label}）`,
    progress: (done, total, unit, label) => `${n(done)} / ${n(total)} ${unit === 'trials' ? '次试验' : '个区块'}（${label}）`,
  },
  figure: {
    showTable: (rows) => `以表格显示（${n(rows)} 个点）`,
    noPoints: '还没有数据点：请运行实验。',
    copy: '复制为 CSV',
    clear: '清除结果',
    copied: (rows) => `已复制 ${n(rows)} 行 CSV。`,
    copyRefused: '浏览器不允许复制：请选中下面的文本并复制。',
    csv: 'CSV',
    yes: '是',
    no: '否',
    measured: '实测',
  },
  // The ranges are written as the fields take them: digits, a dot for decimals, no grouping.
  inputs: {
    above: (min) => `大于 ${min}`,
    atLeast: (min) => `至少 ${min}`,
    below: (max) => `小于 ${max}`,
    atMost: (max) => `至多 ${max}`,
    fromTo: (min, max) => `在 ${min} 到 ${max} 之间`,
    and: (lower, upper) => `${lower}且${upper}`,
    decimalEmpty: (name, range, example) => `${name}：请输入一个${range}的数，例如 ${example}。`,
    notDecimal: (name, example) => `${name}：必须是数字（小数用点号），例如 ${example}。`,
    decimalRange: (name, range, example) => `${name}：必须${range}，例如 ${example}。`,
    wholeEmpty: (name, min, max) => `${name}：请输入 ${min} 到 ${max} 之间的整数。`,
    notWhole: (name, min, max) => `${name}：必须是 ${min} 到 ${max} 之间的整数。`,
    wholeRange: (name, min, max) => `${name}：必须在 ${min} 到 ${max} 之间。`,
    seedEmpty: '请输入种子：任意词或数字（同一个种子得到同一个结果）。',
    seedLong: '种子最多 100 个字符。',
    delaysEmpty: '请输入一个或多个延迟 d/T，例如 0.1, 0.25, 0.5。',
    delaysMany: '一次最多 10 个延迟。',
    delay: (typed) => `延迟 ${typed}`,
  },
  race: {
    title: '双花竞赛',
    model:
      '攻击者拥有 q 比例的算力，在付款广播的那一刻，从付款的父区块开始挖一条私有分支，并且已经持有该分支上“预挖”的若干区块（默认 0）；这条分支包含一笔把同样的币花回给攻击者的交易。' +
      '诚实网络把付款挖进它的下一个区块；付款获得 z 个确认后商家发货。' +
      '商家发货后，一旦攻击者的分支比诚实链拥有更多工作量，攻击者就公布分支（先见者优先，所以平局不算赢）；当它落后固定数量的区块时就放弃（这个数量的选择使放弃掉的成功概率至多为 95% 区间半宽的二十分之一）。' +
      '如果每个诚实节点最终都在攻击者的分支上、付款被撤销，攻击就成功了。',
    real: '每次试验都是一对全新的真实节点，商家的和攻击者的：每个区块都用真实的工作量证明（容易的目标）挖出并经过验证，付款和双花都是已签名的交易，公布的分支通过对等协议到达商家。试验在实验室的 Web Worker 中运行。',
    whyLead: '为什么有三个答案。',
    why:
      '“exact”就是这场竞赛本身：商家等待 z 个区块期间，攻击者的进度服从负二项分布（诚实网络挖出第 z 个区块之前攻击者挖出的区块数）；落后时它必须领先一个区块（赌徒破产问题），因为平局不算赢。' +
      '中本聪白皮书中的 P(q, z) 把攻击者的进度当作泊松分布，仿佛诚实区块准时到来，并把追平也算作成功。' +
      'Rosenfeld（2012）保留负二项分布，但也把平局算作成功，他用一个预挖区块来解释：它等于带一个预挖区块的 exact。',
    theoryLine: (q, z, m, exact, rosenfeld, whitepaper) => `在 q ${q}、z ${z}${premined(m)} 时：exact ${percent(exact)}，Rosenfeld ${percent(rosenfeld)}，白皮书 ${percent(whitepaper)}。`,
    fields: {
      q: { label: '攻击者算力比例 q', hint: '大于 0，小于 0.5', name: '攻击者算力比例 q' },
      z: { label: '确认数 z', hint: '0 到 50', name: '确认数 z' },
      premined: { label: '预挖区块数', hint: '0 到 10', name: '预挖区块数' },
      trials: { label: '试验次数', hint: '1 到 100000', name: '试验次数' },
      seed: { label: '种子', hint: '同一种子，同一结果' },
    },
    runAll: '运行 z = 0 到 6',
    figureTitle: '双花竞赛：成功率与确认数',
    summary: (q, z, m, successes, trials, rate, lo, hi, theory, deficit, lost, mined) =>
      `q ${q}，z ${z}${premined(m)}：攻击在 ${n(trials)} 次试验中成功 ${n(successes)} 次，${percent(rate)}（95% 区间 ${interval(lo, hi)}）。` +
      `exact ${theory.exact}，白皮书 ${theory.whitepaper}，Rosenfeld ${theory.rosenfeld}。` +
      `攻击者落后 ${deficit} 个区块时放弃，这使它损失 ${percent(lost)} 的成功率；共挖出并验证了 ${n(mined)} 个区块。`,
    verdict: (value, inside) => `${percent(value)}（${inside ? '在区间内' : '在区间外'}）`,
    series: (q, m) => `q ${q}${premined(m)}`,
    curveExact: (series) => `exact，${series}`,
    curveWhitepaper: (q) => `白皮书，q ${q}`,
    curveRosenfeld: (q) => `Rosenfeld，q ${q}`,
    point: (series, z, rate, lo, hi, exact, whitepaper, rosenfeld) =>
      `${series}，z ${z}：实测 ${percent(rate)}（95% ${interval(lo, hi)}）；exact ${percent(exact)}，白皮书 ${percent(whitepaper)}，Rosenfeld ${percent(rosenfeld)}`,
    legendMeasured: (series) => `实测，${series}`,
    legendExact: 'exact（本竞赛）',
    legendWhitepaper: '白皮书（中本聪的 P）',
    legendRosenfeld: 'Rosenfeld 的 r',
    xLabel: '商家等待的确认数 z',
    yLabel: '攻击成功',
    headers: ['q', 'z', '预挖', '试验次数', '实测', '95% 区间', 'exact', '白皮书', 'Rosenfeld', 'exact 在区间内？'],
  },
  selfish: {
    title: '自私挖矿',
    modelLead: '模型',
    model:
      '（Eyal 和 Sirer，《Majority is not enough》，2014）。一个拥有 α 比例算力的矿池把它找到的区块留给自己。' +
      '当诚实网络找到一个区块、矿池的领先降到一个时，矿池公布自己的区块，两者竞赛；领先两个时它公布全部并获胜；领先更多时，每出现一个诚实区块它就公布一个自己的区块。' +
      'γ 是在竞赛中在矿池区块上继续挖矿的诚实算力比例。' +
      '矿池是一个真实节点，挖出、扣留并公布真实区块；γ 不是抛硬币，而是来自网络：诚实区块在 20 毫秒后到达其他诚实节点，而矿池的连接带有抖动，使它的区块在 γ 比例的诚实矿工那里先到达。' +
      '实验室在一次长时间运行中测量最终链上属于矿池的区块比例，以及网络实际实现的 γ。',
    threshold:
      '诚实挖矿获得 α 的份额。当 α 高于 (1 − γ)/(3 − 2γ) 时自私挖矿收益更高：γ = 0 时为三分之一，γ = 0.5 时为四分之一，γ = 1 时为零。' +
      'γ 最多为 0.9：每个诚实矿工都在自己的区块上继续，所以 n 个诚实节点最多达到 (n − 1)/n，而实验室最多使用 10 个。',
    alpha: '矿池算力比例 α',
    alphaName: '矿池算力比例 α',
    blocksName: '区块数',
    runAll: '运行 α = 0.1 到 0.45',
    figureTitle: '自私挖矿：矿池在链上的份额与其算力比例',
    summary: (alpha, gamma, revenue, lo, hi, theory, inside, realised, realisedLo, realisedHi, races, honestNodes, threshold) =>
      `α ${alpha}，γ ${gamma}：矿池以 ${percent(alpha)} 的算力获得了链上 ${percent(revenue)} 的区块` +
      `（95% 区间 ${interval(lo, hi)}），${lo > alpha ? '多于' : hi < alpha ? '少于' : '大约等于'}诚实挖矿所得。` +
      `Eyal 和 Sirer 的 R(α, γ) = ${percent(theory)}（${inside ? '在区间内' : '在区间外'}）。` +
      `网络实现的 γ：${two(realised)}（95% ${two(realisedLo)} 至 ${two(realisedHi)}，${n(races)} 次竞赛，${n(honestNodes)} 个诚实节点）。` +
      `在此 γ 下，当 α 高于 ${percent(threshold)} 时自私挖矿有利可图。`,
    curve: (gamma) => `R，γ ${gamma}`,
    honestCurve: '诚实：α',
    mark: (gamma, threshold) => `γ ${gamma}：高于 ${percent(threshold)} 时有利`,
    point: (alpha, gamma, revenue, lo, hi, theory, realised) =>
      `α ${alpha}，γ ${gamma}：矿池获得 ${percent(revenue)} 的区块（95% ${interval(lo, hi)}）；R ${percent(theory)}；实现的 γ ${two(realised)}`,
    legendSeries: (gamma) => `γ ${gamma}：实测与 R(α, γ)`,
    legendHonest: '诚实挖矿：份额 = α',
    legendThreshold: '阈值 (1 − γ)/(3 − 2γ)',
    xLabel: '矿池算力比例 α',
    yLabel: '矿池在链上的份额',
    realisedCell: (realised, lo, hi) => `${two(realised)}（${two(lo)} 至 ${two(hi)}）`,
    headers: ['α', '设定的 γ', '实现的 γ（95%）', '区块数', '实测', '95% 区间', 'R(α, γ)', '阈值', 'R 在区间内？'],
  },
  stale: {
    title: '孤块与传播',
    model:
      '两个各占一半算力的矿工共用一条连接，每条消息都延迟 d。当另一个矿工还没收到上一个区块时找到的区块可能输掉竞赛而成为孤块。' +
      '这种情况下孤块率的精确值为 d / (2 (T + d))，T 为出块间隔；常被引用的 1 − e^(−d/2T) 只在一阶近似下成立。' +
      '使用 inv 转发（inv、getdata，然后是区块）时，一个区块需要 3d 才能到达。',
    delays: '延迟 d/T',
    relay: '转发方式',
    push: 'push（直接发送区块）',
    inv: 'inv、getdata、区块',
    blocks: '每个延迟的区块数',
    result: (inside, delays) => `${n(delays)} 个延迟中有 ${n(inside)} 个的 d/(2(T+d)) 落在其 95% 区间内。`,
    figureTitle: '孤块与连接延迟',
    point: (delay, measured, lo, hi, expected) => `延迟为间隔的 ${delay}：孤块 ${percent(measured)}（95% ${interval(lo, hi)}）；d/(2(T+d)) ${percent(expected)}`,
    legendExact: '精确：d / (2 (T + d))',
    legendFirstOrder: '一阶近似：1 − e^(−d/2T)',
    xLabel: '单向延迟 d / 出块间隔 T',
    yLabel: '孤块',
    headers: ['d/T', '转发', '区块数', '孤块', '实测', '95% 区间', 'd/(2(T+d))', '1 − e^(−d/2T)'],
  },
  majority: {
    title: '对运行中网络的 51% 攻击',
    model:
      '一个拥有过半算力的攻击者在与所有人隔绝的情况下加入网络，取你所关注节点的链直到其顶端以下 k 个区块处，并从那里挖一条私有分支，同时诚实矿工照常挖矿。' +
      '一旦它的分支比他们的拥有更多工作量，它就连接上网络，每个节点都切换到这条分支：最后 k 个区块被改写，其中的付款重新变为未确认（回到交易池），或在新分支花掉同样的币时消失。' +
      '每个区块都是真实的，每个节点都会验证；区块链面板会显示这次重组。',
    unavailable: '⚠ 在这条链上不可用。',
    tooHard: (hashes) =>
      `攻击在本页面的线程上挖矿，因此需要容易的目标，而这里每个区块大约需要 ${n(hashes)} 次哈希。` +
      '请在设置中创建模拟链（或调用 resetSystem({ preset: "simulation" })）来运行它。',
    replace: '用新的模拟链替换全部内容',
    keep: '保留这条链',
    makeSimulation: '创建模拟链…',
    made: '已创建新的模拟链：攻击可以在上面运行。',
    readOnlyLead: '⚠ 只读标签页：',
    readOnly: '请在另一个标签页中修改。',
    share: '攻击者算力比例',
    shareName: '攻击者算力比例',
    depth: '要改写的区块数（k）',
    depthName: '要改写的区块数',
    attack: '攻击运行中的网络',
    reversed: '被撤销的付款',
    backInPool: '回到交易池',
    dropped: '已丢弃：与新链冲突',
    seeReorg: '在区块链面板中查看重组',
    summary: (share, mined, honestBlocks, node, depth, forkHeight, payments) =>
      `攻击者以 ${percent(share)} 的算力挖出 ${n(mined)} 个区块，同时诚实矿工找到 ${n(honestBlocks)} 个；` +
      `${node} 重组了 ${n(depth)} 个区块深（两条链在区块 ${n(forkHeight)} 之后分叉）。` +
      (payments === 0 ? '被改写的区块中没有付款。' : `${n(payments)} 笔付款被撤销：`),
    paid: (amount, address) => `${amount} 币付给 ${address}`,
  },
};
