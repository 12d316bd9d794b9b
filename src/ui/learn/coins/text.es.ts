/** Lesson 6's words in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber, pluralOne } from '../../i18n/format';
import type { CoinsText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<CoinsText> = {
  intro: [
    'El saldo de nadie está escrito en ninguna parte. Lo que guarda la cadena son monedas: salidas de transacciones anteriores que nadie ha gastado todavía («salidas de transacción no gastadas», UTXO). Un saldo es la suma de las monedas de una dirección.',
    'Un pago gasta monedas enteras, como cuando se paga con billetes: las monedas que gasta desaparecen, y crea monedas nuevas, una para quien recibe y normalmente otra para el cambio, que vuelve a quien paga.',
    'Una moneda solo se puede gastar una vez. El nodo recuerda qué monedas existen y rechaza un segundo pago que gaste una moneda ya gastada, y dice por qué.',
  ],
  steps: {
    pay: { task: 'Envía 4 monedas de Alice a Bob. Mira la moneda que gasta y el cambio que recibe Alice.', hint: 'Elige Alice y Bob, escribe 4 y pulsa Enviar. Alice no tiene ninguna moneda de 4: se gasta su moneda de 5 y vuelve 1.' },
    confirm: { task: 'Mina un bloque: el pago queda confirmado y las monedas nuevas están en la cadena.', hint: 'Pulsa «Minar el pool en un bloque». Mira cómo las monedas de Bob pasan de «en espera» a «confirmadas».' },
    'double-spend': { task: 'Intenta gastar las mismas monedas por segunda vez: el nodo lo rechaza y da su motivo.', hint: 'Pulsa «Gastar de nuevo estas monedas» bajo un pago. Pruébalo antes y después de minar: el motivo cambia.' },
  },
  walletsTitle: 'Monederos y sus monedas',
  balance: (sum, parts) => `Saldo: ${parts} = ${sum} monedas`,
  noCoins: 'Sin monedas.',
  afterPool: (total) => `Cuando se mine el pool: ${total} monedas.`,
  coinConfirmed: 'en la cadena',
  coinWaiting: 'en espera en el pool',
  coinSpending: 'gastándose',
  coinLabel: (amount, state) => `Moneda de ${amount}, ${state}`,
  payTitle: 'Hacer un pago',
  from: 'De',
  to: 'Para',
  amount: 'Cantidad (monedas)',
  send: 'Enviar',
  spentCoin: (amount, value) => `moneda de ${amount} ${pluralOne('es', value) ? 'moneda' : 'monedas'}`,
  previewSpends: (coins) => `Gasta: ${coins}.`,
  previewPays: (to, amount, from, change) => `Paga ${amount} a ${to} y devuelve ${change} a ${from} como cambio.`,
  previewNoChange: (to, amount) => `Paga exactamente ${amount} a ${to}: sin cambio.`,
  blockTitle: 'Bloques',
  chainLine: (height, pool) =>
    `La cadena tiene ${n(height + 1)} bloques; ` + (pool === 1 ? '1 pago en espera en el pool.' : `${n(pool)} pagos en espera en el pool.`),
  mine: 'Minar el pool en un bloque',
  mining: (tries) => `Minando… ${tries} intentos.`,
  paymentsTitle: 'Pagos',
  noPayments: 'Todavía no hay pagos.',
  payment: (from, to, amount, change) => `${from} → ${to}: ${amount} monedas (cambio ${change})`,
  waiting: 'en espera en el pool',
  confirmations: (c) => (c === 1 ? 'confirmado (1 confirmación)' : `confirmado (${n(c)} confirmaciones)`),
  again: 'Gastar de nuevo estas monedas',
  againLabel: (i) => `Gastar de nuevo las monedas del pago ${n(i)}`,
  refused: (code, message) => `✗ Rechazado (${code}): ${message}`,
};
