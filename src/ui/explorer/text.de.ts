/** The block explorer frame's words in German. */
import type { Translation } from '../i18n/area-text';
import type { ExplorerText } from './text';

export const text: Translation<ExplorerText> = {
  explorer: {
    title: 'Block-Explorer',
    heightLabel: 'Blockhöhe',
    open: 'Block öffnen',
    openTip: 'Spitze öffnen',
    heightNotNumber: (tip) => `Gib eine Blockhöhe ein: eine ganze Zahl von 0 bis ${tip}.`,
    noBlockAt: (node, typed, tip) => `${node} hat keinen Block auf Höhe ${typed}: Seine Kette reicht von 0 bis ${tip}.`,
    pick: 'Wähle oben einen Block in der Kette oder öffne einen über seine Höhe, um seinen Header, seine Transaktionen und den Grund seiner Gültigkeit zu sehen.',
    loading: { before: 'Block', after: (node) => `ist auf ${node}, und seine Transaktionen werden noch aus dem Speicher gelesen: Er erscheint hier gleich.` },
    missing: { before: (node) => `${node} hat Block`, after: '(noch) nicht: Er ist vielleicht noch im Netzwerk unterwegs oder nur auf einem anderen Knoten.' },
    viewFailed: (error) => `Der Block konnte nicht angezeigt werden (${error}). Lade die Seite neu, um es noch einmal zu versuchen.`,
  },
};
