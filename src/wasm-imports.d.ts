/** `import bytes from './kernel.ts?wasm'`: an AssemblyScript file compiled by the build (scripts/assemblyscript.ts). */
declare module '*?wasm' {
  const bytes: Uint8Array;
  export default bytes;
}

/** The URL of the seeded demo file the build writes (scripts/built-demo.js); null on the dev server. */
declare module 'virtual:pocket-demo' {
  const url: string | null;
  export default url;
}
