/** The app layer's own sentences in German. */
import type { StorageErrorCode } from '../../storage/index';
import type { Translation } from '../i18n/area-text';
import type { StorageProblem } from '../../storage/store';
import { formatNumber } from '../i18n/format';
import type { AppWordsText } from './text';

const n = (x: number | bigint) => formatNumber('de', x);
const closed = (problem: string) => (/[.!?]$/.test(problem) ? problem : `${problem}.`);
const nodes = (count: number) => (count === 1 ? '1 Knoten' : `${n(count)} Knoten`);
const blocks = (count: number) => (count === 1 ? '1 Block' : `${n(count)} Blöcke`);
const NO_MINER = 'Kein Knoten hat einen Miner: Gib zuerst einem Knoten einen Miner (unten); nur Knoten mit einem Miner finden Blöcke.';

const STORAGE: Readonly<Record<StorageErrorCode, string>> = {
  'indexeddb-missing': 'Dieser Browser bietet kein IndexedDB (manche privaten Modi schalten es ab): Nichts kann gespeichert werden.',
  'open-refused': 'Der Browser hat das Öffnen der Datenbank verweigert (privater Modus oder Speicher deaktiviert): Nichts kann gespeichert werden.',
  blocked: 'Ein anderer Tab von Pocket Chain hält eine ältere Version der Datenbank offen: Schließe ihn, um das Upgrade abzuschließen.',
  'migration-failed': 'Die gespeicherten Daten konnten nicht auf das aktuelle Schema gebracht werden; sie blieben, wie sie waren.',
  'quota-exceeded': 'Der Speicher ist voll: Der Browser nimmt nichts mehr an.',
  'write-failed': 'Ein Schreibvorgang wurde abgelehnt; nichts davon wurde gespeichert, der gespeicherte Zustand ist wie zuvor.',
  closed: 'Die Datenbank wurde geschlossen (ein anderer Tab hat sie aktualisiert, oder der Speicher wurde geschlossen).',
  'read-only': 'Dieser Tab ist schreibgeschützt: Ein anderer Tab von Pocket Chain schreibt.',
  'unknown-node': 'Der Knoten hat noch keinen gespeicherten Zustand: Speichere den Knoten, bevor du seine Änderungen festschreibst.',
  'node-not-found': 'Kein Knoten mit dieser ID ist gespeichert.',
  'rebuild-impossible': 'Der Knoten kann nicht aus seinen Blöcken neu aufgebaut werden (sein Genesis-Block fehlt oder ist beschädigt).',
  'nothing-stored': 'Noch ist nichts gespeichert.',
};

/** Where a damaged record is: its node (when it has one), store and key. */
const where = (p: StorageProblem) => `${p.nodeId ? `Knoten ${p.nodeId}, ` : ''}Speicher ${p.store}${p.key ? `, Schlüssel ${p.key}` : ''}`;

