/** Español: the page for classes taught in Spanish (keys and parameters from en.ts). */
import type { Messages } from '../catalogue';

const s = (n: number) => (n === 1 ? '' : 's');

export const es = {
  headerNode: 'Nodo',
  headerNodeSelect: 'Nodo que siguen todos los paneles',
  headerNodeOption: (p) => `${p.label} · altura ${p.height}`,
  headerClock: 'Reloj de la simulación',
  headerPlay: 'Reanudar',
  headerPause: 'Pausa',
  headerPlayTitle: 'Reanudar el reloj de la simulación',
  headerPauseTitle: 'Pausar el reloj de la simulación (los mensajes dejan de viajar)',
  headerSpeed: 'Velocidad de la simulación',
  headerStep: 'Paso',
  headerStepTitle: 'Entregar ahora el siguiente mensaje en tránsito',
  headerNoMessage: 'No hay ningún mensaje en tránsito.',
  headerSaved: 'Guardado',
  headerNotSaving: 'Sin guardar',
  headerReadOnly: 'Pestaña de solo lectura',
  headerSavedTitle: 'Todo queda guardado en este navegador.',
  headerReadOnlyTitle: 'Pocket Chain está abierto en otra pestaña; esta la sigue y no puede hacer cambios.',
  headerSavingStatus: (p) => `Estado del guardado: ${p.status}. ${p.detail}`,
  headerTheme: 'Tema',
  headerThemeAuto: 'Tema: del sistema',
  headerThemeLight: 'Tema: claro',
  headerThemeDark: 'Tema: oscuro',
  headerLanguage: 'Idioma',
  headerLanguageAuto: (p) => `Navegador (${p.name})`,

  shellSkip: 'Saltar al panel',
  shellPanels: 'Paneles',
  shellPanelsList: 'Paneles de Pocket Chain',
  tabLearn: 'Aprender',
  tabChain: 'Cadena',
  tabWallets: 'Monederos',
  tabMempool: 'Mempool',
  tabMining: 'Minería',
  tabNetwork: 'Red',
  tabLab: 'Laboratorio',
  tabSettings: 'Ajustes',
  tabPending: (p) => `${p.count} pendientes`,
  panelLoading: (p) => `Cargando el panel «${p.name}»…`,
  panelLoadFailed: (p) => `No se pudo cargar el panel «${p.name}» (${p.error}). Recarga la página para intentarlo de nuevo.`,

  loadingStarting: 'Arrancando: abriendo la cadena guardada, o minando una red de demostración para tu primera visita…',
  loadingFailed: (p) => `Pocket Chain no pudo arrancar: ${p.error}`,

  bannerReadOnly: 'Solo lectura:',
  bannerReadOnlyText:
    'Pocket Chain está abierto en otra pestaña de este navegador y solo una pestaña puede hacer cambios. Esta pestaña la sigue en directo; cierra la otra pestaña para hacer cambios aquí.',
  bannerDamaged: 'Los datos guardados están dañados.',
  bannerDamagedText: 'No se ha borrado nada, y no se guardará nada hasta que elijas.',
  bannerRebuildNode: (p) => `Reconstruir el nodo ${p.id} a partir de sus bloques`,
  bannerResetDemo: 'Volver a la demostración inicial',
  bannerNotSaving: 'Sin guardar:',
  bannerMainThread: 'Minando en el hilo principal:',

  toastsLabel: 'Notificaciones',
  toastsDismiss: 'Cerrar',
  toastsKeyHint: 'Alt+Mayús+N lleva a su botón.',
  toastsRegionHint: 'Alt+Mayús+N lleva el teclado aquí. Los avisos con un botón se quedan hasta que los cierres.',
  toastsMore: (p) => `+${p.count} más`,
  toastsFewer: 'Mostrar solo la más reciente',
  toastsNewestThree: 'Mostrar solo las tres más recientes',
  toastsDismissAll: 'Cerrar todas',

  tourStep: (p) => `Recorrido · paso ${p.step} de ${p.total}`,
  tourChainTitle: 'Una cadena de bloques viva',
  tourChainText:
    'Esta es una red de demostración con nodos que ya tienen una cadena. El árbol de bloques muestra cada bloque del nodo que sigues; haz clic en un bloque para abrirlo y ver por qué es válido.',
  tourWalletsTitle: 'Monederos y pagos',
  tourWalletsText:
    'Los monederos guardan claves secp256k1. Envía monedas de un monedero a una dirección: la transacción se firma y va al nodo, que la comprueba y la retransmite a sus pares.',
  tourMempoolTitle: 'La mempool',
  tourMempoolText: 'Las transacciones esperan aquí hasta que un minero las incluye en un bloque. Una moneda que ya se está gastando no se puede gastar dos veces.',
  tourMiningTitle: 'Minería',
  tourMiningText:
    'Mina un bloque: los Web Workers prueban nonces hasta que el hash del bloque queda por debajo del objetivo. Cambia la dificultad y observa cómo cambia el tiempo esperado.',
  tourNetworkTitle: 'La red',
  tourNetworkText:
    'Los nodos se pasan bloques y transacciones con cierto retraso. Divide la red, mina en ambos lados, vuelve a unirla y observa cómo gana la rama con más trabajo.',
  tourClose: 'Cerrar el recorrido',
  tourBack: 'Atrás',
  tourNext: 'Siguiente',
  tourDone: 'Terminar',

  startTitle: 'Te damos la bienvenida a Pocket Chain',
  startText: 'En esta página funciona una cadena de bloques completa. ¿Quieres aprender paso a paso cómo funciona, o explorar la red directamente?',
  startLessons: 'Empezar las lecciones',
  startExplore: 'Explorar la red',
  startLater: 'Puedes cambiar en cualquier momento con la pestaña Aprender.',

  reorgTitle: 'Reorganización:',
  reorgHeadline: (p) =>
    `${p.nodes} ${p.nodeCount === 1 ? 'cambió' : 'cambiaron'} de rama en el bloque #${p.height}: ${p.disconnected} bloque${s(p.disconnected)} desconectado${s(p.disconnected)} (profundidad ${p.depth}), ${p.connected} conectado${s(p.connected)}.`,
  reorgNothingLost: 'No se perdió ningún pago.',
  reorgReturned: (p) =>
    `No se perdió ningún pago: ${p.count} pago${p.count === 1 ? '' : 's'} de la rama antigua volvi${p.count === 1 ? 'ó' : 'eron'} a la mempool.`,
  reorgShowChain: (p) => `Ver la cadena de ${p.node}`,
  reorgDismiss: 'Cerrar',
  reorgReversedList: 'Pagos revertidos',
  reorgPayment: (p) => `Pago de ${p.amount}${p.from ? ` de ${p.from}` : ''}${p.to ? ` a ${p.to}` : ''} (tx ${p.tx})`,
  reorgReversed: 'revertido',
  reorgDropped: 'retirado de la mempool',
  reorgLostTo: (p) => `perdió frente a ${p.who ? `${p.who}, ` : ''}tx ${p.tx}${p.height ? ` en el bloque #${p.height}` : ''} (un doble gasto de las mismas monedas)`,
  reorgParentReversed: (p) => `gastaba una moneda de la tx ${p.tx}, que también se revirtió`,
  reorgNoLongerValid: 'la nueva cadena ya no lo acepta',
  reorgReversedLine: (p) => `${p.payment} revertido: ${p.why}.`,
  reorgToast: (p) => `${p.payment} ${p.what} en ${p.node}: ${p.why}.`,
  reorgSwitchedToast: (p) =>
    `Reorg: ${p.node} cambió de rama, ${p.depth} ${p.depth === 1 ? 'bloque reemplazado' : 'bloques reemplazados'} (profundidad ${p.depth}). No se perdió ningún pago.`,
  reorgShowTheChain: 'Ver la cadena',
  reorgShowPoolHistory: 'Ver en el historial de la mempool',

  foundToast: (p) => `${p.node} encontró el bloque ${p.height}: ${p.hash} (${p.txCount} ${p.txCount === 1 ? 'transacción' : 'transacciones'}).`,
  foundOpen: (p) => `Abrir el bloque ${p.height}`,

  scrollTable: (p) => `${p.caption ?? 'Tabla'} (se desplaza de lado)`,
  coins: (p) => `${p.amount} ${p.one ? 'moneda' : 'monedas'}`,
} satisfies Messages;
