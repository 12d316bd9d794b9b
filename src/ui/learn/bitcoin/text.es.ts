/** Lesson 11's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { BitcoinText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<BitcoinText> = {
  intro: [
    'Todo lo visto hasta ahora funciona con las mismas reglas que Bitcoin. Aquí compruebas bloques reales de Bitcoin con las mismas funciones que usan los nodos de esta página.',
    'La cabecera de un bloque de Bitcoin ocupa 80 bytes: versión, hash del bloque anterior, raíz de Merkle, hora, bits (el objetivo) y nonce. Su hash es SHA-256 aplicado dos veces, y debe estar en el objetivo o por debajo. Pega una cabecera real y la página lo recalcula todo; cambia un solo byte y la prueba de trabajo desaparece.',
    'La herramienta de Merkle hace lo mismo con las transacciones: dale los identificadores de transacción de un bloque y calcula la raíz que debe llevar la cabecera de ese bloque, y comprueba pruebas de que una transacción está en el bloque.',
  ],
  steps: {
    inspect: { task: 'Inspecciona una cabecera real: elige una (el bloque génesis, por ejemplo) y lee sus campos, su hash y su prueba de trabajo.', hint: 'Elige un bloque en «Elige una cabecera real». El veredicto de abajo dice si su prueba de trabajo se cumple.' },
    'one-byte': { task: 'Cambia un byte de la cabecera: la prueba de trabajo falla y la página dice por qué.', hint: 'Pulsa «Cambiar un byte» o edita tú mismo dos cifras hexadecimales de la cabecera.' },
    'merkle-root': {
      task: 'El campo contiene los cuatro identificadores de transacción del bloque 100000 y su raíz coincide con la cabecera de ese bloque. Cambia un carácter y luego déjalo como estaba: mira cómo la raíz deja de coincidir y vuelve a coincidir.',
      hint: 'Cambia cualquier cifra de un txid: la raíz cambia por completo y no está en ninguna cabecera. Deshaz el cambio y la raíz vuelve a ser la del bloque 100000.',
    },
    proof: { task: 'Crea una prueba para una transacción y compruébala.', hint: 'Elige una posición y pulsa «Crear una prueba»; luego cambia un carácter de la rama y mira cómo falla la comprobación.' },
  },
  headersSource:
    'Red principal de Bitcoin. El bloque génesis está escrito en Bitcoin Core (chainparams.cpp); los demás son tal como los da cualquier nodo completo o explorador de bloques (getblockheader, getblock).',
  inspectorTitle: 'Inspector de cabeceras',
  pick: 'Elige una cabecera real',
  pickNone: 'Elige un bloque…',
  headerLabel: 'Cabecera (80 bytes como 160 cifras hexadecimales)',
  changeOne: 'Cambiar un byte',
  fieldsCaption: 'Los campos de la cabecera',
  colField: 'Campo',
  colBytes: 'Bytes',
  colValue: 'Valor',
  fields: { version: 'Versión', prevHash: 'Hash del bloque anterior', merkleRoot: 'Raíz de Merkle', time: 'Hora', bits: 'Bits (objetivo)', nonce: 'Nonce' },
  hash: 'Hash del bloque (SHA-256 dos veces, mostrado al revés como hacen los exploradores)',
  target: 'Objetivo',
  difficulty: (d) => `Dificultad ${d} (cuántas veces más difícil que el objetivo más fácil que permite Bitcoin)`,
  powOk: '✓ La prueba de trabajo se cumple: el hash está en el objetivo o por debajo.',
  powBad: '✗ La prueba de trabajo falla.',
  isBundled: (name) => `Esta es la cabecera real de ${name}.`,
  changed: (name, list) => `Cambiada respecto a ${name} en ${list}.`,
  byteIn: (byte, field) => `el byte ${n(byte + 1)} (${field})`,
  merkleTitle: 'Herramienta de Merkle',
  txidsLabel: 'Identificadores de transacción, uno por línea (la coinbase primero)',
  root: 'Raíz de Merkle',
  rootMatches: (name) => `✓ Esta es la raíz de Merkle de la cabecera de ${name}.`,
  rootNoMatch: 'Esta raíz no está en ninguna de las cabeceras incluidas.',
  proofTitle: 'Prueba de que una transacción está en el bloque',
  position: 'Transacción que probar (0 = la primera)',
  proofPosition: 'Su posición en el bloque',
  makeProof: 'Crear una prueba',
  proofTxid: 'Identificador de transacción',
  proofBranch: 'Rama: los hashes hermanos, uno por línea, de abajo arriba',
  proofRoot: 'Raíz',
  proofOk: '✓ La prueba se verifica: el hash del txid con la rama da la raíz.',
  proofBad: '✗ La prueba falla: el hash del txid con la rama no da la raíz.',
  headers: {
    genesis: { name: 'Bloque génesis', note: '3 de enero de 2009. Su coinbase lleva el titular «Chancellor on brink of second bailout for banks».' },
    'block-1': { name: 'Bloque 1', note: 'El primer bloque minado después del bloque génesis: su hash anterior es el hash del génesis.' },
    'block-170': { name: 'Bloque 170', note: 'Enero de 2009: el primer pago de una persona a otra (Satoshi Nakamoto a Hal Finney, 10 bitcoins).' },
    'block-100000': { name: 'Bloque 100000', note: 'Diciembre de 2010: cuatro transacciones y un objetivo unas 14.000 veces más difícil que el del bloque génesis.' },
  },
};
