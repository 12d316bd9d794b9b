/** Lesson 1's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { HashesText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<HashesText> = {
  intro: [
    'Una función hash convierte cualquier texto en una huella de tamaño fijo. Bitcoin usa SHA-256: 256 bits, que aquí se muestran como 64 dígitos hexadecimales (0–9, a–f, cuatro bits cada uno).',
    'El mismo texto da siempre el mismo hash. Si cambias una sola letra, cambian más o menos la mitad de los bits, sin ningún patrón. Nadie puede volver de un hash a su texto: la única forma de encontrar un texto con un tipo concreto de hash es probar.',
    'Eso da un rompecabezas: encontrar un texto cuyo hash empiece por n bits a cero. Añade un contador al texto y prueba 0, 1, 2, … hasta que funcione. Cada bit a cero más reduce la probabilidad a la mitad, así que duplica los intentos que cabe esperar.',
  ],
  steps: {
    type: { task: 'Escribe lo que quieras en el cuadro y mira cómo cambia el hash mientras escribes.', hint: 'Haz clic en el cuadro bajo «Tu texto» y cambia las palabras.' },
    'one-char': {
      task: 'Cambia exactamente un carácter (añade, borra o sustituye uno) y mira cuántos de los 256 bits han cambiado.',
      hint: 'Borra la última letra, por ejemplo. La línea bajo la cuadrícula de bits cuenta los bits que cambiaron.',
    },
    'zeros-8': {
      task: 'Encuentra una entrada cuyo hash empiece por 8 bits a cero.',
      hint: 'Pon «Bits a cero» en 8 y pulsa «Buscar una entrada». La búsqueda añade un número a tu texto hasta que el hash empieza por 8 bits a cero.',
    },
    'tries-grow': {
      task: 'Busca tres cantidades distintas de bits a cero, una de ellas 12 o más, y compara los intentos en la tabla.',
      hint: 'Prueba 4, 8 y 12. Cada 4 bits más cuestan unas 16 veces más intentos: el número esperado es 2 elevado a n.',
    },
  },
  textLabel: 'Tu texto',
  textHelp: 'Su hash SHA-256 se actualiza con cada tecla.',
  hashLabel: 'Hash SHA-256',
  bitsTitle: 'Los 256 bits del hash',
  bitsLegend: 'Cuadrado lleno: un bit 1. Cuadrado vacío: un bit 0. Cuadrado con un anillo: cambió con tu última edición.',
  bitsAlt: (ones, changed) =>
    `Los 256 bits del hash: ${n(ones)} unos y ${n(256 - ones)} ceros.` + (changed === null ? '' : ` ${n(changed)} bits cambiaron con la última edición.`),
  changedLine: (changed) => `${n(changed)} de 256 bits cambiaron con tu última edición (lo esperable es más o menos la mitad).`,
  noEditYet: 'Edita el texto para ver qué bits cambian.',
  zeroBitsNow: (z) => (z === 1 ? 'Este hash empieza por 1 bit a cero.' : `Este hash empieza por ${n(z)} bits a cero.`),
  searchTitle: 'El rompecabezas de los bits a cero',
  zeroBitsLabel: 'Bits a cero',
  zeroBitsHelp: (max) => `De 1 a ${n(max)}. La búsqueda se ejecuta en un Web Worker, así que la página sigue respondiendo.`,
  find: 'Buscar una entrada',
  cancel: 'Dejar de buscar',
  searching: (z, tries) => `Buscando ${n(z)} bits a cero… ${tries} intentos hasta ahora.`,
  resultsCaption: 'Búsquedas hasta ahora: los intentos se multiplican más o menos por dos con cada bit a cero más.',
  colBits: 'Bits a cero',
  colInput: 'Entrada encontrada',
  colTries: 'Intentos',
  colExpected: 'Esperados (2ⁿ)',
  use: 'Ponerla en el cuadro',
  useLabel: (input) => `Poner «${input}» en el cuadro`,
  noSearches: 'Todavía no hay búsquedas.',
};
