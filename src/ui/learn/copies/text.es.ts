/** Lesson 4's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { CopiesText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<CopiesText> = {
  intro: [
    'No hay una copia maestra. Cada nodo de la red guarda la cadena entera y comprueba por su cuenta cada bloque que recibe según las reglas.',
    'Así que cambiar tu propia copia no cambia nada para nadie más. Cleo edita un bloque de su copia: sus pares lo comprueban y lo rechazan, porque su prueba de trabajo ya no se cumple. Aunque ella rehaga el trabajo, su versión es solo otra rama.',
    'Cuando existen dos versiones válidas, los nodos no votan ni cuentan copias. Cada uno sigue la cadena con más trabajo (la que tiene más prueba de trabajo detrás); en caso de empate, la que vio primero. Decide quien puede añadir trabajo más deprisa: por eso importa que la mayoría de la potencia de hash sea honesta.',
  ],
  steps: {
    tamper: { task: 'Cambia el bloque 2 en la copia de Cleo: ese bloque y todos los siguientes se rompen.', hint: 'Edita los Datos del bloque 2 en «La copia de Cleo», por ejemplo «Bob → Cleo 200».' },
    refused: { task: 'Deja que Cleo envíe su bloque cambiado a Ana y Ben: los dos lo rechazan y dicen por qué.', hint: 'Pulsa «Cleo envía su bloque cambiado». Sus registros dan el código del motivo: high-hash, la prueba de trabajo falla.' },
    remined: { task: 'Vuelve a minar los bloques 2, 3 y 4 de Cleo, en orden, hasta que su copia vuelva a ser válida.', hint: 'Pulsa «Minar de nuevo» en el bloque 2, luego en el 3 y luego en el 4. Cada uno necesita aquí unos 1.024 intentos.' },
    outworked: {
      task: 'Pon en marcha el nodo de Cleo con su copia y luego deja que Ana mine un bloque más: todos los nodos, también el de Cleo, acaban en la cadena de Ana.',
      hint: 'Pulsa «Cleo pone en marcha su nodo con su copia»: dos versiones con el mismo trabajo, nadie cambia. Luego «Ana mina el bloque siguiente»: ahora la cadena de Ana tiene más trabajo.',
    },
  },
  networkTitle: 'La red',
  copyTitle: 'La copia de Cleo',
  copyHelp: 'Los bloques tal como los guarda Cleo. Cambia los datos de uno de ellos.',
  block: (i) => `Bloque ${n(i)}`,
  data: (i) => `Datos del bloque ${n(i)}`,
  valid: '✓ válido',
  invalid: '✗ no válido',
  changed: 'cambiado',
  remine: 'Minar de nuevo',
  remineLabel: (i) => `Minar de nuevo el bloque ${n(i)} de la copia de Cleo`,
  mining: (tries) => `Minando… ${tries} intentos.`,
  actionsTitle: 'Qué pasa después',
  send: 'Cleo envía su bloque cambiado a Ana y Ben',
  refusedBy: (node, code, why) => `${node} lo rechazó (${code}): ${why}`,
  banned: (names) => `${names} además bloqueó a Cleo durante un día: los nodos de Bitcoin cortan con un par que envía un bloque con una prueba de trabajo incorrecta.`,
  run: 'Cleo pone en marcha su nodo con su copia',
  runHelp: 'Su nodo arranca de nuevo desde su copia editada y vuelve a conectarse con Ana y Ben (cuando termine el bloqueo: el reloj avanza un día).',
  mineAna: 'Ana mina el bloque siguiente',
  agreed: '✓ Los tres nodos siguen la misma cadena.',
  twoVersions: 'Dos versiones con el mismo trabajo: cada nodo se queda con la que vio primero. Nadie cuenta cuántos nodos tienen cuál.',
  cleoBack: '✓ El propio nodo de Cleo cambió a la cadena de Ana: tiene más trabajo. Sus cambios están ahora en una rama abandonada, incluso en su copia.',
  chainTitle: 'Árbol de bloques de',
  chainPick: 'De quién mostrar el árbol de bloques',
};
