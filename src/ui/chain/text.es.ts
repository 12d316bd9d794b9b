/** The Chain panel's words in Spanish. */
import type { Translation } from '../i18n/area-text';
import type { ChainText } from './text';

export const text: Translation<ChainText> = {
  title: (node) => `Cadena de ${node}`,
  tree: 'Árbol de bloques',
  whose: 'De quién son los bloques',
  nodeTree: (node) => `Árbol de ${node}`,
  network: 'Toda la red',
  networkHint: 'Los bloques de todos los nodos: arriba la cadena con más trabajo, debajo las ramas que siguen (o dejaron) otros nodos, con la punta de cada nodo marcada.',
  foreignTips: (node) => `Puntas que ${node} no ha recibido`,
  fork: 'Bifurcación:',
  forkOn: (nodes, count, height) => `${nodes} ${count === 1 ? 'está' : 'están'} en la punta #${height}`,
  forkMissing: (node) => `, que ${node} no ha recibido: una rama competidora (una partición, o un bloque que aún está en camino).`,
  charts: (node) => `Gráficos de la cadena de ${node}`,
  chartsHint: 'intervalo entre bloques, dificultad, potencia de hash por minero, tasa de bloques obsoletos',
  chartsFailed: (error) => `No se pudieron cargar los gráficos (${error}). Recarga la página para volver a intentarlo.`,
};
