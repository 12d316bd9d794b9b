/** The Lab's words in Spanish. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import { labPercent } from './percent';
import type { LabText } from './text';

const n = (x: number) => formatNumber('es', x);
const percent = (x: number) => labPercent('es', x);
const interval = (lo: number, hi: number) => `${percent(lo)} a ${percent(hi)}`;
const premined = (m: number) => (m > 0 ? `, ${m} preminado${m === 1 ? '' : 's'}` : '');
const blocks = (count: number) => (count === 1 ? '1 bloque' : `${n(count)} bloques`);
const two = (x: number) => formatNumber('es', x, 2);

export const text: Translation<LabText> = {
  percent,
  interval,
  intro: {
    title: 'El laboratorio',
    text:
      'Ataques sobre los mismos nodos, reglas y red que usa el resto de la página: bloques reales con una prueba de trabajo real (con un objetivo fácil), validación completa, transacciones firmadas. ' +
      'Cada resultado viene con su intervalo de confianza del 95 % y las fórmulas de los artículos, para ver dónde se cumple la fórmula de los libros y dónde es solo una aproximación. La misma semilla da el mismo resultado.',
    worker: 'Los experimentos se ejecutan en los Web Workers del laboratorio, así que la página sigue respondiendo.',
    mainThread: 'Los Web Workers no pudieron arrancar: los experimentos se ejecutan en esta página en tramos cortos (más lento).',
    starting: 'Arrancando los Web Workers del laboratorio…',
  },
  common: {
    modelLead: 'El modelo.',
    seed: 'Semilla',
    run: 'Ejecutar',
    blocks: 'Bloques',
    running: 'En marcha',
    cancel: 'Cancelar',
    busy: (label) => `El laboratorio está ocupado con otro experimento (${label}); este podrá ejecutarse cuando termine.`,
    progressBlocks: (done, label) => `${blocks(done)} minados en la carrera (${label})`,
    progress: (done, total, unit, label) => `${n(done)} de ${n(total)} ${unit === 'trials' ? 'intentos' : 'bloques'} (${label})`,
  },
  figure: {
    showTable: (rows) => `Ver como tabla (${rows === 1 ? '1 punto' : `${n(rows)} puntos`})`,
    noPoints: 'Aún no hay puntos: ejecuta el experimento.',
    copy: 'Copiar como CSV',
    clear: 'Borrar los resultados',
    copied: (rows) => `${rows === 1 ? 'Copiada 1 fila' : `Copiadas ${n(rows)} filas`} como CSV.`,
    copyRefused: 'El navegador no permitió copiar: selecciona el texto de abajo y cópialo.',
    csv: 'CSV',
    yes: 'sí',
    no: 'no',
    measured: 'medido',
  },
  // The ranges are written as the fields take them: digits, a dot for decimals, no grouping.
  inputs: {
    above: (min) => `mayor que ${min}`,
    atLeast: (min) => `al menos ${min}`,
    below: (max) => `menor que ${max}`,
    atMost: (max) => `como mucho ${max}`,
    fromTo: (min, max) => `entre ${min} y ${max}`,
    and: (lower, upper) => `${lower} y ${upper}`,
    decimalEmpty: (name, range, example) => `${name}: escribe un número ${range}, como ${example}.`,
    notDecimal: (name, example) => `${name}: debe ser un número (con punto para los decimales), como ${example}.`,
    decimalRange: (name, range, example) => `${name}: debe ser ${range}, como ${example}.`,
    wholeEmpty: (name, min, max) => `${name}: escribe un número entero entre ${min} y ${max}.`,
    notWhole: (name, min, max) => `${name}: debe ser un número entero entre ${min} y ${max}.`,
    wholeRange: (name, min, max) => `${name}: debe estar entre ${min} y ${max}.`,
    seedEmpty: 'Escribe una semilla: cualquier palabra o número (la misma semilla da el mismo resultado).',
    seedLong: 'La semilla debe tener como mucho 100 caracteres.',
    delaysEmpty: 'Escribe uno o más retardos d/T, como 0.1, 0.25, 0.5.',
    delaysMany: 'Como mucho 10 retardos a la vez.',
    delay: (typed) => `Retardo ${typed}`,
  },
  race: {
    title: 'Carrera de doble gasto',
    model:
      'El atacante, con una cuota q de la potencia de hash, empieza a minar una rama privada desde el bloque padre del pago en el momento en que el pago se difunde, con bloques de esa rama ya «preminados» (por defecto 0); la rama contiene una transacción que devuelve las mismas monedas al atacante. ' +
      'La red honesta mina el pago en su siguiente bloque; el comerciante envía la mercancía cuando el pago tiene z confirmaciones. ' +
      'El atacante publica la rama en cuanto tiene más trabajo que la cadena honesta después del envío (gana el primer bloque visto, así que un empate no basta) y abandona cuando se queda atrás un número fijo de bloques (elegido para que el éxito al que renuncia sea como mucho una vigésima parte de la media anchura del intervalo del 95 %). ' +
      'El ataque tiene éxito si todos los nodos honestos acaban en la rama del atacante con el pago revertido.',
    real:
      'Cada intento es un par nuevo de nodos reales, el del comerciante y el del atacante: cada bloque se mina con una prueba de trabajo real (un objetivo fácil) y se valida, el pago y el doble gasto son transacciones firmadas, y la publicación llega al comerciante por el protocolo entre pares. Los intentos se ejecutan en los Web Workers del laboratorio.',
    whyLead: 'Por qué tres respuestas.',
    why:
      '«exact» es exactamente esta carrera: mientras el comerciante espera z bloques, el avance del atacante sigue una ley binomial negativa (sus bloques antes del z-ésimo de la red honesta) y, desde atrás, tiene que ponerse un bloque por delante (la ruina del jugador), porque un empate no gana. ' +
      'La fórmula P(q, z) del whitepaper de Nakamoto toma el avance del atacante como Poisson, como si los bloques honestos llegaran justo a tiempo, y cuenta como éxito alcanzar el empate. ' +
      'Rosenfeld (2012) mantiene la binomial negativa pero cuenta también el empate, lo que justifica con un bloque preminado: coincide con «exact» con un bloque preminado.',
    theoryLine: (q, z, m, exact, rosenfeld, whitepaper) =>
      `Con q ${q}, z ${z}${premined(m)}: exact ${percent(exact)}, Rosenfeld ${percent(rosenfeld)}, whitepaper ${percent(whitepaper)}.`,
    fields: {
      q: { label: 'Cuota q del atacante', hint: 'mayor que 0, menor que 0.5', name: 'Cuota q del atacante' },
      z: { label: 'Confirmaciones z', hint: 'de 0 a 50', name: 'Confirmaciones z' },
      premined: { label: 'Bloques preminados', hint: 'de 0 a 10', name: 'Bloques preminados' },
      trials: { label: 'Intentos', hint: 'de 1 a 100000', name: 'Intentos' },
      seed: { label: 'Semilla', hint: 'misma semilla, mismo resultado' },
    },
    runAll: 'Ejecutar z = 0 a 6',
    figureTitle: 'Carrera de doble gasto: éxito frente a confirmaciones',
    summary: (q, z, m, successes, trials, rate, lo, hi, theory, deficit, lost, mined) =>
      `q ${q}, z ${z}${premined(m)}: el ataque tuvo éxito en ${n(successes)} de ${n(trials)} intentos, ${percent(rate)} (intervalo del 95 %: ${interval(lo, hi)}). ` +
      `exact ${theory.exact}, whitepaper ${theory.whitepaper}, Rosenfeld ${theory.rosenfeld}. ` +
      `El atacante abandonó ${deficit} bloques por detrás, lo que le cuesta ${percent(lost)} de éxito; se minaron y validaron ${blocks(mined)}.`,
    verdict: (value, inside) => `${percent(value)} (${inside ? 'dentro del intervalo' : 'fuera del intervalo'})`,
    series: (q, m) => `q ${q}${premined(m)}`,
    curveExact: (series) => `exact, ${series}`,
    curveWhitepaper: (q) => `whitepaper, q ${q}`,
    curveRosenfeld: (q) => `Rosenfeld, q ${q}`,
    point: (series, z, rate, lo, hi, exact, whitepaper, rosenfeld) =>
      `${series}, z ${z}: medido ${percent(rate)} (95 %: ${interval(lo, hi)}); exact ${percent(exact)}, whitepaper ${percent(whitepaper)}, Rosenfeld ${percent(rosenfeld)}`,
    legendMeasured: (series) => `medido, ${series}`,
    legendExact: 'exact (esta carrera)',
    legendWhitepaper: 'whitepaper (la P de Nakamoto)',
    legendRosenfeld: 'la r de Rosenfeld',
    xLabel: 'confirmaciones z que espera el comerciante',
    yLabel: 'el ataque tiene éxito',
    headers: ['q', 'z', 'preminados', 'intentos', 'medido', 'intervalo del 95 %', 'exact', 'whitepaper', 'Rosenfeld', '¿exact dentro?'],
  },
  selfish: {
    title: 'Minería egoísta',
    modelLead: 'El modelo',
    model:
      '(Eyal y Sirer, «Majority is not enough», 2014). Un pool con una cuota α de la potencia de hash se guarda los bloques que encuentra. ' +
      'Cuando la red honesta encuentra un bloque y la ventaja del pool baja a uno, el pool publica el suyo y los dos compiten; con dos de ventaja lo publica todo y gana; con más ventaja publica uno de sus bloques por cada bloque honesto. ' +
      'γ es la parte de la potencia de hash honesta que mina sobre el bloque del pool en una carrera. ' +
      'El pool es un nodo real que mina, retiene y publica bloques reales; γ no es una moneda al aire sino que sale de la red: los bloques honestos llegan a los demás nodos honestos a los 20 ms, mientras que los enlaces del pool varían de forma que su bloque llega primero a una parte γ de los mineros honestos. ' +
      'El laboratorio mide, en una ejecución larga, la parte de los bloques de la cadena final que son del pool, y el γ que la red consiguió de verdad.',
    threshold:
      'La minería honesta gana una parte α. La minería egoísta gana más cuando α supera (1 − γ)/(3 − 2γ): un tercio con γ = 0, un cuarto con γ = 0,5, nada con γ = 1. ' +
      'Como mucho γ = 0,9: cada minero honesto construye sobre su propio bloque, así que n nodos honestos llegan como mucho a (n − 1)/n, y el laboratorio usa como mucho 10.',
    alpha: 'Cuota α del pool',
    alphaName: 'Cuota α del pool',
    blocksName: 'Bloques',
    runAll: 'Ejecutar α = 0,1 a 0,45',
    figureTitle: 'Minería egoísta: la parte de la cadena del pool frente a su cuota de hash',
    summary: (alpha, gamma, revenue, lo, hi, theory, inside, realised, realisedLo, realisedHi, races, honestNodes, threshold) =>
      `α ${alpha}, γ ${gamma}: con el ${percent(alpha)} de la potencia de hash el pool obtuvo el ${percent(revenue)} de los bloques de la cadena ` +
      `(intervalo del 95 %: ${interval(lo, hi)}), ${lo > alpha ? 'más de lo que' : hi < alpha ? 'menos de lo que' : 'más o menos lo que'} daría la minería honesta. ` +
      `R(α, γ) de Eyal y Sirer = ${percent(theory)} (${inside ? 'dentro del intervalo' : 'fuera del intervalo'}). ` +
      `γ conseguido por la red: ${two(realised)} (95 %: ${two(realisedLo)} a ${two(realisedHi)}, ${n(races)} carreras, ${honestNodes === 1 ? '1 nodo honesto' : `${n(honestNodes)} nodos honestos`}). ` +
      `Con este γ la minería egoísta compensa por encima de α = ${percent(threshold)}.`,
    curve: (gamma) => `R, γ ${gamma}`,
    honestCurve: 'honesta: α',
    mark: (gamma, threshold) => `γ ${gamma}: compensa por encima de ${percent(threshold)}`,
    point: (alpha, gamma, revenue, lo, hi, theory, realised) =>
      `α ${alpha}, γ ${gamma}: el pool obtuvo el ${percent(revenue)} de los bloques (95 %: ${interval(lo, hi)}); R ${percent(theory)}; γ conseguido ${two(realised)}`,
    legendSeries: (gamma) => `γ ${gamma}: medido y R(α, γ)`,
    legendHonest: 'minería honesta: parte = α',
    legendThreshold: 'umbral (1 − γ)/(3 − 2γ)',
    xLabel: 'cuota de hash α del pool',
    yLabel: 'parte de la cadena del pool',
    realisedCell: (realised, lo, hi) => `${two(realised)} (${two(lo)} a ${two(hi)})`,
    headers: ['α', 'γ pedido', 'γ conseguido (95 %)', 'bloques', 'medido', 'intervalo del 95 %', 'R(α, γ)', 'umbral', '¿R dentro?'],
  },
  stale: {
    title: 'Bloques huérfanos y propagación',
    model:
      'Dos mineros con la mitad de la potencia de hash cada uno comparten un enlace que retrasa cada mensaje en d. Un bloque encontrado cuando el otro minero aún no conoce el último puede perder la carrera y quedar huérfano. ' +
      'La tasa exacta de bloques huérfanos en este caso es d / (2 (T + d)), siendo T el intervalo entre bloques; el tan citado 1 − e^(−d/2T) solo es correcto en primer orden. ' +
      'Con retransmisión inv (inv, getdata y luego el bloque), un bloque tarda 3d en llegar.',
    delays: 'Retardos d/T',
    relay: 'Retransmisión',
    push: 'push (el propio bloque)',
    inv: 'inv, getdata, bloque',
    blocks: 'Bloques por retardo',
    result: (inside, delays) => `${n(inside)} de ${n(delays)} retardos tienen d/(2(T+d)) dentro de su intervalo del 95 %.`,
    figureTitle: 'Bloques huérfanos frente al retardo del enlace',
    point: (delay, measured, lo, hi, expected) => `retardo ${delay} del intervalo: ${percent(measured)} huérfanos (95 %: ${interval(lo, hi)}); d/(2(T+d)) ${percent(expected)}`,
    legendExact: 'exacta: d / (2 (T + d))',
    legendFirstOrder: 'primer orden: 1 − e^(−d/2T)',
    xLabel: 'retardo de ida d / intervalo entre bloques T',
    yLabel: 'bloques huérfanos',
    headers: ['d/T', 'retransmisión', 'bloques', 'huérfanos', 'medido', 'intervalo del 95 %', 'd/(2(T+d))', '1 − e^(−d/2T)'],
  },
  majority: {
    title: 'Ataque del 51 % a la red en marcha',
    model:
      'Un atacante con más de la mitad de la potencia de hash se une a la red aislado de todos, toma la cadena del nodo que sigues hasta k bloques por debajo de su punta y mina desde ahí una rama privada mientras los mineros honestos siguen. ' +
      'En cuanto su rama tiene más trabajo que la de ellos se conecta, y todos los nodos cambian a ella: los últimos k bloques se reescriben, y los pagos que contenían vuelven a estar sin confirmar (de vuelta en la mempool) o desaparecen cuando la rama nueva gasta las mismas monedas. ' +
      'Cada bloque es real y cada nodo lo valida; el panel Cadena muestra la reorganización.',
    unavailable: '⚠ No disponible en esta cadena.',
    tooHard: (hashes) =>
      `El ataque mina en el hilo de esta página, así que necesita un objetivo fácil, y aquí cada bloque necesita unos ${n(hashes)} hashes. ` +
      'Crea una cadena de Simulación en Ajustes (o llama a resetSystem({ preset: "simulation" })) para ejecutarlo.',
    replace: 'Sustituirlo todo por una cadena de Simulación nueva',
    keep: 'Conservar esta cadena',
    makeSimulation: 'Crear una cadena de Simulación…',
    made: 'Se creó una cadena de Simulación nueva: el ataque puede ejecutarse en ella.',
    readOnlyLead: '⚠ Pestaña de solo lectura:',
    readOnly: 'haz los cambios en la otra pestaña.',
    share: 'Cuota del atacante',
    shareName: 'Cuota del atacante',
    depth: 'Bloques a reescribir (k)',
    depthName: 'Bloques a reescribir',
    attack: 'Atacar la red en marcha',
    reversed: 'Pagos revertidos',
    backInPool: 'de vuelta en la mempool',
    dropped: 'descartado: en conflicto con la cadena nueva',
    seeReorg: 'Ver la reorganización en el panel Cadena',
    summary: (share, mined, honestBlocks, node, depth, forkHeight, payments) =>
      `Con el ${percent(share)} de la potencia de hash el atacante minó ${blocks(mined)} mientras los mineros honestos encontraron ${n(honestBlocks)}; ` +
      `${node} se reorganizó ${blocks(depth)} hacia atrás (las cadenas se separan después del bloque ${n(forkHeight)}). ` +
      (payments === 0 ? 'Los bloques reescritos no contenían pagos.' : `${payments === 1 ? 'Se revirtió 1 pago' : `Se revirtieron ${n(payments)} pagos`}:`),
    paid: (amount, address) => `${amount} monedas a ${address}`,
  },
};
