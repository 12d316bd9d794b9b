/** Deutsch: the page for classes taught in German (keys and parameters from en.ts). */
import type { Messages } from '../catalogue';

export const de = {
  headerNode: 'Knoten',
  headerNodeSelect: 'Knoten, dem alle Bereiche folgen',
  headerNodeOption: (p) => `${p.label} · Höhe ${p.height}`,
  headerClock: 'Uhr der Simulation',
  headerPlay: 'Weiter',
  headerPause: 'Pause',
  headerPlayTitle: 'Die Uhr der Simulation weiterlaufen lassen',
  headerPauseTitle: 'Die Uhr der Simulation anhalten (Nachrichten bleiben stehen)',
  headerSpeed: 'Tempo der Simulation',
  headerStep: 'Schritt',
  headerStepTitle: 'Die nächste unterwegs befindliche Nachricht jetzt zustellen',
  headerNoMessage: 'Keine Nachricht ist unterwegs.',
  headerSaved: 'Gespeichert',
  headerNotSaving: 'Speichert nicht',
  headerReadOnly: 'Nur-Lese-Tab',
  headerSavedTitle: 'Alles ist in diesem Browser gespeichert.',
  headerReadOnlyTitle: 'Pocket Chain ist in einem anderen Tab geöffnet; dieser folgt ihm und kann nichts ändern.',
  headerSavingStatus: (p) => `Speicherstatus: ${p.status}. ${p.detail}`,
  headerTheme: 'Design',
  headerThemeAuto: 'Design: System',
  headerThemeLight: 'Design: hell',
  headerThemeDark: 'Design: dunkel',
  headerLanguage: 'Sprache',
  headerLanguageAuto: (p) => `Browser (${p.name})`,

  shellSkip: 'Zum Bereich springen',
  shellPanels: 'Bereiche',
  shellPanelsList: 'Bereiche von Pocket Chain',
  tabLearn: 'Lernen',
  tabChain: 'Kette',
  tabWallets: 'Wallets',
  tabMempool: 'Mempool',
  tabMining: 'Mining',
  tabNetwork: 'Netzwerk',
  tabLab: 'Labor',
  tabSettings: 'Einstellungen',
  tabPending: (p) => `${p.count} ausstehend`,

  loadingStarting: 'Start: Die gespeicherte Kette wird geöffnet oder für deinen ersten Besuch ein Demo-Netzwerk gemint …',
  loadingFailed: (p) => `Pocket Chain konnte nicht starten: ${p.error}`,

  bannerReadOnly: 'Nur lesen:',
  bannerReadOnlyText:
    'Pocket Chain ist in einem anderen Tab dieses Browsers geöffnet, und nur ein Tab kann Änderungen vornehmen. Dieser Tab folgt ihm live; schließe den anderen Tab, um hier Änderungen vorzunehmen.',
  bannerDamaged: 'Die gespeicherten Daten sind beschädigt.',
  bannerDamagedText: 'Nichts wurde gelöscht, und nichts wird gespeichert, bis du dich entscheidest.',
  bannerRebuildNode: (p) => `Knoten ${p.id} aus seinen Blöcken neu aufbauen`,
  bannerResetDemo: 'Alles auf die Demo zurücksetzen',
  bannerNotSaving: 'Speichert nicht:',
  bannerMainThread: 'Mining im Hauptthread:',

  toastsLabel: 'Benachrichtigungen',
  toastsDismiss: 'Schließen',

  tourStep: (p) => `Rundgang · Schritt ${p.step} von ${p.total}`,
  tourChainTitle: 'Eine lebendige Blockchain',
  tourChainText:
    'Dies ist ein Demo-Netzwerk aus Knoten, die bereits eine Kette haben. Der Blockbaum zeigt jeden Block des Knotens, dem du folgst; klicke auf einen Block, um ihn zu öffnen und zu sehen, warum er gültig ist.',
  tourWalletsTitle: 'Wallets und Zahlungen',
  tourWalletsText:
    'Wallets enthalten secp256k1-Schlüssel. Sende Coins von einer Wallet an eine Adresse: Die Transaktion wird signiert und geht an den Knoten, der sie prüft und an seine Peers weitergibt.',
  tourMempoolTitle: 'Der Mempool',
  tourMempoolText: 'Hier warten Transaktionen, bis ein Miner sie in einen Block aufnimmt. Ein Coin, der schon ausgegeben wird, kann nicht zweimal ausgegeben werden.',
  tourMiningTitle: 'Mining',
  tourMiningText:
    'Mine einen Block: Web Worker probieren Nonces, bis der Block-Hash unter dem Zielwert liegt. Ändere die Schwierigkeit und beobachte, wie sich die erwartete Zeit ändert.',
  tourNetworkTitle: 'Das Netzwerk',
  tourNetworkText:
    'Knoten geben Blöcke und Transaktionen mit Verzögerung weiter. Teile das Netzwerk, mine auf beiden Seiten, verbinde es wieder und sieh zu, wie der Zweig mit der meisten Arbeit gewinnt.',
  tourClose: 'Rundgang schließen',
  tourBack: 'Zurück',
  tourNext: 'Weiter',
  tourDone: 'Fertig',

  startTitle: 'Willkommen bei Pocket Chain',
  startText: 'Auf dieser Seite läuft eine vollständige Blockchain. Möchtest du Schritt für Schritt lernen, wie sie funktioniert, oder gleich das Netzwerk erkunden?',
  startLessons: 'Mit den Lektionen beginnen',
  startExplore: 'Das Netzwerk erkunden',
  startLater: 'Du kannst jederzeit über den Tab „Lernen“ wechseln.',

  reorgTitle: 'Reorg:',
  reorgHeadline: (p) =>
    `${p.nodes} ${p.nodeCount === 1 ? 'wechselte' : 'wechselten'} bei Block #${p.height} den Zweig: ${p.disconnected} ${p.disconnected === 1 ? 'Block' : 'Blöcke'} getrennt (Tiefe ${p.depth}), ${p.connected} verbunden.`,
  reorgNothingLost: 'Keine Zahlung ging verloren.',
  reorgReturned: (p) =>
    `Keine Zahlung ging verloren: ${p.count} ${p.count === 1 ? 'Zahlung' : 'Zahlungen'} des alten Zweigs ${p.count === 1 ? 'kam' : 'kamen'} zurück in den Mempool.`,
  reorgShowChain: (p) => `Die Kette von ${p.node} zeigen`,
  reorgDismiss: 'Schließen',
  reorgReversedList: 'Rückgängig gemachte Zahlungen',
  reorgPayment: (p) => `Zahlung über ${p.amount}${p.from ? ` von ${p.from}` : ''}${p.to ? ` an ${p.to}` : ''} (tx ${p.tx})`,
  reorgReversed: 'rückgängig gemacht',
  reorgDropped: 'aus dem Mempool entfernt',
  reorgLostTo: (p) => `verlor gegen ${p.who ? `${p.who}, ` : ''}tx ${p.tx}${p.height ? ` in Block #${p.height}` : ''} (eine doppelte Ausgabe derselben Coins)`,
  reorgParentReversed: (p) => `sie gab einen Coin der tx ${p.tx} aus, die ebenfalls rückgängig gemacht wurde`,
  reorgNoLongerValid: 'die neue Kette akzeptiert sie nicht mehr',
  reorgReversedLine: (p) => `${p.payment} rückgängig gemacht: ${p.why}.`,
  reorgToast: (p) => `${p.payment} ${p.what} auf ${p.node}: ${p.why}.`,

  coins: (p) => `${p.amount} ${p.one ? 'Coin' : 'Coins'}`,
} satisfies Messages;
