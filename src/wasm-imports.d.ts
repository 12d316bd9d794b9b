/** `import bytes from './kernel.ts?wasm'`: an AssemblyScript file compiled by the build (scripts/assemblyscript.js), its bytes inlined. */
declare module '*?wasm' {
  const bytes: Uint8Array;
  export default bytes;
}

/**
 * `import source from './kernel.ts?wasm-file'`: the compiled file's URL in a build (a .wasm of its own,
 * fetched when needed); its bytes on the dev server and in the Node tests (scripts/assemblyscript.js).
 */
declare module '*?wasm-file' {
  const source: string | Uint8Array;
  export default source;
}

/** The URL of the seeded demo file the build writes (scripts/built-demo.js); null on the dev server. */
declare module 'virtual:pocket-demo' {
  const url: string | null;
  export default url;
}
