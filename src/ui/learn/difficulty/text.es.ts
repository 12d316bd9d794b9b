/** Lesson 8's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { DifficultyText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<DifficultyText> = {
  intro: [
    'El objetivo es un número de 256 bits; un bloque es válido cuando su hash, leído como número, está en él o por debajo. Un objetivo más pequeño significa menos hashes ganadores. Cada bit a cero al principio del objetivo los reduce a la mitad, así que los intentos esperados se duplican: 2 elevado al número de bits a cero.',
    'La cabecera guarda el objetivo en 4 bytes, los «bits»: un exponente y tres cifras. El objetivo más fácil de Bitcoin tiene 32 bits a cero; el de hoy tiene unos 78, muy lejos del alcance de cualquier portátil.',
    'Los ordenadores se vuelven más rápidos y se suman mineros, así que los bloques llegarían cada vez antes. Cada cierto tiempo la regla mira cuánto tardaron los últimos bloques y ajusta el objetivo: si fueron demasiado rápidos, más difícil; si fueron demasiado lentos, más fácil (como mucho 4 veces en cada sentido). Así los bloques llegan a su hora.',
  ],
  steps: {
    'mine-easy': { task: 'Mina un bloque con 16 bits a cero o menos y anota los intentos y el tiempo.', hint: 'Deja «Bits a cero» en 16 y pulsa «Minar un bloque».' },
    'mine-harder': { task: 'Mina con 20 bits a cero o más: unas 16 veces más intentos. Compara el tiempo esperado con el que obtienes.', hint: 'Escribe 20 en «Bits a cero» y luego «Minar un bloque». La tasa de hash no cambia; los intentos crecen.' },
    retarget: { task: 'Prueba el reajuste: di que los últimos 20 bloques tardaron menos de 200 segundos y luego más.', hint: 'Escribe 100 en «Los últimos 20 bloques tardaron»: el objetivo se reduce (más difícil). Luego 400: crece (más fácil).' },
  },
  targetTitle: 'El objetivo',
  zeroBits: 'Bits a cero',
  zeroBitsHelp: (min, max) => `De ${n(min)} a ${n(max)}.`,
  bits: 'Bits (forma compacta en la cabecera)',
  target: 'Objetivo',
  expected: 'Intentos esperados',
  expectedTime: (time, rate) => `A los ${rate} de tus procesos: unos ${time} por bloque.`,
  noRate: 'Mina una vez para medir tu tasa de hash.',
  mine: 'Minar un bloque',
  stop: 'Parar',
  mining: (bits, tries, rate, time) => `Minando con ${n(bits)} bits a cero… ${tries} intentos, ${rate}, ${time}.`,
  runsCaption: 'Bloques minados en esta lección',
  colBits: 'Bits a cero',
  colTries: 'Intentos',
  colTime: 'Tiempo',
  colRate: 'Tasa de hash',
  noRuns: 'Todavía no se ha minado ningún bloque.',
  retargetTitle: 'Bloques a su hora',
  retargetRule: (interval, spacing, expected) =>
    `La cadena de la clase quiere un bloque cada ${n(spacing)} segundos y revisa cada ${n(interval)} bloques: ${n(interval)} bloques deberían tardar ${n(expected)} segundos.`,
  secondsLabel: (interval) => `Los últimos ${n(interval)} bloques tardaron (segundos)`,
  clamped: (used) => `Más de 4 veces de desviación: la regla usa ${n(used)} segundos (el límite).`,
  oldTarget: 'Objetivo anterior',
  newTarget: 'Objetivo nuevo',
  harder: (f) => `${f} veces más difícil`,
  easier: (f) => `${f} veces más fácil`,
  same: 'Sin cambios',
};
