/**
 * window.pocket.help(): the list of methods with one line each. Its own module
 * because the page's first window.pocket (lazy-window-pocket.ts) answers it at
 * once, before the API's code has loaded.
 */
export const WINDOW_POCKET_HELP = [
  'Pocket Chain API (amounts in base units: 1 coin = 100000000; hashes as Bitcoin shows them):',
  '  newWallet(label?)  getWallets()  getBalance(address)  send(from, to, amount, fee?)',
  '  mineBlock(minerAddress, maxTxs?)  getBlocks()  getChainstate()  getPool()',
  '  getNodes()  addNode()  registerNodes(nodeId, peerIds)  resolveConflicts(nodeId)  selectNode(nodeId)',
  '  setDifficulty(bits)  setReward(units)  startMining({ nodeId?, address })  stopMining()  getMiningStats()',
  "  getMiningEngines()  setMiningEngine('webgpu' | 'wasm-simd' | 'js')  measureMiningEngines()  setGpuMining(on)",
  '  inspectHeader(hex)  merkleRoot(txids)  merkleProof(blockHash, txid)  verifyMerkleProof(proof)',
  '  submitBlock(nodeId, blockHex)  exportState({ includeWallets? })  importState(json)',
  '  partition([[ids], [ids]])  heal()  removeNode(id)  setLatency(ms)  flush()  getReorgs(nodeId?)',
  '  settle()   (delivers every message in flight at once: with many nodes it may block the page for a while)',
  '  setSimulatedMining(on)  getClock()   stepBlock()  fastForward(blocks)   (at a real target the workers search each proof)',
  '  resetSystem({ seed?, preset? })   presets: classroom, bitcoin, simulation',
  '  lab.doubleSpendRace({ q, z, trials, seed, premined? })  lab.selfishMining({ alpha, gamma, blocks, seed })',
  '  lab.staleRate({ delays, relay?, blocks, seed })  lab.majorityAttack({ share, depth, seed })  lab.cancel()',
].join('\n');
