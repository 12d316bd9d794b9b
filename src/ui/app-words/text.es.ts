/** The app layer's own sentences in Spanish. */
import type { StorageErrorCode } from '../../storage/index';
import type { Translation } from '../i18n/area-text';
import type { StorageProblem } from '../../storage/store';
import { formatNumber } from '../i18n/format';
import type { AppWordsText } from './text';

const n = (x: number | bigint) => formatNumber('es', x);
const closed = (problem: string) => (/[.!?]$/.test(problem) ? problem : `${problem}.`);
const count = (c: number, one: string, many: string) => (c === 1 ? `1 ${one}` : `${n(c)} ${many}`);
const NO_MINER = 'Ningún nodo tiene minero: dale antes un minero a un nodo (abajo); solo los nodos con minero encuentran bloques.';

const STORAGE: Readonly<Record<StorageErrorCode, string>> = {
  'indexeddb-missing': 'Este navegador no ofrece IndexedDB (algunos modos privados lo desactivan): no se puede guardar nada.',
  'open-refused': 'El navegador se negó a abrir la base de datos (modo privado o almacenamiento desactivado): no se puede guardar nada.',
  blocked: 'Otra pestaña de Pocket Chain tiene abierta una versión anterior de la base de datos: ciérrala para terminar la actualización.',
  'migration-failed': 'Los datos guardados no se pudieron actualizar al esquema actual; se dejaron como estaban.',
  'quota-exceeded': 'El almacenamiento está lleno: el navegador se negó a guardar más.',
  'write-failed': 'Se rechazó una escritura; no se guardó nada de ella y el estado guardado es el de antes.',
  closed: 'La base de datos se cerró (otra pestaña la actualizó, o el almacén se cerró).',
  'read-only': 'Esta pestaña es de solo lectura: otra pestaña de Pocket Chain está escribiendo.',
  'unknown-node': 'El nodo aún no tiene estado guardado: guarda el nodo antes de confirmar sus cambios.',
  'node-not-found': 'No hay ningún nodo guardado con este id.',
  'rebuild-impossible': 'El nodo no se puede reconstruir a partir de sus bloques (falta su bloque génesis o está dañado).',
  'nothing-stored': 'Todavía no hay nada guardado.',
};

/** Where a damaged record is: its node (when it has one), store and key. */
const where = (p: StorageProblem) => `${p.nodeId ? `Nodo ${p.nodeId}, ` : ''}almacén ${p.store}${p.key ? `, clave ${p.key}` : ''}`;

