/**
 * The page's first script (index.html lists it before main.ts): on a first
 * visit it starts the tasks worker and the demo file's download and check
 * at once, while the app's larger scripts are still loading and compiling
 * (app/first-visit-start.ts). It imports only what that needs.
 */
import { firstVisitStart } from './app/first-visit-start';

firstVisitStart();
