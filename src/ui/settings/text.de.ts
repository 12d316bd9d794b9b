/** The Settings panel's words in German. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { SettingsText } from './text';

const n = (x: number | bigint) => formatNumber('de', x);
const time = (at: number) => new Date(at).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const nodes = (count: number) => (count === 1 ? '1 Knoten' : `${n(count)} Knoten`);
const blocks = (count: number) => (count === 1 ? '1 Block' : `${n(count)} Blöcke`);
const UNITS = { blocks: 'Blöcken', seconds: 'Sekunden', bytes: 'Bytes' } as const;

export const text: Translation<SettingsText> = {
  newChain: {
    title: 'Konsensparameter für eine neue Kette',
    thisChain: 'Diese Kette:',
    preset: 'Vorlage',
    customValues: 'eigene Werte',
    seed: 'Seed der neuen Kette',
    seedHint: 'Wallets, Blöcke und Zahlungen der Demo ergeben sich daraus.',
    confirm: (seed) =>
      `Das ersetzt jeden Knoten, jeden Block, jede Wallet und jede ausstehende Zahlung durch eine neue Demo-Kette aus dem Seed „${seed}“. Exportiere vorher eine Datei, wenn du sie behalten willst.`,
    building: 'Die neue Kette wird gebaut …',
    replace: 'Alles durch die neue Kette ersetzen',
    cancel: 'Abbrechen',
    mining: 'Die Geschichte der neuen Kette wird in einem Worker gemint; die Seite bleibt bedienbar.',
    create: 'Neue Kette anlegen',
    readOnly: 'Schreibgeschützter Tab: Änderungen im anderen Tab vornehmen.',
    built: (seed, preset) => `Eine neue Kette wurde aus dem Seed „${seed}“ mit den Parametern „${preset}“ gebaut.`,
    custom: 'eigene',
  },
  presets: {
    classroom: {
      label: 'Unterricht (echter Proof of Work)',
      description: `Alle 10 s ein Block bei einem Ziel, das etwa ${n(65_000)} Hashes braucht (Bruchteile einer Sekunde), 10 Coins Belohnung, Coins ab dem nächsten Block ausgebbar.`,
    },
    bitcoin: {
      label: 'Bitcoin-Werte',
      description:
        `Bitcoins 50 Coins Belohnung, Halbierung alle ${n(210_000)} Blöcke, 600 s Abstand, Retargeting alle 2016 Blöcke, Coinbase-Reife 100 Blöcke. ` +
        'Die Genesis-Schwierigkeit ist die des Unterrichts: Bitcoins eigene (0x1d00ffff, etwa 4,3 Milliarden Hashes pro Block) bräuchte im Browser Tage.',
    },
    simulation: {
      label: 'Simulation (leichtes Ziel)',
      description: 'Ein so leichtes Ziel, dass etwa jeder zweite Hash gewinnt (wie regtest), ohne Retargeting: Blöcke kommen sofort, zum schnellen Vorspulen des Netzwerks.',
    },
  },
  fields: {
    initialReward: { label: 'Anfangsbelohnung (Coins)', hint: 'Geht vor den Halbierungen an den Miner jedes Blocks; Bitcoin: 50.' },
    halvingInterval: { label: 'Halbierungsintervall (Blöcke)', hint: `Die Belohnung halbiert sich alle so vielen Blöcke; 0 = nie. Bitcoin: ${n(210_000)}.` },
    targetSpacing: { label: 'Zielabstand (s)', hint: 'Gewünschte Sekunden zwischen Blöcken; das Retargeting zielt darauf. Bitcoin: 600.' },
    retargetInterval: { label: 'Retarget-Intervall (Blöcke)', hint: 'Die Schwierigkeit wird alle so vielen Blöcke neu berechnet; 0 = fest. Bitcoin: 2016.' },
    genesisBits: { label: 'Genesis-Schwierigkeit (Compact Bits)', hint: 'Hex wie 0x1f00ffff; ein kleinerer Wert ist schwerer.' },
    coinbaseMaturity: { label: 'Coinbase-Reife (Blöcke)', hint: 'Eine Belohnung ist so viele Blöcke später ausgebbar; Bitcoin: 100.' },
    maxBlockSize: { label: 'Maximale Blockgröße (Bytes)', hint: `Größte Kodierung eines Blocks; Bitcoins altes Limit: ${n(1_000_000)}.` },
  },
  field: {
    empty: (label, unit, min, max) => `${label}: Gib eine ganze Zahl von ${UNITS[unit]} von ${n(min)} bis ${n(max)} ein.`,
    notWhole: (label, typed, unit, min, max) => `${label}: „${typed}“ ist keine ganze Zahl von ${UNITS[unit]} (von ${n(min)} bis ${n(max)}).`,
    outOfRange: (label, min, max, got) => `${label}: muss zwischen ${n(min)} und ${n(max)} liegen, nicht ${typeof got === 'number' ? n(got) : got}.`,
    notBits: (label) => `${label}: Gib bis zu 8 Hex-Ziffern ein, etwa 0x1f00ffff.`,
    zeroTarget: (label, bits) => `${label}: ${bits} ist ein Ziel von null, das kein Hash erreichen kann.`,
    seedMissing: 'Seed: Gib ein Wort oder einen Satz ein; derselbe Seed ergibt dieselbe Kette.',
    genesisWork: (hashes) => `Etwa ${n(hashes)} Hashes pro Block.`,
  },
  describe: {
    custom: (name) => `eigene (${name})`,
    neverHalves: 'halbiert sich nie',
    halvesEvery: (count) => `halbiert sich alle ${n(count)} Blöcke`,
    fixed: 'feste Schwierigkeit',
    retargetEvery: (count) => `Retargeting alle ${n(count)} Blöcke`,
    line: (name, reward, halving, spacing, retarget, bits, maturity, maxSize) =>
      `${name}: ${reward} Coins Belohnung (${halving}), alle ${n(spacing)} s ein Block, ${retarget}, Genesis-Bits ${bits}, Coinbase-Reife ${n(maturity)}, Blöcke bis ${n(maxSize)} Bytes`,
  },
  simulation: {
    title: 'Simulation',
    speed: 'Simulationsgeschwindigkeit',
    speedHint: 'Virtuelle Millisekunden pro echter Millisekunde: wie schnell Nachrichten reisen und Zeit zwischen den Knoten vergeht.',
    paused: 'Uhr angehalten (Nachrichten reisen nicht weiter)',
    seed: 'Seed',
    reset: 'Mit Seed zurücksetzen',
    resetHint: (seed) =>
      `Wie das ursprüngliche reset_system: löscht alles und baut die Demo (Knoten, Wallets, ein paar Blöcke, ausstehende Zahlungen) mit den Parametern dieser Kette neu. Derselbe Seed ergibt dieselbe Kette. Jetzt: „${seed}“.`,
    confirm: (seed) => `Das ersetzt jeden Knoten, jeden Block, jede Wallet und jede ausstehende Zahlung durch die Demo des Seeds „${seed}“.`,
    rebuilding: 'Wird neu gebaut …',
    replace: 'Alles ersetzen',
    cancel: 'Abbrechen',
    rebuilt: (seed) => `Die Demo wurde aus dem Seed „${seed}“ neu gebaut.`,
  },
  workers: {
    title: 'Mining-Worker',
    now: (workers, mainThread) => `Jetzt: ${n(workers)} Worker${mainThread ? ' (im Hauptthread: Worker konnten nicht starten)' : ''}.`,
    device: (cores, fallback) =>
      `Dieses Gerät meldet ${cores === null ? 'eine unbekannte Zahl' : n(cores)} logische Kerne; Standard ist ${n(fallback)}, damit ein Kern für die Seite frei bleibt.`,
    label: 'Anzahl der Mining-Worker',
    submit: 'So viele Worker verwenden',
    changed: (workers) => `Das Mining verwendet jetzt ${n(workers)} Worker.`,
    notWhole: (max) => `Mining-Worker: Gib eine ganze Zahl von 1 bis ${n(max)} ein.`,
    outOfRange: (max, got) => `Mining-Worker: muss zwischen 1 und ${n(max)} liegen, nicht ${n(got)}.`,
  },
  files: {
    title: 'Export und Import',
    includeWallets: 'Wallets einschließen (private Schlüssel!)',
    keysWarningLead: '⚠ Private Schlüssel:',
    keysWarning: 'Diese Datei enthält private Schlüssel: Wer sie hat, kann die Coins dieser Wallets ausgeben. Gib sie nur Menschen, denen du vertraust.',
    export: 'In eine Datei exportieren',
    exportHint: 'Blöcke, Mempool und Chainstate jedes Knotens, das Netzwerk und die Einstellungen, als eine JSON-Datei.',
    exported: (name, kilobytes, nodeCount, wallets) =>
      `${name} exportiert (${n(kilobytes)} KB: ${nodes(nodeCount)}${wallets === null ? ', keine Wallets' : `, ${n(wallets)} Wallets mit privaten Schlüsseln`}).`,
    exportFailed: (message) => `Export fehlgeschlagen: ${message}`,
    import: 'Eine Datei importieren',
    importHint:
      'Die ganze Datei wird zuerst geprüft (Struktur, Hashes, Proofs of Work, Signaturen, eine Wiederholung jedes Blocks); erst dann ersetzt sie alles hier. Eine Datei ohne Wallets behält deine Wallets.',
    checking: 'Die Datei wird geprüft …',
    replace: 'Importieren und alles ersetzen',
    validating: 'Jeder Block wird in einem Worker geprüft …',
    imported: (name, nodeCount, blockCount, wallets) => `„${name}“ importiert: ${nodes(nodeCount)}, ${blocks(blockCount)}, ${n(wallets)} Wallets.`,
    refused: (name, message) => `„${name}“ wurde nicht importiert: ${message} Nichts wurde geändert.`,
    noFile: 'Wähle eine aus Pocket Chain exportierte Datei (eine .json-Datei).',
    emptyFile: (name) => `„${name}“ ist leer: Nichts wurde geändert.`,
    tooLarge: (name, megabytes) => `„${name}“ ist größer als ${n(megabytes)} MB, zu groß für einen Export von Pocket Chain: Nichts wurde geändert.`,
  },
  storage: {
    title: 'Speicher',
    keptIn: 'Gespeichert in',
    saving: 'Speichern',
    savingYes: '✓ Ja, jede Änderung',
    savingNo: '✗ Nein – nichts wird gespeichert',
    keptWhenLow: 'Bleibt bei knappem Platz erhalten',
    unknown: 'Unbekannt',
    persisted: '✓ Ja (dauerhafter Speicher gewährt)',
    notPromised: 'Vom Browser nicht zugesagt',
    spaceUsed: 'Von dieser Seite belegter Platz',
    usage: (used, quota) => `${used} von ${quota} erlaubt`,
    kilobytes: (kb) => `${n(kb)} KB`,
    megabytes: (mb) => `${formatNumber('de', mb, 1)} MB`,
    gigabytes: (gb) => `${formatNumber('de', gb, 1)} GB`,
    whatToDo: 'Was tun:',
    retry: 'Erneut speichern',
    ask: 'Den Browser bitten, die Daten zu behalten',
    granted: 'Der Browser behält die Daten auch bei knappem Platz.',
    denied: 'Der Browser hat abgelehnt (er entscheidet danach, wie oft du die Seite nutzt); eine exportierte Datei ist der sichere Weg, eine Kopie zu behalten.',
    savingAgain: 'Es wird wieder gespeichert: Alles liegt jetzt in IndexedDB.',
    stillNot: 'Es wird immer noch nicht gespeichert: Der Browser hat erneut abgelehnt (siehe oben).',
  },
  advice: {
    memory: 'Nur im Arbeitsspeicher',
    indexedDb: 'IndexedDB',
    otherTab: 'Ein anderer Tab von Pocket Chain speichert; dieser Tab folgt ihm live und ändert nichts.',
    otherTabTodo: 'Schließe den anderen Tab (oder arbeite dort), um hier Änderungen vorzunehmen.',
    damaged: 'Gespeicherte Daten sind beschädigt; nichts wird gespeichert, bis du entscheidest, was zu tun ist (das Banner oben listet die Probleme).',
    damagedTodo: 'Baue den beschädigten Knoten aus seinen Blöcken neu auf oder setze über das Banner auf die Demo zurück; exportiere vorher, wenn du eine Kopie willst.',
    kept: 'Der Browser hat zugesagt, sie auch bei knappem Speicherplatz zu behalten.',
    mayClear: 'Der Browser kann sie trotzdem löschen, wenn der Speicherplatz knapp wird (er hat keinen dauerhaften Speicher gewährt).',
    saved: (eviction) => `Jede Änderung wird in diesem Browser gespeichert (IndexedDB), sodass ein Neuladen oder Absturz nichts verliert. ${eviction}`,
    savedTodo: 'Um anderswo eine Kopie zu haben oder in einen anderen Browser umzuziehen, exportiere unten eine Datei.',
    keep: 'Exportiere eine Datei, bevor du diesen Tab schließt, um deine Arbeit zu behalten.',
    privateWindow: 'Um automatisch zu speichern, öffne Pocket Chain in einem normalen (nicht privaten) Fenster.',
    refusedOpen: 'Um automatisch zu speichern, öffne Pocket Chain in einem normalen (nicht privaten) Fenster oder erlaube dieser Seite, Daten zu speichern.',
    quota: 'Gib etwas Speicherplatz frei (oder lösche Daten anderer Seiten) und versuche dann erneut zu speichern.',
    blocked: 'Schließe andere Tabs von Pocket Chain, die die Datenbank halten, und lade dann neu.',
    tryAgain: 'Versuche dann erneut zu speichern.',
  },
  checks: {
    title: 'Prüfungen der gespeicherten Kette',
    progress: 'Vollständige Prüfung',
    verifyNow: 'Jetzt alles prüfen',
    atStart: (depth, nodeCount, blockCount) =>
      `Beim Start: Bei ${nodes(nodeCount)} wurden jeweils die letzten ${n(depth)} Blöcke samt Signaturen gegen Undo-Daten und UTXO-Set geprüft (${blocks(blockCount)}).`,
    nothingRead: 'Beim Start: Nichts wurde aus dem Speicher gelesen (eine gerade gebaute Kette, Block für Block beim Bauen geprüft).',
    notRun: 'Vollständige Prüfung: noch nicht gelaufen.',
    reading: 'Vollständige Prüfung: Das Gespeicherte wird gelesen …',
    running: (blockCount, total, percent) => `Vollständige Prüfung: Jeder Block wird wiederholt … ${n(blockCount)} von ${n(total)} (${n(percent)} %).`,
    verified: (at, blockCount, nodeCount) =>
      `Vollständige Prüfung: ✓ fertig um ${time(at)}. UTXO-Set und Undo-Daten jedes Knotens stimmen mit einer Wiederholung seiner Blöcke überein (${blocks(blockCount)} wiederholt für ${nodes(nodeCount)}).`,
    verifiedBeforeSaving: (at, blockCount, nodeCount) =>
      `Vollständige Prüfung: ✓ fertig um ${time(at)}, an der Demo-Datei vor dem Speichern: UTXO-Set und Undo-Daten jedes Knotens stammen aus einer Wiederholung seiner Blöcke (${blocks(blockCount)} wiederholt für ${nodes(nodeCount)}). „Jetzt alles prüfen“ wiederholt die gespeicherte Kopie.`,
    damaged: (at, problems) =>
      `Vollständige Prüfung: ✗ Schaden gefunden um ${time(at)} (${problems === 1 ? '1 Problem' : `${n(problems)} Probleme`}, oben auf der Seite aufgeführt). Nichts wurde geändert.`,
    failed: (message) => `Vollständige Prüfung: ✗ konnte nicht laufen (${message}).`,
    bodies: (blockCount, total) => `Blockinhalte: ${n(blockCount)} von ${n(total)} aus dem Speicher gelesen. Die Uhr der Simulation wartet auf sie.`,
    bodiesStarting: 'Blockinhalte: Das Lesen aus dem Speicher beginnt. Die Uhr der Simulation wartet auf sie.',
  },
  appearance: {
    title: 'Darstellung und Hilfe',
    theme: 'Design',
    auto: 'Dem System folgen',
    light: 'Hell',
    dark: 'Dunkel',
    restart: 'Rundgang neu starten',
    restartHint: 'Ein paar Schritte, die zeigen, wo alles ist.',
  },
};
