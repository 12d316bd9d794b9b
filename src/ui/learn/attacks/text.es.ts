/** Lesson 10's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { AttacksText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<AttacksText> = {
  intro: [
    'Un doble gasto: Mallory paga a una tienda y, al mismo tiempo, mina en secreto una rama en la que las mismas monedas vuelven a ella. La tienda ve su pago confirmado y envía el pedido. Si la rama secreta de Mallory llega a ser más larga que la cadena honesta, ella la publica; cada nodo sigue la que tiene más trabajo, el pago de la tienda desaparece y el pago de Mallory a sí misma ocupa su lugar.',
    'Es una carrera entre la potencia de hash de Mallory y la de todos los demás. Con una parte pequeña se queda atrás y se rinde; cada confirmación que espera la tienda reduce su probabilidad. Con más de la mitad de toda la potencia de hash gana tarde o temprano, por mucho que espere la tienda: es el ataque del 51 %.',
    'El whitepaper de Bitcoin calcula su probabilidad P(q, z) para una parte q y z confirmaciones. Aquí cada carrera se juega en nodos reales con bloques reales, así que puedes contar.',
  ],
  steps: {
    'race-lost': { task: 'Mira una carrera con Mallory al 10 % de la potencia de hash: se queda atrás y se rinde.', hint: 'Deja la parte en 10 y pulsa «Ver una carrera».' },
    'race-won': { task: 'Dale a Mallory más de la mitad de la potencia de hash y mira cómo gana: el pago de la tienda se revierte.', hint: 'Escribe 60 en «Parte de Mallory» y mira una carrera. Después mira el árbol de bloques de la tienda.' },
    'many-races': { task: 'Juega 20 carreras con una misma parte y compara cuántas veces gana Mallory con la P(q, z) del whitepaper.', hint: 'Prueba 30 % y 1 confirmación: el whitepaper dice un 63 % aproximadamente. Veinte carreras dan una cuenta aproximada, no la cifra exacta.' },
  },
  controlsTitle: 'La carrera',
  share: 'Parte de Mallory en la potencia de hash (%)',
  shareHelp: (min, max) => `De ${n(min)} a ${n(max)}.`,
  confirmations: 'Confirmaciones que espera la tienda (z)',
  confirmationsHelp: (max) => `De 1 a ${n(max)}.`,
  watch: 'Ver una carrera',
  batch: (count) => `Jugar ${n(count)} carreras`,
  stop: 'Parar',
  batchProgress: (done, total) => `Carrera ${n(done)} de ${n(total)} terminada.`,
  raceTitle: (i, q, z) => `Carrera ${n(i)}: Mallory ${n(q)} %, la tienda espera ` + (z === 1 ? '1 confirmación' : `${n(z)} confirmaciones`),
  honestRow: 'Cadena honesta',
  attackerRow: 'Rama secreta de Mallory',
  blocks: (count) => (count === 1 ? '1 bloque' : `${n(count)} bloques`),
  scoreAlt: (h, a) => `Cadena honesta: ${n(h)} bloques desde el pago; rama de Mallory: ${n(a)}.`,
  shopWaiting: (c, z) => `La tienda ve ${n(c)} de ${n(z)} confirmaciones: espera.`,
  shopShipped: 'La tienda ha enviado el pedido.',
  running: 'La carrera está en marcha…',
  won: '✗ Mallory ganó: su rama era más larga después de que la tienda enviara el pedido. Todos los nodos cambiaron a ella; el pago de la tienda ha desaparecido y las mismas monedas volvieron a Mallory.',
  lost: (giveUp) => `✓ Mallory perdió: se quedó ${n(giveUp)} bloques atrás y se rindió. El pago de la tienda se mantiene.`,
  shopTree: 'El árbol de bloques de la tienda después de la carrera',
  talliesTitle: 'Carreras hasta ahora',
  colShare: 'Parte q',
  colZ: 'z',
  colRaces: 'Carreras',
  colWon: 'Ganó Mallory',
  colMeasured: 'Medido',
  colWhitepaper: 'Whitepaper P(q, z)',
  noRaces: 'Todavía no hay carreras.',
  talliesNote: 'Veinte carreras solo dan una cifra aproximada: una cuenta de 20 puede desviarse fácilmente 10 puntos porcentuales. La fórmula del whitepaper es a su vez una aproximación (el laboratorio de ataques mide miles de carreras frente a fórmulas exactas).',
  selfishTitle: 'Minería egoísta',
  selfish: [
    'Otro ataque no necesita doble gasto: un pool se guarda los bloques que encuentra y solo los publica para adelantar a los bloques de los demás, de modo que los mineros honestos malgastan su trabajo en bloques que acaban abandonados.',
    'Eyal y Sirer («Majority is not enough», 2014) demostraron que un pool así gana más de lo que le corresponde en cuanto tiene más de un tercio de la potencia de hash, o incluso menos si gana la mayoría de los empates. La seguridad de Bitcoin necesita una mayoría honesta, y un poco más.',
  ],
};
