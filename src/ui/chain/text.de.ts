/** The Chain panel's words in German. */
import type { Translation } from '../i18n/area-text';
import type { ChainText } from './text';

export const text: Translation<ChainText> = {
  title: (node) => `Kette von ${node}`,
  tree: 'Blockbaum',
  whose: 'Wessen Blöcke',
  nodeTree: (node) => `Baum von ${node}`,
  network: 'Ganzes Netzwerk',
  networkHint: 'Die Blöcke aller Knoten: oben die Kette mit der meisten Arbeit, darunter Zweige, denen andere Knoten folgen (oder die sie verlassen haben), die Spitze jedes Knotens markiert.',
  foreignTips: (node) => `Spitzen, die ${node} nicht erhalten hat`,
  fork: 'Gabelung:',
  forkOn: (nodes, count, height) => `${nodes} ${count === 1 ? 'ist' : 'sind'} auf Spitze #${height}`,
  forkMissing: (node) => `, die ${node} nicht erhalten hat — ein konkurrierender Zweig (eine Netzwerkteilung oder ein Block, der noch unterwegs ist).`,
  charts: (node) => `Diagramme der Kette von ${node}`,
  chartsHint: 'Blockabstand, Schwierigkeit, Hashrate je Miner, Anteil verwaister Blöcke',
  chartsFailed: (error) => `Die Diagramme konnten nicht geladen werden (${error}). Lade die Seite neu, um es noch einmal zu versuchen.`,
};
