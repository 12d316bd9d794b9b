/** The block explorer frame's words in Spanish. */
import type { Translation } from '../i18n/area-text';
import type { ExplorerText } from './text';

export const text: Translation<ExplorerText> = {
  explorer: {
    title: 'Explorador de bloques',
    heightLabel: 'Altura del bloque',
    open: 'Abrir bloque',
    openTip: 'Abrir la punta',
    heightNotNumber: (tip) => `Escribe una altura de bloque: un número entero de 0 a ${tip}.`,
    noBlockAt: (node, typed, tip) => `${node} no tiene ningún bloque a la altura ${typed}: su cadena va de 0 a ${tip}.`,
    pick: 'Elige un bloque en la cadena de arriba, o abre uno por su altura, para ver su cabecera, sus transacciones y por qué es válido.',
    loading: { before: 'El bloque', after: (node) => `está en ${node}, y sus transacciones aún se están leyendo del almacenamiento: aparecerá aquí en un momento.` },
    missing: { before: (node) => `${node} no tiene (todavía) el bloque`, after: ': puede que aún esté viajando por la red, o que solo esté en otro nodo.' },
    viewFailed: (error) => `No se pudo mostrar el bloque (${error}). Recarga la página para volver a intentarlo.`,
  },
};
