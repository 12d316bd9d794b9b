/** The network picture's words in Spanish. */
import type { Translation } from '../i18n/area-text';
import type { NetworkText } from './network-text';

export const text: Translation<NetworkText> = {
  region: 'Red',
  picture: 'Dibujo de la red',
  group: { whole: 'Red', partition: (n) => `Grupo ${n}` },
  link: (a, b, latency, cut) => `${a} – ${b}${latency !== null ? `, ${latency} ms` : ''}${cut ? ', cortado por la división' : ''}`,
  details: {
    height: (height) => `altura ${height}`,
    tip: (hash) => `punta ${hash}`,
    shape: (shape) => `forma de ${shape}`,
    partition: (n) => `grupo ${n}`,
  },
  shapes: { circle: 'círculo', square: 'cuadrado', diamond: 'rombo', triangle: 'triángulo', hexagon: 'hexágono', cross: 'cruz' },
  legend: {
    branch: (branch, mostWork) => `rama ${branch}${mostWork ? ' (más trabajo)' : ''}`,
    marks: '■ bloque · ● transacción · ◆ otro mensaje (inv, headers, getdata) · ✕ enlace cortado por una división',
  },
  table: {
    show: 'Mostrar la red como tabla',
    caption: (nodes, partitions) => `Red: ${nodes} nodos${partitions > 1 ? `, dividida en ${partitions} grupos` : ''}`,
    node: 'Nodo',
    partition: 'Grupo',
    height: 'Altura',
    tip: 'Punta',
    branch: 'Rama',
    peers: 'Pares',
    mining: (node) => `${node} (minando)`,
    branchShape: (branch, shape) => `${branch} (${shape})`,
  },
  flight: {
    heading: (count) => `Mensajes en camino: ${count}`,
    message: (label, from, to, progress) => `${label} de ${from} a ${to}, ${progress} del camino`,
  },
};
