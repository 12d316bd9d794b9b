/** Lesson 3's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { ChainText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<ChainText> = {
  intro: [
    'Una cadena de bloques es una fila de bloques. Cada bloque lleva el hash del bloque anterior, y ese hash cubre los datos del bloque anterior: los bloques están encadenados por sus huellas.',
    'Cambia los datos del bloque 2 y su hash cambia. El bloque 3 guarda el hash del bloque 2 como hash anterior, así que el hash del bloque 3 también cambia, y así hasta el final: todos los bloques posteriores se rompen.',
    'Para reparar la cadena tienes que volver a minar el bloque 2, luego el 3, luego el 4 y el 5, en orden. Reescribir la historia cuesta el trabajo de cada bloque posterior al cambio, y cuanto más antiguo es el cambio, más bloques son.',
  ],
  steps: {
    edit: {
      task: 'Cambia los datos del bloque 2 y mira cómo los bloques 2 a 5 dejan de ser válidos.',
      hint: 'Nadie tocó los bloques 3, 4 y 5, pero sus hashes cambiaron: cada uno incluye el hash del bloque anterior.',
    },
    'remine-2': { task: 'Vuelve a minar el bloque 2. El bloque 3 sigue roto: su hash anterior cambió.', hint: 'Pulsa Minar en el bloque 2 y compara el hash anterior del bloque 3 con el nuevo hash del bloque 2.' },
    'remine-all': {
      task: 'Mina los bloques 3, 4 y 5, en orden, hasta que toda la cadena sea válida; mira cuántos intentos costó.',
      hint: 'Minar el bloque 4 antes que el 3 es trabajo perdido: cuando cambia el bloque 3, el hash anterior del bloque 4 vuelve a cambiar.',
    },
  },
  allValid: '✓ Toda la cadena es válida.',
  brokenFrom: (i) => `✗ La cadena está rota a partir del bloque ${n(i)}.`,
  work: (tries) => `Minado de nuevo en esta lección hasta ahora: ${tries} intentos.`,
};
