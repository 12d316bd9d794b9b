/** The announcements in Spanish. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { AnnouncementText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<AnnouncementText> = {
  blockFound: (height, node, txCount) => `${node} encontró el bloque ${n(height)}, ${txCount === 1 ? '1 transacción' : `${n(txCount)} transacciones`}.`,
  blocksFound: (count, height, node) => `${n(count)} bloques encontrados; el último, el bloque ${n(height)}, por ${node}.`,
  reorg: (node, disconnected, connected, tipHeight) =>
    `Reorganización en ${node}: ${disconnected === 1 ? '1 bloque desconectado' : `${n(disconnected)} bloques desconectados`}, ${n(connected)} ${connected === 1 ? 'conectado' : 'conectados'}; nueva punta a la altura ${n(tipHeight)}.`,
  reorgs: (count, node, tipHeight) => `${n(count)} reorganizaciones en ${node}; la última dejó la punta a la altura ${n(tipHeight)}.`,
  paymentNotSent: (messages) => `Pago no enviado: ${messages}`,
  paymentRefused: (code, message) => `Pago rechazado (${code}): ${message}`,
  raceFinished: (q, z, rate) => `Carrera de doble gasto terminada: q ${q}, z ${z}, el ataque tuvo éxito en el ${rate}.`,
  racesFinished: (count) => `${n(count)} carreras de doble gasto terminadas.`,
  selfishFinished: (alpha, gamma, share) => `Minería egoísta terminada: α ${alpha}, γ ${gamma}, el pool obtuvo el ${share} de los bloques.`,
  selfishRunsFinished: (count) => `${n(count)} ejecuciones de minería egoísta terminadas.`,
  staleFinished: (points) => `Barrido de la tasa de bloques huérfanos terminado: ${points === 1 ? '1 punto medido' : `${n(points)} puntos medidos`}.`,
  staleSweepsFinished: (count) => `${n(count)} barridos de la tasa de bloques huérfanos terminados.`,
  majorityFinished: (depth, reversed) =>
    `Ataque del 51 % terminado: una reorganización de ${depth === 1 ? '1 bloque' : `${n(depth)} bloques`} de profundidad, ${reversed === 1 ? '1 pago revertido' : `${n(reversed)} pagos revertidos`}.`,
  majorityAttacksFinished: (count) => `${n(count)} ataques del 51 % terminados.`,
};
