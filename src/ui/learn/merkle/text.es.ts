/** Lesson 7's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { MerkleText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<MerkleText> = {
  intro: [
    'La cabecera de un bloque ocupa solo 80 bytes y, aun así, se compromete con todas las transacciones del bloque. Lo hace con un solo hash: la raíz de Merkle. Se calculan los hashes de los identificadores de las transacciones por parejas, luego los de esos resultados por parejas, y así hasta un único hash arriba del todo.',
    'Si cambias cualquier transacción, cambia su identificador, y también cada hash por encima de él, y la raíz ya no coincide con la cabecera: el bloque no es válido.',
    'El árbol también da pruebas cortas. Para demostrar que una transacción está en el bloque solo hacen falta los hashes que hay junto a su camino hasta la raíz: 3 hashes para estas 7 transacciones, unos 20 para un millón. Un monedero en el móvil puede comprobar así un pago sin descargar el bloque.',
  ],
  steps: {
    select: { task: 'Haz clic en una transacción abajo del árbol para ver su prueba: el camino hasta la raíz y los hashes que hay junto a él.', hint: 'Las hojas son los identificadores de las transacciones; la línea gruesa es el camino y las cajas marcadas son los hermanos que lleva la prueba.' },
    tamper: { task: 'Manipula una transacción y sigue los hashes que cambian hasta la raíz.', hint: 'Pulsa «Manipular una transacción». La raíz ya no coincide con la de la cabecera del bloque.' },
    'big-block': { task: 'Imagina un bloque de 1.000 transacciones o más y mira lo cortas que siguen siendo sus pruebas.', hint: 'Escribe 1000 en «Transacciones en un bloque». Prueba también 1.000.000: la prueba crece un hash cada vez que el bloque se duplica.' },
  },
  blockLabel: 'el bloque de la lección',
  whoTitle: 'Las transacciones del bloque',
  coinbase: 'La coinbase: la recompensa del minero',
  payment: (from, to) => `${from} paga 1 moneda a ${to}`,
  sizeTitle: '¿Cuánto ocupa una prueba?',
  sizeLabel: 'Transacciones en un bloque',
  sizeHelp: 'De 1 a 1.000.000.',
  sizeLine: (hashes, bytes, all) =>
    (hashes === 1 ? `Una prueba necesita 1 hash (${bytes} bytes)` : `Una prueba necesita ${n(hashes)} hashes (${bytes} bytes)`) +
    `, en lugar de todos los identificadores de transacción (${all} bytes).`,
};
