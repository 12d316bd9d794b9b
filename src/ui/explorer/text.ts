/**
 * The words of the block explorer's frame (its heading, the height form, and
 * what it says while a block is not shown): English here, the other languages
 * in text.<language>.ts. The frame is on the first screen; an opened block's
 * own words (block/text.ts) load with the block view.
 */
import { areaText } from '../i18n/area-text';

const english = {
  explorer: {
    title: 'Block explorer',
    heightLabel: 'Block height',
    open: 'Open block',
    openTip: 'Open the tip',
    heightNotNumber: (tip: string) => `Enter a block height: a whole number from 0 to ${tip}.`,
    noBlockAt: (node: string, typed: string, tip: string) => `${node} has no block at height ${typed}: its chain goes from 0 to ${tip}.`,
    pick: 'Select a block in the chain above, or open one by height, to see its header, its transactions and why it is valid.',
    /** Around the block's short hash: the block is known but its transactions are still being read. */
    loading: { before: 'Block', after: (node: string) => `is on ${node}, and its transactions are still being read from storage: it shows here in a moment.` },
    /** Around the block's short hash: the node does not have it. */
    missing: { before: (node: string) => `${node} does not have block`, after: '(yet): it may still be travelling through the network, or be on another node only.' },
    viewFailed: (error: string) => `The block could not be shown (${error}). Reload the page to try again.`,
  },
};

export type ExplorerText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