export const text: Translation<AppWordsText> = {
  sentences: {
    writerNow: () => 'Esta pestaña ya puede hacer cambios (la otra pestaña se cerró).',
    blocksUnreadable: (p) => `Falló la lectura de los bloques guardados: ${p.problem}. Los bloques aún no leídos no se pueden mostrar ni enviar a los pares.`,
    savingFailed: (p) => `Falló el guardado: ${p.problem}`,
    progressUnreadable: (p) => `No se pudo leer tu progreso en las lecciones (${p.problem}); las lecciones empiezan de nuevo.`,
    progressUnsaved: (p) => `No se pudo guardar tu progreso en las lecciones: ${p.problem}`,
    minersOff: () => `Se apagaron los mineros simulados. ${NO_MINER}`,
    enginesUnmeasured: (p) => `No se pudieron medir los motores de minado (${p.problem}); el minado sigue con ${p.engine ?? 'el motor por defecto'}.`,
    imported: (p) => `Importados ${count(p.nodes, 'nodo', 'nodos')} y ${count(p.blocks, 'bloque', 'bloques')}.`,
    nodeRebuilt: (p) => `El nodo ${p.node} se reconstruyó a partir de ${count(p.blocks, 'bloque guardado', 'bloques guardados')} (altura ${n(p.height)}).`,
    demoFileRefused: (p) => `Se rechazó el archivo de demostración creado con la página: ${closed(p.problem)} La demostración se mina aquí en su lugar.`,
    demoFileUnreadable: (p) => `No se pudo leer el archivo de demostración creado con la página: ${closed(p.problem)} La demostración se mina aquí en su lugar.`,
    browserDeletedData: (p) => `El navegador encontró dañada su copia guardada de Pocket Chain y la borró (dijo: ${p.problem}). Lo guardado se ha perdido; Pocket Chain empieza de nuevo con la demo.`,
    storageSaving: () => 'Todo se guarda en este navegador (IndexedDB).',
    storageNotSaving: (p) =>
      `${STORAGE[p.code]}${p.detail ? ` (${p.detail})` : ''} Pocket Chain sigue funcionando en memoria: no se guarda nada, y al recargar se perderán los cambios.`,
    noMinerLive: () => NO_MINER,
    tooHardToSimulate: (p) =>
      `Con esta dificultad cada bloque necesita unos ${n(p.hashes)} hashes: mina con los workers de la pestaña Minería, o crea en Ajustes una cadena «Simulación (objetivo fácil)» para avanzar rápido.`,
    noMinerToMine: () => 'Ningún nodo tiene minero: dale antes a un nodo una dirección de recompensa y una parte.',
    maxTxs: () => 'El número de transacciones debe ser un número entero, 0 o más.',
    hashShare: (p) => `La parte del hash debe ser un número mayor que 0 y como mucho ${n(p.max)}.`,
    hashPowerShare: () => 'La parte de la potencia de hash debe ser mayor que cero.',
    workers: (p) => `El número de workers debe ser un entero de ${n(p.min)} a ${n(p.max)}.`,
    gpuOff: () => 'La GPU está desactivada: actívala antes de elegirla.',
    fastForwardBlocks: (p) => `El número de bloques debe ser un entero de 1 a ${n(p.max)}.`,
    seedEmpty: () => 'La semilla no puede estar vacía: escribe un texto o un número.',
    walletSeedEmpty: () => 'Escribe una semilla, o déjala vacía para obtener una clave aleatoria nueva.',
    walletExists: () => 'Esa cartera ya está aquí.',
    labelTooLong: (p) => `Un nombre tiene como mucho ${n(p.max)} caracteres.`,
    labelLength: (p) => `Un nombre tiene de 1 a ${n(p.max)} caracteres.`,
    lastNode: () => 'No se puede quitar el último nodo.',
    ownPeer: () => 'Un nodo no puede ser su propio par.',
    delayRange: (p) => `${p.what === 'latency' ? 'La latencia' : 'La variación (jitter)'} debe estar entre 0 y ${n(p.max)} ms.`,
    lossRange: () => 'La pérdida debe ser al menos 0 y menor que 1.',
    noPeers: (p) => `${p.node} no tiene pares a los que enviar el bloque.`,
    noScore: (p) => `${p.node} no lleva ninguna puntuación contra «${p.peer}».`,
    bitsNot32: () => 'Los bits deben ser un objetivo compacto de 32 bits, como 0x1f00ffff.',
    bitsNegative: (p) => `Los bits ${p.bits} codifican un objetivo negativo.`,
    bitsOverflow: (p) => `Los bits ${p.bits} codifican un objetivo mayor que 2^256.`,
    targetTooEasy: (p) => `Ese objetivo es cero o más fácil que el límite de la cadena (${p.limit}).`,
    rewardRange: (p) => `La recompensa debe ser un número entero de unidades entre 0 y ${n(p.max)} monedas.`,
    paramRange: (p) => `Parámetro de consenso ${p.name}: debe ser un entero de ${p.min} a ${p.max}, no ${p.got}.`,
    newChainOverrides: () => 'Una cadena nueva empieza sin cambios de dificultad ni de recompensa.',
    genesisTooEasy: (p) => `La dificultad del génesis ${p.bits} es más fácil que el límite de prueba de trabajo ${p.limit}.`,
    genesisTooHard: (p) =>
      `La dificultad del génesis ${p.bits} necesita unos ${n(p.hashes)} hashes por bloque: construir la historia de la cadena tardaría demasiado en un navegador. ` +
      `Usa ${p.hardest} o un objetivo más fácil (como mucho unos ${n(p.maxHashes)} hashes por bloque).`,
    runStoppedByYou: () => 'Lo paraste tú.',
    runNetworkReplaced: () => 'La red se reemplazó (reinicio o importación).',
    runReadOnly: () => 'Esta pestaña ya no puede hacer cambios.',
    runProofNotFound: () => 'Los workers pararon antes de encontrar la prueba del bloque.',
    runNoBlockFound: () => 'No se encontró ningún bloque: ningún nodo tiene minero.',
    partitionShape: () => 'Los grupos deben ser una lista no vacía de listas de ids de nodo.',
    partitionNodeTwice: (p) => `El nodo ${p.node} está en más de un grupo.`,
    labRunFailed: (p) => `La ejecución (${p.label}) falló: ${p.problem}.`,
    attackStopped: (p) => `El ataque se detuvo: ${p.problem}.`,
  },
  poolNotices: {
    simdUnavailable: (v) => `WebAssembly SIMD no está disponible (${v.reason}); en su lugar funciona el kernel de JavaScript.`,
    gpuOwnWorker: () => 'La GPU (WebGPU) funciona en su propio worker; este usa el kernel de JavaScript.',
    workerStopped: (v) => `Un worker de minado se detuvo (${v.reason}); ${v.left} siguen minando.`,
    gpuStopped: (v) => `El minero de GPU (WebGPU) se detuvo (${v.reason}); en su lugar minan workers de WebAssembly SIMD.`,
    gpuNotStarted: (v) => `El minero de GPU (WebGPU) no pudo arrancar (${v.reason}); en su lugar minan workers de WebAssembly SIMD.`,
    workersNotStarted: (v) => `${v.failed} de ${v.count} workers de minado no pudieron arrancar (${v.reason}).`,
    mainThread: (v) =>
      `El minado funciona en el hilo principal de la página, en tramos cortos, porque los Web Workers no están disponibles (${v.reason}). Es más lento y usa un solo núcleo.`,
  },
  damage: {
    'params-missing': (_p) => 'Los parámetros de consenso no están guardados, así que no se puede restaurar ningún nodo.',
    'params-invalid': (_p) => 'Los parámetros de consenso guardados no son válidos.',
    'record-unparseable': (p) => `${where(p)}: un registro guardado no se puede leer.`,
    'block-missing': (p) => `${where(p)}: falta un bloque guardado.`,
    'block-unparseable': (p) => `${where(p)}: un bloque guardado no se puede leer.`,
    'block-hash-mismatch': (p) => `${where(p)}: un bloque guardado no tiene el hash de su clave.`,
    'tip-missing': (p) => `${where(p)}: falta el bloque de la punta de su cadena.`,
    'undo-missing': (p) => `${where(p)}: faltan los datos para deshacer un bloque.`,
    'undo-mismatch': (p) => `${where(p)}: los datos para deshacer un bloque no corresponden a él.`,
    'restore-failed': (p) => `${where(p)}: no se pudo restaurar.`,
    'utxo-mismatch': (p) => `${where(p)}: las monedas guardadas no corresponden a su cadena.`,
    'mempool-refused': (p) => `${where(p)}: se rechazó una transacción guardada de su pool.`,
    'wallet-invalid': (p) => `${where(p)}: una cartera guardada está dañada.`,
  },
};
