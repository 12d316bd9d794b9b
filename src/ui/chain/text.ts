/**
 * The words of the Chain panel's frame (whose tree is shown, forks this node
 * has not received, the charts' heading): English here, the other languages
 * in text.<language>.ts. The Chain panel is the first screen: keep this short.
 */
import { areaText } from '../i18n/area-text';

const english = {
  title: (node: string) => `Chain of ${node}`,
  tree: 'Block tree',
  whose: 'Whose blocks',
  nodeTree: (node: string) => `${node}'s tree`,
  network: 'Whole network',
  networkHint: "Every node's blocks: the most-work chain on top, branches other nodes follow (or left) below, each node's tip marked.",
  foreignTips: (node: string) => `Tips ${node} has not received`,
  fork: 'Fork:',
  /** Around the tip's short hash: who is on a tip this node lacks. */
  forkOn: (nodes: string, count: number, height: string) => `${nodes} ${count === 1 ? 'is' : 'are'} on tip #${height}`,
  forkMissing: (node: string) => `, which ${node} has not received — a competing branch (a partition, or a block still on its way).`,
  charts: (node: string) => `Charts of ${node}'s chain`,
  chartsHint: 'block interval, difficulty, hash rate per miner, stale rate',
  chartsFailed: (error: string) => `The charts could not be loaded (${error}). Reload the page to try again.`,
};

export type ChainText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
