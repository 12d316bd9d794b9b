/**
 * What the Lab panel draws and copies besides the kept results: the closed
 * forms (src/lab/theory/curves.ts) and the results as CSV (src/lab/csv.ts).
 * A module of its own, imported by the panel's chunk only, so the first load
 * does not carry them.
 */
export { LAB_THEORY, type LabTheory } from '../lab/theory/curves';
export { raceCsv, selfishCsv, staleCsv } from '../lab/csv';
