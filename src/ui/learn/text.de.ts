/** The Learn section's frame in German. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { LearnText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<LearnText> = {
  titles: {
    hashes: { title: 'Hashes', summary: 'Ein Fingerabdruck für jeden Text, und ein Rätsel daraus.' },
    block: { title: 'Ein Block', summary: 'Daten, eine Nonce und ein Hash, der klein genug sein muss.' },
    chain: { title: 'Eine Kette', summary: 'Durch Hashes verbundene Blöcke: Ändere einen, und alle brechen.' },
    copies: { title: 'Viele Kopien', summary: 'Alle halten die Kette; die meiste Arbeit entscheidet.' },
    keys: { title: 'Schlüssel und Signaturen', summary: 'Mit dem privaten Schlüssel signieren, mit dem öffentlichen prüfen.' },
    coins: { title: 'Transaktionen und Münzen', summary: 'Zahlungen geben Münzen aus und erzeugen Wechselgeld.' },
    merkle: { title: 'Merkle-Bäume', summary: 'Ein Hash für alle Transaktionen, und kurze Beweise.' },
    difficulty: { title: 'Mining und Schwierigkeit', summary: 'Zielwerte, erwartete Versuche und pünktliche Blöcke.' },
    forks: { title: 'Forks und meiste Arbeit', summary: 'Teile das Netz, heile es, sieh die Reorganisation.' },
    attacks: { title: 'Angriffe', summary: 'Das Double-Spend-Rennen, und was Hashleistung kauft.' },
    bitcoin: { title: 'Echtes Bitcoin', summary: 'Prüfe echte Mainnet-Header und Merkle-Beweise.' },
  },
  listTitle: 'Lektionen',
  lessonOf: (i, total) => `Lektion ${n(i)} von ${n(total)}`,
  stepsDone: (done, total) => `${n(done)} von ${n(total)} Schritten erledigt`,
  stepsDoneShort: ' Schritte erledigt',
  complete: 'fertig',
  loading: 'Lektion wird geladen …',
  loadFailed: (reason) => `Diese Lektion konnte nicht geladen werden (${reason}). Lade die Seite neu, um es noch einmal zu versuchen.`,
  stepsTitle: 'Schritte',
  stepDone: 'erledigt',
  stepTodo: 'offen',
  showHint: 'Tipp zeigen',
  hintLabel: 'Tipp:',
  dismiss: 'Meldung schließen',
  saveFailed: (why) => `Dein Fortschritt konnte nicht gespeichert werden: ${why}`,
  previous: 'Vorige Lektion',
  next: 'Nächste Lektion',
  resetLesson: 'Lektion neu beginnen',
  resetDone: 'Die Lektion beginnt wieder von vorn.',
  presenterOn: 'Präsentationsmodus',
  presenterOff: 'Präsentationsmodus verlassen',
  presenterKeys: 'Tasten: → oder Bild ab für die nächste Lektion, ← oder Bild auf für die vorige, Esc zum Verlassen.',
  share: {
    title: 'Diese Lektion teilen',
    intro: 'Link und Datei halten diesen Spielplatz so fest, wie er jetzt ist; wer sie öffnet, sieht dasselbe auf jedem Computer, auch offline.',
    copyLink: 'Link kopieren',
    copied: 'Link kopiert.',
    copyFailed: 'Der Browser hat das Kopieren verweigert: Markiere den Link und kopiere ihn.',
    linkLabel: 'Link zu dieser Lektion, wie sie jetzt ist',
    saveFile: 'Als Datei speichern',
    openFile: 'Geteilte Lektionsdatei öffnen',
    opened: 'Die geteilte Lektion ist geöffnet.',
    refused: (reason) => `Die geteilte Lektion wurde nicht geöffnet: ${reason}`,
  },
};
