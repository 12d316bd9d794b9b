/**
 * `import url from './x.worker.ts?worker-chunk'`: the URL to start that module with
 * `new Worker(url, { type: 'module' })`, built as an entry chunk of the page's own build
 * so that it shares the page's chunks (scripts/worker-chunk.js).
 */
declare module '*?worker-chunk' {
  const url: string;
  export default url;
}
