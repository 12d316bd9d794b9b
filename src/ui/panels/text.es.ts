/** The panels' frame words in Spanish. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { PanelsText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<PanelsText> = {
  wallets: {
    title: 'Monederos',
    summary: (walletCount, coins) => `${walletCount === 1 ? '1 monedero' : `${n(walletCount)} monederos`} con ${coins} (confirmadas), tal como los ve`,
    seenAt: (height) =>
      `a la altura ${height}. Los saldos son la suma de las salidas sin gastar de cada monedero; otro nodo puede ver otros hasta que le lleguen los bloques y las transacciones.`,
    list: 'Lista de monederos',
    none: 'Todavía no hay monederos: crea uno con el formulario.',
  },
  mempool: {
    title: (node) => `Mempool de ${node}`,
    totals: (node) => `Totales de la mempool de ${node}`,
    transactions: 'Transacciones',
    size: 'Tamaño',
    bytes: (bytes) => `${bytes} bytes`,
    fees: 'Comisiones en espera',
    empty: (node) => `La mempool de ${node} está vacía.`,
    lost: (count) =>
      `${count === 1 ? '1 pago que había visto salió' : `${n(count)} pagos que había visto salieron`} sin bloque: mira «Salió hace poco de esta mempool» más abajo.`,
    nothingWaits: 'Ninguna transacción espera un bloque.',
    sendHint: 'Envía un pago desde la pestaña Monederos: espera aquí hasta que un minero lo incluya en un bloque.',
    goToWallets: 'Ir a Monederos',
    howTitle: 'Cómo bloquea monedas la mempool',
    howLocks: [
      'Una transacción gasta monedas enteras (salidas sin gastar). Mientras espera aquí, las monedas que gasta quedan',
      'bloqueadas una a una',
      ': se rechaza una segunda transacción que gaste cualquiera de esas monedas (',
      '), así que un monedero puede seguir pagando con sus otras monedas, e incluso con el cambio de un pago en espera (una hija de una madre sin confirmar, minada después de su madre o junto con ella).',
    ],
    howPools:
      'Cada nodo tiene su propia mempool. Dos nodos pueden tener transacciones distintas que gastan la misma moneda (un doble gasto enviado a ambos); gana el primer bloque que incluya una de ellas, y la otra se retira de todas las mempools como conflicto.',
    departedTitle: 'Salió hace poco de esta mempool',
    nothingLeft: (node) => `Nada ha salido de la mempool de ${node} desde que se abrió la página. Mina un bloque para ver cómo se confirman las transacciones.`,
    wasIn: '(estaba en',
    nowStale: ', ahora huérfano)',
    lostTo: '— perdida frente a',
    inBlock: ' en el bloque',
    parentLeft: '— gastaba una moneda de',
    leftChain: ', que salió de la cadena',
    block: '(bloque',
    shown: (count) => `${count === 1 ? 'Se muestra 1 transacción' : `Se muestran ${n(count)} transacciones`}, primero las más recientes.`,
  },
};
