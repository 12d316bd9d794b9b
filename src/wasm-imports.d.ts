/** `import bytes from './kernel.ts?wasm'`: an AssemblyScript file compiled by the build (scripts/assemblyscript.ts). */
declare module '*?wasm' {
  const bytes: Uint8Array;
  export default bytes;
}
