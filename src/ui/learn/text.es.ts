/** The Learn section's frame in Spanish. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { LearnText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<LearnText> = {
  titles: {
    hashes: { title: 'Hashes', summary: 'Una huella para cualquier texto, y un acertijo hecho con ella.' },
    block: { title: 'Un bloque', summary: 'Datos, un nonce y un hash que debe ser lo bastante pequeño.' },
    chain: { title: 'Una cadena', summary: 'Bloques unidos por hashes: cambia uno y los rompes todos.' },
    copies: { title: 'Muchas copias', summary: 'Todos guardan la cadena; decide la que tiene más trabajo.' },
    keys: { title: 'Claves y firmas', summary: 'Firma con una clave privada, comprueba con la pública.' },
    coins: { title: 'Transacciones y monedas', summary: 'Los pagos gastan monedas y dan cambio.' },
    merkle: { title: 'Árboles de Merkle', summary: 'Un hash para todas las transacciones, y pruebas cortas.' },
    difficulty: { title: 'Minería y dificultad', summary: 'Objetivos, intentos esperados y bloques a su hora.' },
    forks: { title: 'Bifurcaciones y más trabajo', summary: 'Divide la red, cúrala y mira la reorganización.' },
    attacks: { title: 'Ataques', summary: 'La carrera del doble gasto, y lo que compra la potencia de hash.' },
    bitcoin: { title: 'Bitcoin real', summary: 'Comprueba cabeceras reales de mainnet y pruebas de Merkle.' },
  },
  listTitle: 'Lecciones',
  lessonOf: (i, total) => `Lección ${n(i)} de ${n(total)}`,
  stepsDone: (done, total) => `${n(done)} de ${n(total)} pasos hechos`,
  stepsDoneShort: ' pasos hechos',
  complete: 'completa',
  loading: 'Cargando la lección…',
  loadFailed: (reason) => `No se pudo cargar esta lección (${reason}). Recarga la página para intentarlo de nuevo.`,
  stepsTitle: 'Pasos',
  stepDone: 'hecho',
  stepTodo: 'pendiente',
  showHint: 'Ver una pista',
  hintLabel: 'Pista:',
  dismiss: 'Cerrar el mensaje',
  saveFailed: (why) => `No se pudo guardar tu progreso: ${why}`,
  previous: 'Lección anterior',
  next: 'Lección siguiente',
  resetLesson: 'Empezar esta lección de nuevo',
  resetDone: 'La lección empieza de nuevo desde el principio.',
  presenterOn: 'Modo presentación',
  presenterOff: 'Salir del modo presentación',
  presenterKeys: 'Teclas: → o Av Pág para la lección siguiente, ← o Re Pág para la anterior, Esc para salir.',
  share: {
    title: 'Compartir esta lección',
    intro: 'El enlace y el archivo guardan este espacio de prácticas tal como está ahora; al abrirlos se ve lo mismo en cualquier ordenador, también sin conexión.',
    copyLink: 'Copiar el enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'El navegador no permitió copiar: selecciona el enlace y cópialo.',
    linkLabel: 'Enlace a esta lección tal como está ahora',
    saveFile: 'Guardar como archivo',
    openFile: 'Abrir un archivo de lección compartida',
    opened: 'La lección compartida está abierta.',
    refused: (reason) => `No se abrió la lección compartida: ${reason}`,
  },
};
