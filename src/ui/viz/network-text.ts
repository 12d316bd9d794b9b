/**
 * The words of the network picture (NetworkView): group and link captions,
 * the details a node button's name adds after its drawn words, the legend,
 * the table and the messages in flight. A second area of the viz folder: the
 * picture loads with the Network panel or a lesson, and its words with it.
 * The words drawn on a node ("#12 · branch 0", "mining") are the viz area's
 * (text.ts), shared with the block boxes' button names. Message kinds (block,
 * tx, inv, headers, getdata) are the protocol's command names and stay as
 * they are, like reason codes.
 */
import { areaText } from '../i18n/area-text';

const english = {
  region: 'Network',
  picture: 'Network picture',
  /** The circle around every node when the network is whole, and around each group of a partition. */
  group: { whole: 'Network', partition: (n: number) => `Partition ${n}` },
  link: (a: string, b: string, latency: string | null, cut: boolean) =>
    `${a} – ${b}${latency !== null ? `, ${latency} ms` : ''}${cut ? ', cut by the partition' : ''}`,
  /** What a node button's name adds after its drawn words. */
  details: {
    height: (height: string) => `height ${height}`,
    tip: (hash: string) => `tip ${hash}`,
    shape: (shape: string) => `${shape} shape`,
    partition: (n: number) => `partition ${n}`,
  },
  shapes: { circle: 'circle', square: 'square', diamond: 'diamond', triangle: 'triangle', hexagon: 'hexagon', cross: 'cross' },
  legend: {
    branch: (branch: number, mostWork: boolean) => `branch ${branch}${mostWork ? ' (most work)' : ''}`,
    marks: '■ block · ● transaction · ◆ other message (inv, headers, getdata) · ✕ link cut by a partition',
  },
  table: {
    show: 'Show the network as a table',
    caption: (nodes: string, partitions: number) => `Network: ${nodes} nodes${partitions > 1 ? `, split into ${partitions} partitions` : ''}`,
    node: 'Node',
    partition: 'Partition',
    height: 'Height',
    tip: 'Tip',
    branch: 'Branch',
    peers: 'Peers',
    mining: (node: string) => `${node} (mining)`,
    branchShape: (branch: number, shape: string) => `${branch} (${shape})`,
  },
  flight: {
    heading: (count: string) => `Messages in flight: ${count}`,
    message: (label: string, from: string, to: string, progress: string) => `${label} from ${from} to ${to}, ${progress} of the way`,
  },
};

export type NetworkText = typeof english;

export const text = areaText(english, {
  es: () => import('./network-text.es').then((m) => m.text),
  de: () => import('./network-text.de').then((m) => m.text),
  'zh-CN': () => import('./network-text.zh-CN').then((m) => m.text),
});
