/** Lesson 9's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { ForksText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<ForksText> = {
  intro: [
    'Los mensajes tardan en cruzar una red, y a veces una red se divide: se corta un cable, un país se queda sin conexión. Cada mitad sigue por su cuenta, minando sus propios bloques. La cadena se bifurca en dos ramas.',
    'Cuando las mitades vuelven a encontrarse, cada nodo compara las ramas y sigue la que tiene más trabajo. Los nodos de la otra rama cambian: deshacen sus bloques hasta la bifurcación y aplican los ganadores. Esto es una reorganización.',
    'Los pagos de los bloques deshechos no se pierden: vuelven al pool y esperan a que los minen otra vez. Pero hasta entonces no están confirmados, y por eso una tienda espera unas cuantas confirmaciones antes de fiarse de un pago.',
  ],
  steps: {
    split: { task: 'Divide la red: Ana y Ben a la izquierda, Cleo y Dan a la derecha.', hint: 'Pulsa «Dividir la red». Se cortan las conexiones entre las mitades.' },
    pay: { task: 'Envía el pago de Alice a Bob a través de Cleo: solo se entera la mitad derecha.', hint: 'Pulsa «Alice paga 3 monedas a Bob (vía Cleo)». Mira los pools: Cleo y Dan lo tienen, Ana y Ben no.' },
    'mine-both': { task: 'Mina un bloque en cada mitad: la cadena se bifurca.', hint: 'Pulsa «Minar a la izquierda» y «Minar a la derecha». El bloque de la derecha lleva el pago.' },
    heal: { task: 'Mina un bloque más a la izquierda y luego repara la red: la mitad derecha se reorganiza sobre la rama de la izquierda.', hint: 'La rama de la izquierda debe tener más trabajo: mina dos veces a la izquierda, una a la derecha, y pulsa «Reparar la red».' },
    returned: { task: 'Comprueba dónde está ahora el pago: su bloque quedó abandonado y el pago ha vuelto al pool.', hint: 'Mira «El pago de Alice». Vuelve a estar en espera, en el pool de cada nodo.' },
  },
  networkTitle: 'La red',
  split: 'Dividir la red',
  heal: 'Reparar la red',
  splitState: 'La red está dividida en dos mitades.',
  wholeState: 'La red está entera.',
  pay: 'Alice paga 3 monedas a Bob (vía Cleo)',
  mineLeft: 'Minar a la izquierda (Ana)',
  mineRight: 'Minar a la derecha (Cleo)',
  mining: (tries) => `Minando… ${tries} intentos.`,
  sides: (left, right) => `Rama izquierda: altura ${n(left)}. Rama derecha: altura ${n(right)}.`,
  agreed: '✓ Todos los nodos siguen la misma cadena.',
  notAgreed: 'No todos los nodos siguen la misma cadena.',
  paymentTitle: 'El pago de Alice',
  noPayment: 'Todavía no se ha hecho.',
  paymentConfirmed: 'En un bloque de la cadena activa.',
  paymentWaiting: (pools) => `En espera en el pool de ${pools}.`,
  paymentNowhere: 'En ninguna cadena activa ni en ningún pool.',
  reorgsTitle: 'Reorganizaciones',
  noReorgs: 'Ninguna todavía.',
  reorg: (node, depth) => (depth === 1 ? `${node} cambió de rama: 1 bloque deshecho.` : `${node} cambió de rama: ${n(depth)} bloques deshechos.`),
  chainTitle: 'Árbol de bloques de',
  chainPick: 'De quién mostrar el árbol de bloques',
};
