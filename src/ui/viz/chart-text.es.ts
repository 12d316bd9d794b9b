/** The charts' words in Spanish. */
import type { Translation } from '../i18n/area-text';
import type { ChartText } from './chart-text';

export const text: Translation<ChartText> = {
  charts: {
    region: 'Gráficos',
    intervals: 'Tiempo entre bloques',
    height: 'altura',
    seconds: 'segundos',
    target: (seconds) => `objetivo ${seconds} s`,
    difficultyTitle: 'Dificultad (1 = el objetivo más fácil permitido)',
    difficulty: 'dificultad',
    minersTitle: 'Tasa de hash por minero (parte del trabajo)',
    minerDetail: (share, blocks, count, rate) =>
      `${share} del trabajo, ${blocks} ${count === 1 ? 'bloque' : 'bloques'}${rate !== null ? `, unos ${rate} hashes/s` : ''}`,
    minersValue: 'parte del trabajo, bloques, tasa de hash estimada',
    staleTitle: (rate, stale, total) => `Tasa de bloques obsoletos: ${rate} (${stale} de ${total} bloques minados)`,
    staleValue: 'obsoletos / minados',
  },
  chart: {
    empty: 'Aún no hay datos.',
    showTable: 'Mostrar como tabla',
    points: (title, count) => `${title}: ${count} puntos, ver la tabla`,
    bars: (title, count) => `${title}: ${count} barras, ver la tabla`,
    name: 'Nombre',
  },
  plot: {
    picture: (title, points, curves) =>
      `${title}: ${points} puntos medidos con intervalos del 95 % sobre ${curves} curvas teóricas; la tabla de abajo los enumera`,
    legend: 'Leyenda',
  },
};
