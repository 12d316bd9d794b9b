/** The sentences of the errors the page shows, in Spanish. */
import type { Translation } from '../i18n/area-text';
import type { ErrorsText } from './text';

export const text: Translation<ErrorsText> = {
  reasons: {
    'bad-address-char': 'La dirección contiene un carácter que no es Base58.',
    'bad-address-checksum':
      'La suma de control de la dirección no coincide: se escribió mal un carácter.',
    'bad-address-version': 'La dirección es de otra red (byte de versión equivocado).',
    'bad-address-length': 'La dirección se decodifica con un número equivocado de bytes.',
    'bad-amount': 'El importe no es un número válido de monedas.',
    'bad-txns-vin-empty': 'La transacción no tiene entradas.',
    'bad-txns-vout-empty': 'La transacción no tiene salidas.',
    'bad-txns-oversize': 'La transacción es más grande de lo que puede ser un bloque.',
    'bad-txns-vout-zero': 'Una salida paga cero: cada pago debe ser de al menos una unidad.',
    'bad-txns-vout-negative': 'Una salida paga un importe negativo o no entero.',
    'bad-txns-vout-toolarge':
      'Una salida paga más que todas las monedas que pueden llegar a existir.',
    'bad-txns-txouttotal-toolarge':
      'Las salidas juntas pagan más que todas las monedas que pueden llegar a existir.',
    'bad-txns-inputs-duplicate': 'La transacción gasta la misma moneda dos veces.',
    'bad-cb-length': 'Los datos de la coinbase tienen una longitud equivocada.',
    'bad-txns-prevout-null':
      'Una transacción normal gasta el outpoint nulo reservado a las coinbases.',
    'bad-txns-cb-has-signature':
      'Una entrada de coinbase lleva una firma; las coinbases no gastan nada.',
    'bad-txns-nonstandard-input': 'Una entrada lleva datos que solo puede llevar una coinbase.',
    'bad-txns-pubkey':
      'Una entrada lleva una clave pública que no es una clave secp256k1 comprimida válida.',
    'bad-txns-version': 'La versión de la transacción no está admitida.',
    'bad-txns-inputs-missingorspent':
      'Una entrada gasta una moneda que no existe o que ya está gastada.',
    'bad-txns-premature-spend-of-coinbase':
      'Una entrada gasta una coinbase que aún no ha madurado.',
    'bad-txns-in-belowout': 'Las salidas pagan más de lo que aportan las entradas.',
    'bad-txns-inputvalues-outofrange':
      'Las entradas suman más que todas las monedas que pueden llegar a existir.',
    'bad-txns-wrong-key':
      'Una entrada está firmada con una clave pública que no es dueña de la moneda que gasta.',
    'bad-txns-bad-signature':
      'Una firma no se verifica para esta transacción y la moneda que gasta.',
    'txn-mempool-conflict':
      'Una moneda que gasta esta transacción ya la está gastando una transacción del mempool.',
    'txn-already-in-mempool': 'Esta transacción ya está en el mempool.',
    'txn-already-known': 'Esta transacción ya está confirmada en la cadena.',
    'txn-coinbase':
      'Una coinbase no puede entrar en el mempool: solo un minero la pone en un bloque.',
    'mempool-full':
      'El mempool está lleno y esta transacción paga una tasa de comisión demasiado baja para entrar.',
    'mempool-min-fee-not-met':
      'La tasa de comisión está por debajo del mínimo que pide este mempool desde que se llenó.',
    'insufficient-funds':
      'El monedero no tiene suficientes monedas gastables para este importe y esta comisión.',
    'high-hash':
      'El hash del bloque está por encima del objetivo: la prueba de trabajo no es válida.',
    'bad-diffbits': 'Los bits de dificultad no son los que la cadena exige a esta altura.',
    'bad-txnmrklroot': 'La raíz de Merkle de la cabecera no coincide con las transacciones.',
    'bad-txns-duplicate':
      'El bloque repite una transacción (el árbol de Merkle está mutado, CVE-2012-2459).',
    'bad-cb-missing': 'La primera transacción del bloque no es una coinbase.',
    'bad-cb-multiple': 'El bloque tiene más de una coinbase.',
    'bad-cb-height': 'La coinbase no indica la altura del bloque.',
    'bad-cb-amount': 'La coinbase paga más que la recompensa del bloque más las comisiones.',
    'bad-blk-length': 'El bloque supera el tamaño máximo de bloque.',
    'bad-blk-empty': 'El bloque no tiene transacciones: necesita al menos una coinbase.',
    'bad-witness-merkle-match':
      'La coinbase no se compromete con las firmas del bloque (la raíz de testigos no coincide).',
    'bad-txns-inputs-spent-in-block': 'Dos transacciones del bloque gastan la misma moneda.',
    'bad-txns-accumulated-fee-outofrange':
      'Las comisiones del bloque suman más que todas las monedas que pueden llegar a existir.',
    'bad-txns-ordering': 'Una transacción gasta una salida creada más adelante en el mismo bloque.',
    'bad-version': 'La versión del bloque no está admitida.',
    'time-too-old':
      'La hora del bloque no es posterior a la mediana de las horas de los 11 bloques anteriores.',
    'time-too-new': 'La hora del bloque está demasiado lejos en el futuro.',
    'prev-blk-not-found':
      'El bloque padre es desconocido (el bloque se guarda como huérfano hasta que llegue).',
    'bad-prevblk': 'El bloque padre no es válido, así que este bloque tampoco.',
    duplicate: 'El bloque ya se conoce.',
    'bad-encoding': 'Los datos no se decodifican como este tipo de objeto.',
  },
  amount: {
    empty: 'Escribe un importe.',
    'not-a-number': 'El importe debe ser un número como 1.5 (cifras y un punto decimal).',
    negative: 'El importe no puede ser negativo.',
    zero: 'El importe debe ser mayor que cero.',
    'too-many-decimals': 'Una moneda solo tiene 8 decimales (la unidad más pequeña es 0.00000001).',
    'too-large': 'El importe supera todas las monedas que pueden llegar a existir (21.000.000).',
  },
  api: {
    'unknown-wallet': 'Aquí no hay ninguna cartera con esta dirección.',
    'unknown-node': 'Ese nodo no existe.',
    'unknown-block': 'Ningún nodo conoce este bloque.',
    'unknown-transaction': 'Ningún nodo conoce esta transacción.',
    'bad-argument': 'Este valor no se acepta.',
    'mining-busy': 'La minería está ocupada con otra tarea: espera a que termine o detenla.',
    'mining-stopped': 'La minería se detuvo antes de encontrar un bloque.',
    'engine-unavailable': 'Este motor de minería no puede funcionar en este navegador.',
    'import-invalid':
      'Este archivo no se puede restaurar: no es un archivo de Pocket Chain o está dañado. No se cambió nada.',
    'read-only':
      'Ahora no se pueden hacer cambios aquí: Pocket Chain está abierto en otra pestaña, o sus datos guardados necesitan reconstruirse.',
    'lab-busy': 'El laboratorio está ocupado con otra ejecución: espera a que termine o cancélala.',
    'lab-cancelled': 'La ejecución se canceló: no se guardó nada.',
    'blocks-loading':
      'Todavía se están leyendo los bloques guardados: inténtalo de nuevo en un momento.',
  },
  details: {
    spendsMissing: (v) => `la entrada ${v.input} gasta ${v.coin}…:${v.vout}`,
    spendsImmature: (v) => `la entrada ${v.input} gasta una coinbase de la altura ${v.height}, gastable desde la altura ${v.from}`,
    inputsBelowOutputs: (v) => `entradas ${v.in} < salidas ${v.out}`,
    wrongKey: (v) => `entrada ${v.input}: la moneda pertenece a ${v.address}`,
    input: (v) => `entrada ${v.input}`,
    output: (v) => `salida ${v.output}`,
    outputPays: (v) => `la salida ${v.output} paga ${v.amount}`,
    version: (v) => `versión ${v.version}`,
    bytes: (v) => `${v.bytes} bytes`,
    addressEmpty: () => 'vacía',
    addressTooLong: (v) => `${v.chars} caracteres; una dirección tiene como mucho ${v.max}`,
    addressDecodedLength: (v) => `${v.bytes} bytes tras decodificar, se esperaban ${v.expected}`,
    addressChar: (v) => `«${v.char}» no está en el alfabeto Base58 (sin 0, O, I ni l)`,
    addressVersion: (v) => `byte de versión ${v.found}, se esperaba ${v.expected}`,
    poolConflict: (v) => `la entrada ${v.input} (${v.coin}…:${v.vout}) ya la gasta la transacción del pool ${v.spender}…`,
    feeBelowFloor: (v) => `tasa de comisión ${v.rate} < ${v.floor} unidades/byte`,
    feeNotAboveLowest: (v) => `la tasa de comisión ${v.rate} unidades/byte no supera la de los paquetes más bajos`,
    needsSpendable: (v) => `necesita ${v.need}, gastable ${v.spendable}`,
    merkleMismatch: (v) => `la cabecera dice ${v.header}…, las transacciones dan ${v.computed}…`,
    mutatedTree: () => 'el árbol de Merkle empareja un hash con una copia idéntica',
    blockTooLarge: (v) => `${v.bytes} bytes > ${v.max}`,
    transaction: (v) => `transacción ${v.index}`,
    bitsRequired: (v) => `bits ${v.bits}, se exigen ${v.required}`,
    timeTooOld: (v) => `hora ${v.time} <= mediana del pasado ${v.mtp}`,
    timeTooNew: (v) => `la hora ${v.time} va ${v.ahead} s por delante del reloj`,
    coinbaseHeight: (v) => `la coinbase dice ${v.stated}, el bloque está a la altura ${v.height}`,
    spentTwiceInBlock: (v) => `la transacción ${v.index} vuelve a gastar ${v.coin}…`,
    spendsLaterOutput: (v) => `la transacción ${v.index} gasta una salida de la transacción ${v.creator}`,
    feesOutOfRange: (v) => `las comisiones llegan a ${v.fees} en la transacción ${v.index}`,
    coinbaseOverpays: (v) => `paga ${v.claimed}, se permite ${v.subsidy} + comisiones ${v.fees}`,
    parentRejected: (v) => `padre ${v.parent}…: ${v.code}`,
    waitingForParent: (v) => `esperando a ${v.parent}…`,
  },
};
