/**
 * The page's first script (index.html lists it before main.ts): on a first
 * visit it starts the tasks worker and the demo file's download and check
 * at once, while the app's larger scripts are still loading and compiling
 * (app/first-visit-start.ts). It imports only what that needs.
 */
import { firstVisitStart } from './app/first-visit-start';

firstVisitStart();

// The page's first number format loads the browser's locale data (15-20 ms on a first visit, measured
// inside the first screen's mount). Made now, while the app's scripts are still arriving, that cost
// falls in time the page would otherwise spend waiting; later formats of any language are cheap.
new Intl.NumberFormat(navigator.language).format(0);