export const text: Translation<AppWordsText> = {
  sentences: {
    writerNow: () => 'Dieser Tab kann jetzt Änderungen vornehmen (der andere Tab wurde geschlossen).',
    blocksUnreadable: (p) => `Das Lesen der gespeicherten Blöcke ist fehlgeschlagen: ${p.problem}. Noch nicht gelesene Blöcke können weder angezeigt noch an Peers gesendet werden.`,
    savingFailed: (p) => `Speichern fehlgeschlagen: ${p.problem}`,
    progressUnreadable: (p) => `Dein Lernfortschritt konnte nicht gelesen werden (${p.problem}); die Lektionen beginnen von vorn.`,
    progressUnsaved: (p) => `Dein Lernfortschritt konnte nicht gespeichert werden: ${p.problem}`,
    minersOff: () => `Die simulierten Miner wurden ausgeschaltet. ${NO_MINER}`,
    enginesUnmeasured: (p) => `Die Mining-Engines konnten nicht gemessen werden (${p.problem}); das Mining läuft mit ${p.engine ?? 'der Standard-Engine'} weiter.`,
    imported: (p) => `${nodes(p.nodes)} und ${blocks(p.blocks)} importiert.`,
    nodeRebuilt: (p) =>
      `Knoten ${p.node} wurde aus ${p.blocks === 1 ? '1 gespeicherten Block' : `${n(p.blocks)} gespeicherten Blöcken`} neu aufgebaut (Höhe ${n(p.height)}).`,
    demoFileRefused: (p) => `Die mit der Seite gebaute Demo-Datei wurde abgelehnt: ${closed(p.problem)} Die Demo wird stattdessen hier gemint.`,
    demoFileUnreadable: (p) => `Die mit der Seite gebaute Demo-Datei konnte nicht gelesen werden: ${closed(p.problem)} Die Demo wird stattdessen hier gemint.`,
    browserDeletedData: (p) => `Der Browser hat seine gespeicherte Kopie von Pocket Chain als beschädigt erkannt und gelöscht (er sagte: ${p.problem}). Das Gespeicherte ist verloren; Pocket Chain beginnt wieder mit der Demo.`,
    storageSaving: () => 'Alles ist in diesem Browser gespeichert (IndexedDB).',
    storageNotSaving: (p) =>
      `${STORAGE[p.code]}${p.detail ? ` (${p.detail})` : ''} Pocket Chain läuft im Arbeitsspeicher weiter: Nichts wird gespeichert, und ein Neuladen verliert die Änderungen.`,
    noMinerLive: () => NO_MINER,
    tooHardToSimulate: (p) =>
      `Bei dieser Schwierigkeit braucht jeder Block etwa ${n(p.hashes)} Hashes: Mine mit den Workern im Tab „Mining“, oder lege in den Einstellungen eine Kette „Simulation (leichtes Ziel)“ an, um vorzuspulen.`,
    noMinerToMine: () => 'Kein Knoten hat einen Miner: Gib zuerst einem Knoten eine Belohnungsadresse und einen Anteil.',
    maxTxs: () => 'Die Anzahl der Transaktionen muss eine ganze Zahl sein, 0 oder mehr.',
    hashShare: (p) => `Der Hash-Anteil muss eine Zahl über 0 und höchstens ${n(p.max)} sein.`,
    hashPowerShare: () => 'Der Anteil an der Hash-Leistung muss größer als null sein.',
    workers: (p) => `Die Zahl der Worker muss eine ganze Zahl von ${n(p.min)} bis ${n(p.max)} sein.`,
    gpuOff: () => 'Die GPU ist ausgeschaltet: Schalte sie ein, bevor du sie wählst.',
    fastForwardBlocks: (p) => `Die Zahl der Blöcke muss eine ganze Zahl von 1 bis ${n(p.max)} sein.`,
    seedEmpty: () => 'Der Seed darf nicht leer sein: Gib einen Text oder eine Zahl ein.',
    walletSeedEmpty: () => 'Gib einen Seed ein, oder lass ihn weg für einen frischen Zufallsschlüssel.',
    walletExists: () => 'Diese Wallet ist schon hier.',
    labelTooLong: (p) => `Ein Name hat höchstens ${n(p.max)} Zeichen.`,
    labelLength: (p) => `Ein Name hat 1 bis ${n(p.max)} Zeichen.`,
    lastNode: () => 'Der letzte Knoten kann nicht entfernt werden.',
    ownPeer: () => 'Ein Knoten kann nicht sein eigener Peer sein.',
    delayRange: (p) => `${p.what === 'latency' ? 'Die Latenz' : 'Der Jitter'} muss zwischen 0 und ${n(p.max)} ms liegen.`,
    lossRange: () => 'Der Verlust muss mindestens 0 und kleiner als 1 sein.',
    noPeers: (p) => `${p.node} hat keine Peers, an die der Block gehen könnte.`,
    noScore: (p) => `${p.node} führt keine Wertung gegen „${p.peer}“.`,
    bitsNot32: () => 'Die Bits müssen ein kompaktes 32-Bit-Ziel wie 0x1f00ffff sein.',
    bitsNegative: (p) => `Die Bits ${p.bits} kodieren ein negatives Ziel.`,
    bitsOverflow: (p) => `Die Bits ${p.bits} kodieren ein Ziel über 2^256.`,
    targetTooEasy: (p) => `Dieses Ziel ist null oder leichter als die Grenze der Kette (${p.limit}).`,
    rewardRange: (p) => `Die Belohnung muss eine ganze Zahl von Einheiten zwischen 0 und ${n(p.max)} Coins sein.`,
    paramRange: (p) => `Konsensparameter ${p.name}: muss eine ganze Zahl von ${p.min} bis ${p.max} sein, nicht ${p.got}.`,
    newChainOverrides: () => 'Eine neue Kette beginnt ohne Änderungen der Schwierigkeit oder der Belohnung.',
    genesisTooEasy: (p) => `Die Genesis-Schwierigkeit ${p.bits} ist leichter als die Proof-of-Work-Grenze ${p.limit}.`,
    genesisTooHard: (p) =>
      `Die Genesis-Schwierigkeit ${p.bits} braucht etwa ${n(p.hashes)} Hashes pro Block: Die Geschichte der Kette aufzubauen, dauerte im Browser viel zu lange. ` +
      `Nimm ${p.hardest} oder ein leichteres Ziel (höchstens etwa ${n(p.maxHashes)} Hashes pro Block).`,
    runStoppedByYou: () => 'Du hast ihn angehalten.',
    runNetworkReplaced: () => 'Das Netz wurde ersetzt (Zurücksetzen oder Import).',
    runReadOnly: () => 'Dieser Tab kann keine Änderungen mehr vornehmen.',
    runProofNotFound: () => 'Die Worker haben angehalten, bevor der Beweis des Blocks gefunden war.',
    runNoBlockFound: () => 'Kein Block wurde gefunden: Kein Knoten hat einen Miner.',
    partitionShape: () => 'Die Gruppen müssen eine nicht leere Liste von Listen von Knoten-IDs sein.',
    partitionNodeTwice: (p) => `Knoten ${p.node} ist in mehr als einer Gruppe.`,
    labRunFailed: (p) => `Der Lauf (${p.label}) ist fehlgeschlagen: ${p.problem}.`,
    attackStopped: (p) => `Der Angriff wurde abgebrochen: ${p.problem}.`,
  },
  poolNotices: {
    simdUnavailable: (v) => `WebAssembly SIMD ist nicht verfügbar (${v.reason}); stattdessen läuft der JavaScript-Kernel.`,
    gpuOwnWorker: () => 'Die GPU (WebGPU) läuft in einem eigenen Worker; dieser nutzt den JavaScript-Kernel.',
    workerStopped: (v) => `Ein Mining-Worker hat angehalten (${v.reason}); ${v.left} minen weiter.`,
    gpuStopped: (v) => `Der GPU-Miner (WebGPU) hat angehalten (${v.reason}); stattdessen minen WebAssembly-SIMD-Worker.`,
    gpuNotStarted: (v) => `Der GPU-Miner (WebGPU) konnte nicht starten (${v.reason}); stattdessen minen WebAssembly-SIMD-Worker.`,
    workersNotStarted: (v) => `${v.failed} von ${v.count} Mining-Workern konnten nicht starten (${v.reason}).`,
    mainThread: (v) =>
      `Das Mining läuft in kurzen Abschnitten im Haupt-Thread der Seite, weil Web Worker nicht verfügbar sind (${v.reason}). Es ist langsamer und nutzt nur einen Kern.`,
  },
  damage: {
    'params-missing': (_p) => 'Die Konsensparameter sind nicht gespeichert, daher kann kein Knoten wiederhergestellt werden.',
    'params-invalid': (_p) => 'Die gespeicherten Konsensparameter sind ungültig.',
    'record-unparseable': (p) => `${where(p)}: Ein gespeicherter Eintrag ist nicht lesbar.`,
    'block-missing': (p) => `${where(p)}: Ein gespeicherter Block fehlt.`,
    'block-unparseable': (p) => `${where(p)}: Ein gespeicherter Block ist nicht lesbar.`,
    'block-hash-mismatch': (p) => `${where(p)}: Ein gespeicherter Block hat nicht den Hash seines Schlüssels.`,
    'tip-missing': (p) => `${where(p)}: Der Block an der Spitze der Kette fehlt.`,
    'undo-missing': (p) => `${where(p)}: Die Rückgängig-Daten eines Blocks fehlen.`,
    'undo-mismatch': (p) => `${where(p)}: Die Rückgängig-Daten eines Blocks passen nicht zu ihm.`,
    'restore-failed': (p) => `${where(p)}: Konnte nicht wiederhergestellt werden.`,
    'utxo-mismatch': (p) => `${where(p)}: Die gespeicherten Coins passen nicht zur Kette.`,
    'mempool-refused': (p) => `${where(p)}: Eine gespeicherte Transaktion des Pools wurde abgelehnt.`,
    'wallet-invalid': (p) => `${where(p)}: Eine gespeicherte Wallet ist beschädigt.`,
  },
};
