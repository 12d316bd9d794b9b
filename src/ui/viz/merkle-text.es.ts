/** The Merkle tree's words in Spanish. */
import type { Translation } from '../i18n/area-text';
import type { MerkleText } from './merkle-text';

/** "de el bloque 12" is written "del bloque 12". */
const of = (block: string) => (block.startsWith('el ') ? `del ${block.slice(3)}` : `de ${block}`);

export const text: Translation<MerkleText> = {
  tag: {
    root: 'raíz',
    coinbase: (index) => `tx ${index} (coinbase)`,
    tx: (index) => `tx ${index}`,
    duplicateOf: (index) => `copia de ${index}`,
    path: 'camino',
    sibling: 'hermano',
    changed: 'cambiado',
  },
  level: {
    root: 'raíz',
    txids: 'txids',
    inner: (level) => `nivel ${level}`,
  },
  role: { onPath: 'en el camino', sibling: 'hermano de la prueba', changed: 'cambiado' },
  name: {
    transaction: (index, hash, face) => `Transacción ${index} txid ${hash} · ${face}`,
    root: (hash) => `Raíz de Merkle ${hash}`,
    matches: 'coincide con la cabecera',
    differs: 'no coincide con la cabecera',
    duplicate: (level, index, of, hash) => `Nivel ${level} nodo ${index}, copia del nodo ${of} (nivel impar) ${hash}`,
    inner: (level, index, hash) => `Nivel ${level} nodo ${index} ${hash}`,
  },
  view: {
    theBlock: 'el bloque',
    region: (block) => `Árbol de Merkle ${of(block)}`,
    picture: (block) => `Dibujo del árbol de Merkle ${of(block)}`,
    transaction: 'Transacción',
    tamper: 'Alterar una transacción',
    tampered: (index) => `transacción ${index} cambiada: su txid es ahora`,
    count: (written, count) => `${written} ${count === 1 ? 'transacción' : 'transacciones'}; pulsa una para ver su prueba`,
    shownOf: (shown, count) => `${shown} de ${count}`,
    hover: 'Pasa el ratón sobre un nodo o dale el foco para leer su hash completo.',
  },
  proof: {
    region: 'Prueba de Merkle',
    heading: (index) => `Prueba de que la transacción ${index} está en el bloque`,
    txid: 'txid',
    position: 'posición',
    positionNote: (index) => `${index} (sus bits, el más bajo primero, dicen izquierda o derecha en cada nivel)`,
    branch: (count) => `rama (${count} ${count === 1 ? 'hash' : 'hashes'})`,
    noBranch: 'ninguna: el txid de una transacción sola es la raíz',
    step: (level) => `nivel ${level}:`,
    side: (left, duplicated) => `(a la ${left ? 'izquierda' : 'derecha'} del camino${duplicated ? ', el último hash duplicado' : ''})`,
    headerRoot: 'raíz en la cabecera',
    verified: 'verificada ✓ — al hashear el txid con la rama se obtiene la raíz de la cabecera',
    notVerified: 'no verificada ✗ — al hashear el txid con la rama no se obtiene la raíz de la cabecera',
    select: 'Elige una transacción para ver su prueba.',
    rootMatches: 'La raíz calculada a partir de las transacciones coincide con la cabecera ✓',
    rootIs: 'La raíz calculada a partir de las transacciones es',
    rootDiffers: ': no coincide con la cabecera ✗',
  },
  table: {
    show: 'Mostrar el árbol de Merkle como tabla',
    caption: (block, transactions, levels, collapsed) =>
      `Árbol de Merkle ${of(block)}: ${transactions} transacciones, ${levels} niveles${collapsed ? ', niveles anchos reducidos al camino elegido' : ''}`,
    level: 'Nivel',
    position: 'Posición',
    hash: 'Hash',
    node: 'Nodo',
    roles: 'Prueba / alteración',
    inner: 'interno',
    hidden: (hidden, count) => `${hidden} de ${count} hashes sin dibujar`,
  },
};
