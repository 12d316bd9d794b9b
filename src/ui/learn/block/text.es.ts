/** Lesson 2's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import type { BlockText } from './text';

export const text: Translation<BlockText> = {
  intro: [
    'Un bloque es una página del libro de cuentas. Contiene unos datos (en Bitcoin, una lista de pagos), el hash del bloque anterior y un número llamado nonce.',
    'El hash del propio bloque se calcula sobre todo eso. El bloque solo cuenta si su hash está en un objetivo o por debajo: aquí, un hash que empieza por cuatro ceros (0000…).',
    'Si cambias los datos, cambia el hash y el bloque deja de ser válido. Repararlo significa encontrar un nonce que vuelva a dejar el hash lo bastante pequeño. Nadie puede calcular ese nonce: hay que probar, unos 65.536 intentos aquí. Esa búsqueda es la minería.',
  ],
  steps: {
    edit: { task: 'Cambia los datos del bloque: mira cómo deja de ser válido.', hint: 'Escribe en el campo Datos; por ejemplo, cambia 5 por 50.' },
    mine: {
      task: 'Pulsa Minar para encontrar un nonce que vuelva a hacer válido el bloque.',
      hint: 'Los procesos de minería de la página prueban nonces desde 0 hacia arriba hasta que el hash está en el objetivo o por debajo.',
    },
    guess: { task: 'Escribe un nonce tuyo: casi cualquier intento da un bloque no válido.', hint: 'Cambia el número del campo Nonce. Solo funciona más o menos un nonce de cada 65.536.' },
  },
  targetTitle: 'El objetivo',
  targetWhy: 'Un hash válido está en este número o por debajo: acierta más o menos 1 intento de cada 65.536.',
};
