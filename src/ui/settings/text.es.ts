/** The Settings panel's words in Spanish. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { SettingsText } from './text';

const n = (x: number | bigint) => formatNumber('es', x);
const time = (at: number) => new Date(at).toLocaleTimeString('es-ES', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const nodes = (count: number) => (count === 1 ? '1 nodo' : `${n(count)} nodos`);
const blocks = (count: number) => (count === 1 ? '1 bloque' : `${n(count)} bloques`);
const UNITS = { blocks: 'bloques', seconds: 'segundos', bytes: 'bytes' } as const;

export const text: Translation<SettingsText> = {
  newChain: {
    title: 'Parámetros de consenso para una cadena nueva',
    thisChain: 'Esta cadena:',
    preset: 'Configuración predefinida',
    customValues: 'valores propios',
    seed: 'Semilla de la cadena nueva',
    seedHint: 'De ella salen los monederos, los bloques y los pagos de la demo.',
    confirm: (seed) =>
      `Esto sustituye todos los nodos, bloques, monederos y pagos pendientes por una cadena de demostración nueva construida a partir de la semilla «${seed}». Exporta antes un archivo si quieres conservarlos.`,
    building: 'Construyendo la cadena nueva…',
    replace: 'Sustituirlo todo por la cadena nueva',
    cancel: 'Cancelar',
    mining: 'Se mina la historia de la cadena nueva en un worker; la página sigue respondiendo.',
    create: 'Crear una cadena nueva',
    readOnly: 'Pestaña de solo lectura: haz los cambios en la otra pestaña.',
    built: (seed, preset) => `Se construyó una cadena nueva a partir de la semilla «${seed}» con los parámetros «${preset}».`,
    custom: 'propios',
  },
  presets: {
    classroom: {
      label: 'Aula (prueba de trabajo real)',
      description: `Un bloque cada 10 s con un objetivo que requiere unos ${n(65_000)} hashes (una fracción de segundo), recompensa de 10 monedas, monedas gastables desde el bloque siguiente.`,
    },
    bitcoin: {
      label: 'Valores de Bitcoin',
      description:
        `La recompensa de 50 monedas de Bitcoin, halving cada ${n(210_000)} bloques, 600 s entre bloques, reajuste cada 2016 bloques, madurez de coinbase de 100 bloques. ` +
        'La dificultad del génesis es la del aula: la de Bitcoin (0x1d00ffff, unos 4300 millones de hashes por bloque) tardaría días en minarse en un navegador.',
    },
    simulation: {
      label: 'Simulación (objetivo fácil)',
      description: 'Un objetivo tan fácil que aproximadamente uno de cada dos hashes gana (como regtest) y sin reajuste: los bloques son instantáneos, para avanzar rápido la red.',
    },
  },
  fields: {
    initialReward: { label: 'Recompensa inicial (monedas)', hint: 'Se paga al minero de cada bloque antes de los halvings; Bitcoin: 50.' },
    halvingInterval: { label: 'Intervalo de halving (bloques)', hint: `La recompensa se reduce a la mitad cada tantos bloques; 0 = nunca. Bitcoin: ${n(210_000)}.` },
    targetSpacing: { label: 'Intervalo objetivo (s)', hint: 'Segundos deseados entre bloques; el reajuste apunta a ellos. Bitcoin: 600.' },
    retargetInterval: { label: 'Intervalo de reajuste (bloques)', hint: 'La dificultad se recalcula cada tantos bloques; 0 = fija. Bitcoin: 2016.' },
    genesisBits: { label: 'Dificultad del génesis (bits compactos)', hint: 'Hexadecimal como 0x1f00ffff; un valor menor es más difícil.' },
    coinbaseMaturity: { label: 'Madurez de coinbase (bloques)', hint: 'Una recompensa se puede gastar tantos bloques después; Bitcoin: 100.' },
    maxBlockSize: { label: 'Tamaño máximo de bloque (bytes)', hint: `La codificación de bloque más grande; el límite antiguo de Bitcoin: ${n(1_000_000)}.` },
  },
  field: {
    empty: (label, unit, min, max) => `${label}: escribe un número entero de ${UNITS[unit]} entre ${n(min)} y ${n(max)}.`,
    notWhole: (label, typed, unit, min, max) => `${label}: «${typed}» no es un número entero de ${UNITS[unit]} (entre ${n(min)} y ${n(max)}).`,
    outOfRange: (label, min, max, got) => `${label}: debe estar entre ${n(min)} y ${n(max)}, no ${typeof got === 'number' ? n(got) : got}.`,
    notBits: (label) => `${label}: escribe hasta 8 dígitos hexadecimales, como 0x1f00ffff.`,
    zeroTarget: (label, bits) => `${label}: ${bits} es un objetivo de cero, que ningún hash puede alcanzar.`,
    seedMissing: 'Semilla: escribe una palabra o una frase; la misma semilla da la misma cadena.',
    genesisWork: (hashes) => `Unos ${n(hashes)} hashes por bloque.`,
  },
  describe: {
    custom: (name) => `propios (${name})`,
    neverHalves: 'sin halving',
    halvesEvery: (count) => `se reduce a la mitad cada ${n(count)} bloques`,
    fixed: 'dificultad fija',
    retargetEvery: (count) => `reajuste cada ${n(count)} bloques`,
    line: (name, reward, halving, spacing, retarget, bits, maturity, maxSize) =>
      `${name}: recompensa de ${reward} monedas (${halving}), un bloque cada ${n(spacing)} s, ${retarget}, bits del génesis ${bits}, madurez de coinbase ${n(maturity)}, bloques de hasta ${n(maxSize)} bytes`,
  },
  simulation: {
    title: 'Simulación',
    speed: 'Velocidad de la simulación',
    speedHint: 'Milisegundos virtuales por milisegundo real: lo rápido que viajan los mensajes y pasa el tiempo entre los nodos.',
    paused: 'Reloj en pausa (los mensajes dejan de viajar)',
    seed: 'Semilla',
    reset: 'Reiniciar con la semilla',
    resetHint: (seed) =>
      `Como el reset_system original: lo borra todo y reconstruye la demo (nodos, monederos, unos bloques, pagos pendientes) con los parámetros de esta cadena. La misma semilla da la misma cadena. Ahora: «${seed}».`,
    confirm: (seed) => `Esto sustituye todos los nodos, bloques, monederos y pagos pendientes por la demo de la semilla «${seed}».`,
    rebuilding: 'Reconstruyendo…',
    replace: 'Sustituirlo todo',
    cancel: 'Cancelar',
    rebuilt: (seed) => `La demo se reconstruyó a partir de la semilla «${seed}».`,
  },
  workers: {
    title: 'Workers de minería',
    now: (workers, mainThread) => `Ahora: ${workers === 1 ? '1 worker' : `${n(workers)} workers`}${mainThread ? ' (en el hilo principal: los workers no pudieron arrancar)' : ''}.`,
    device: (cores, fallback) =>
      `Este dispositivo indica ${cores === null ? 'un número desconocido de' : n(cores)} núcleos lógicos; el valor por defecto es ${n(fallback)}, que deja un núcleo para la página.`,
    label: 'Número de workers de minería',
    submit: 'Usar este número de workers',
    changed: (workers) => `La minería usa ahora ${workers === 1 ? '1 worker' : `${n(workers)} workers`}.`,
    notWhole: (max) => `Workers de minería: escribe un número entero del 1 al ${n(max)}.`,
    outOfRange: (max, got) => `Workers de minería: debe estar entre 1 y ${n(max)}, no ${n(got)}.`,
  },
  files: {
    title: 'Exportar e importar',
    includeWallets: 'Incluir los monederos (¡claves privadas!)',
    keysWarningLead: '⚠ Claves privadas:',
    keysWarning: 'Este archivo contiene claves privadas: quien lo tenga puede gastar las monedas de estos monederos. Compártelo solo con personas de confianza.',
    export: 'Exportar a un archivo',
    exportHint: 'Los bloques, la mempool y el chainstate de cada nodo, la red y los ajustes, en un solo archivo JSON.',
    exported: (name, kilobytes, nodeCount, wallets) =>
      `Exportado ${name} (${n(kilobytes)} KB: ${nodes(nodeCount)}${wallets === null ? ', sin monederos' : `, ${n(wallets)} monederos con claves privadas`}).`,
    exportFailed: (message) => `La exportación falló: ${message}`,
    import: 'Importar un archivo',
    importHint:
      'Primero se comprueba todo el archivo (estructura, hashes, pruebas de trabajo, firmas, una repetición de cada bloque); solo entonces sustituye todo lo de aquí. Un archivo sin monederos conserva los monederos que tienes.',
    checking: 'Comprobando el archivo…',
    replace: 'Importar y sustituirlo todo',
    validating: 'Validando cada bloque en un worker…',
    imported: (name, nodeCount, blockCount, wallets) => `Importado «${name}»: ${nodes(nodeCount)}, ${blocks(blockCount)}, ${n(wallets)} monederos.`,
    refused: (name, message) => `«${name}» no se importó: ${message} No se cambió nada.`,
    noFile: 'Elige un archivo exportado desde Pocket Chain (un archivo .json).',
    emptyFile: (name) => `«${name}» está vacío: no se cambió nada.`,
    tooLarge: (name, megabytes) => `«${name}» ocupa más de ${n(megabytes)} MB, demasiado para una exportación de Pocket Chain: no se cambió nada.`,
  },
  storage: {
    title: 'Almacenamiento',
    keptIn: 'Guardado en',
    saving: 'Guardado',
    savingYes: '✓ Sí, cada cambio',
    savingNo: '✗ No: no se guarda nada',
    keptWhenLow: 'Se conserva si falta espacio',
    unknown: 'Desconocido',
    persisted: '✓ Sí (almacenamiento persistente concedido)',
    notPromised: 'El navegador no lo promete',
    spaceUsed: 'Espacio usado por este sitio',
    usage: (used, quota) => `${used} de ${quota} permitidos`,
    kilobytes: (kb) => `${n(kb)} KB`,
    megabytes: (mb) => `${formatNumber('es', mb, 1)} MB`,
    gigabytes: (gb) => `${formatNumber('es', gb, 1)} GB`,
    whatToDo: 'Qué hacer:',
    retry: 'Intentar guardar de nuevo',
    ask: 'Pedir al navegador que conserve los datos',
    granted: 'El navegador conservará los datos aunque falte espacio.',
    denied: 'El navegador dijo que no (lo decide según lo a menudo que usas el sitio); exportar un archivo es la forma segura de guardar una copia.',
    savingAgain: 'Se vuelve a guardar: ahora todo está en IndexedDB.',
    stillNot: 'Sigue sin guardarse: el navegador volvió a negarse (ver arriba).',
  },
  advice: {
    memory: 'Solo en memoria',
    indexedDb: 'IndexedDB',
    otherTab: 'Otra pestaña de Pocket Chain es la que guarda; esta la sigue en directo y no cambia nada.',
    otherTabTodo: 'Cierra la otra pestaña (o trabaja en ella) para hacer cambios aquí.',
    damaged: 'Los datos guardados están dañados; no se guarda nada hasta que elijas qué hacer (el aviso de arriba enumera los problemas).',
    damagedTodo: 'Reconstruye el nodo dañado a partir de sus bloques o vuelve a la demo desde el aviso; exporta antes si quieres una copia.',
    kept: 'El navegador ha aceptado conservarlo aunque falte espacio en el disco.',
    mayClear: 'El navegador aún puede borrarlo si falta espacio en el disco (no ha concedido almacenamiento persistente).',
    saved: (eviction) => `Cada cambio se guarda en este navegador (IndexedDB), así que una recarga o un fallo no pierde nada. ${eviction}`,
    savedTodo: 'Para tener una copia en otro sitio o pasar a otro navegador, exporta un archivo más abajo.',
    keep: 'Exporta un archivo antes de cerrar esta pestaña para conservar tu trabajo.',
    privateWindow: 'Para guardar automáticamente, abre Pocket Chain en una ventana normal (no privada).',
    refusedOpen: 'Para guardar automáticamente, abre Pocket Chain en una ventana normal (no privada) o permite que este sitio guarde datos.',
    quota: 'Libera espacio en el disco (o borra datos de otros sitios) y luego intenta guardar de nuevo.',
    blocked: 'Cierra las otras pestañas de Pocket Chain que tienen la base de datos y luego recarga.',
    tryAgain: 'Luego intenta guardar de nuevo.',
  },
  checks: {
    title: 'Comprobaciones de la cadena guardada',
    progress: 'Verificación completa',
    verifyNow: 'Verificarlo todo ahora',
    atStart: (depth, nodeCount, blockCount) =>
      `Al arrancar: se comprobaron los últimos ${n(depth)} bloques ${nodeCount === 1 ? 'del único nodo' : `de cada uno de los ${n(nodeCount)} nodos`}, firmas incluidas, con sus datos de deshacer y su conjunto UTXO (${blocks(blockCount)}).`,
    nothingRead: 'Al arrancar: no se leyó nada del almacenamiento (una cadena recién construida, comprobada bloque a bloque al construirla).',
    notRun: 'Verificación completa: aún no se ha hecho.',
    reading: 'Verificación completa: leyendo lo guardado…',
    running: (blockCount, total, percent) => `Verificación completa: repitiendo cada bloque… ${n(blockCount)} de ${n(total)} (${n(percent)} %).`,
    verified: (at, blockCount, nodeCount) =>
      `Verificación completa: ✓ terminada a las ${time(at)}. El conjunto UTXO y los datos de deshacer de cada nodo coinciden con una repetición de sus bloques (${blocks(blockCount)} repetidos para ${nodes(nodeCount)}).`,
    verifiedBeforeSaving: (at, blockCount, nodeCount) =>
      `Verificación completa: ✓ terminada a las ${time(at)}, sobre el archivo de demostración antes de guardarlo: el conjunto UTXO y los datos de deshacer de cada nodo salen de una repetición de sus bloques (${blocks(blockCount)} repetidos para ${nodes(nodeCount)}). «Verificarlo todo ahora» repite la copia guardada.`,
    damaged: (at, problems) =>
      `Verificación completa: ✗ daños encontrados a las ${time(at)} (${problems === 1 ? '1 problema' : `${n(problems)} problemas`}, enumerados arriba en la página). No se cambió nada.`,
    failed: (message) => `Verificación completa: ✗ no se pudo hacer (${message}).`,
    bodies: (blockCount, total) => `Contenido de los bloques: ${n(blockCount)} de ${n(total)} leídos del almacenamiento. El reloj de la simulación los espera.`,
    bodiesStarting: 'Contenido de los bloques: empezando a leer del almacenamiento. El reloj de la simulación los espera.',
  },
  appearance: {
    title: 'Apariencia y ayuda',
    theme: 'Tema',
    auto: 'Seguir al sistema',
    light: 'Claro',
    dark: 'Oscuro',
    restart: 'Repetir el recorrido',
    restartHint: 'Unos pasos que muestran dónde está cada cosa.',
  },
};
