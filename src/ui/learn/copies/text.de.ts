/** Lesson 4's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { CopiesText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<CopiesText> = {
  intro: [
    'Es gibt kein Original. Jeder Knoten des Netzwerks hält die ganze Kette und prüft jeden Block, den er erhält, selbst anhand der Regeln.',
    'Deine eigene Kopie zu ändern, ändert also für niemanden sonst etwas. Cleo bearbeitet einen Block in ihrer Kopie: Ihre Peers prüfen ihn und lehnen ihn ab, weil sein Arbeitsnachweis nicht mehr stimmt. Selbst wenn sie die Arbeit neu leistet, ist ihre Version nur ein weiterer Zweig.',
    'Gibt es zwei gültige Versionen, stimmen die Knoten nicht ab und zählen keine Kopien. Jeder folgt der Kette mit der meisten Arbeit (dem meisten Arbeitsnachweis dahinter); bei Gleichstand der, die er zuerst gesehen hat. Wer am schnellsten Arbeit hinzufügen kann, entscheidet: Darum zählt, dass die Mehrheit der Hashleistung ehrlich ist.',
  ],
  steps: {
    tamper: { task: 'Ändere Block 2 in Cleos Kopie: Er und jeder Block danach brechen.', hint: 'Bearbeite die Daten von Block 2 in „Cleos Kopie“, zum Beispiel „Bob → Cleo 200“.' },
    refused: { task: 'Lass Cleo ihren geänderten Block an Ana und Ben schicken: Beide lehnen ihn ab und sagen, warum.', hint: 'Drücke „Cleo schickt ihren geänderten Block“. Ihre Protokolle nennen den Grundcode: high-hash, der Arbeitsnachweis scheitert.' },
    remined: { task: 'Mine Cleos Blöcke 2, 3 und 4 der Reihe nach neu, bis ihre Kopie wieder gültig ist.', hint: 'Drücke „Neu minen“ bei Block 2, dann 3, dann 4. Jeder braucht hier etwa 1.024 Versuche.' },
    outworked: {
      task: 'Starte Cleos Knoten mit ihrer Kopie und lass dann Ana einen weiteren Block minen: Jeder Knoten, auch Cleos, landet auf Anas Kette.',
      hint: 'Drücke „Cleo startet ihren Knoten mit ihrer Kopie“: zwei Versionen, gleich viel Arbeit, niemand wechselt. Dann „Ana mint den nächsten Block“: Jetzt hat Anas Kette die meiste Arbeit.',
    },
  },
  networkTitle: 'Das Netzwerk',
  copyTitle: 'Cleos Kopie',
  copyHelp: 'Die Blöcke, wie Cleo sie hält. Ändere die Daten eines davon.',
  block: (i) => `Block ${n(i)}`,
  data: (i) => `Daten von Block ${n(i)}`,
  valid: '✓ gültig',
  invalid: '✗ ungültig',
  changed: 'geändert',
  remine: 'Neu minen',
  remineLabel: (i) => `Block ${n(i)} von Cleos Kopie neu minen`,
  mining: (tries) => `Mining läuft … ${tries} Versuche.`,
  actionsTitle: 'Wie es weitergeht',
  send: 'Cleo schickt ihren geänderten Block an Ana und Ben',
  refusedBy: (node, code, why) => `${node} hat ihn abgelehnt (${code}): ${why}`,
  banned: (names) => `${names} hat Cleo außerdem für einen Tag gesperrt: Bitcoin-Knoten trennen sich von einem Peer, der einen Block mit falschem Arbeitsnachweis schickt.`,
  run: 'Cleo startet ihren Knoten mit ihrer Kopie',
  runHelp: 'Ihr Knoten startet neu mit ihrer bearbeiteten Kopie und verbindet sich wieder mit Ana und Ben (nach Ablauf einer Sperre: Die Uhr springt einen Tag weiter).',
  mineAna: 'Ana mint den nächsten Block',
  agreed: '✓ Alle drei Knoten folgen derselben Kette.',
  twoVersions: 'Zwei Versionen mit gleich viel Arbeit: Jeder Knoten behält die, die er zuerst gesehen hat. Niemand zählt, wie viele Knoten welche halten.',
  cleoBack: '✓ Cleos eigener Knoten ist auf Anas Kette gewechselt: Sie hat mehr Arbeit. Ihre Änderungen liegen jetzt auf einem verwaisten Zweig, sogar in ihrer Kopie.',
  chainTitle: 'Blockbaum von',
  chainPick: 'Wessen Blockbaum gezeigt wird',
};
