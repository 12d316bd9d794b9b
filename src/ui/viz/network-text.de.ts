/** The network picture's words in German. */
import type { Translation } from '../i18n/area-text';
import type { NetworkText } from './network-text';

export const text: Translation<NetworkText> = {
  region: 'Netzwerk',
  picture: 'Bild des Netzwerks',
  group: { whole: 'Netzwerk', partition: (n) => `Gruppe ${n}` },
  link: (a, b, latency, cut) => `${a} – ${b}${latency !== null ? `, ${latency} ms` : ''}${cut ? ', durch die Teilung getrennt' : ''}`,
  details: {
    height: (height) => `Höhe ${height}`,
    tip: (hash) => `Spitze ${hash}`,
    shape: (shape) => `Form ${shape}`,
    partition: (n) => `Gruppe ${n}`,
  },
  shapes: { circle: 'Kreis', square: 'Quadrat', diamond: 'Raute', triangle: 'Dreieck', hexagon: 'Sechseck', cross: 'Kreuz' },
  legend: {
    branch: (branch, mostWork) => `Zweig ${branch}${mostWork ? ' (meiste Arbeit)' : ''}`,
    marks: '■ Block · ● Transaktion · ◆ andere Nachricht (inv, headers, getdata) · ✕ durch eine Teilung getrennte Verbindung',
  },
  table: {
    show: 'Das Netzwerk als Tabelle zeigen',
    caption: (nodes, partitions) => `Netzwerk: ${nodes} Knoten${partitions > 1 ? `, geteilt in ${partitions} Gruppen` : ''}`,
    node: 'Knoten',
    partition: 'Gruppe',
    height: 'Höhe',
    tip: 'Spitze',
    branch: 'Zweig',
    peers: 'Peers',
    mining: (node) => `${node} (mint)`,
    branchShape: (branch, shape) => `${branch} (${shape})`,
  },
  flight: {
    heading: (count) => `Nachrichten unterwegs: ${count}`,
    message: (label, from, to, progress) => `${label} von ${from} an ${to}, ${progress} des Wegs`,
  },
};
