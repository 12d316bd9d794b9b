/** The Lab's words in German. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import { labPercent } from './percent';
import type { LabText } from './text';

const n = (x: number) => formatNumber('de', x);
const percent = (x: number) => labPercent('de', x);
const interval = (lo: number, hi: number) => `${percent(lo)} bis ${percent(hi)}`;
const premined = (m: number) => (m > 0 ? `, ${m} vorab gemint` : '');
const blocks = (count: number) => (count === 1 ? '1 Block' : `${n(count)} Blöcke`);

export const text: Translation<LabText> = {
  percent,
  interval,
  intro: {
    title: 'Das Labor',
    text:
      'Angriffe auf dieselben Knoten, Regeln und dasselbe Netzwerk, die der Rest der Seite verwendet: echte Blöcke mit echtem Proof of Work (bei leichtem Ziel), vollständige Prüfung, signierte Transaktionen. ' +
      'Jedes Ergebnis kommt mit seinem 95-%-Konfidenzintervall und den Formeln der Fachartikel, sodass man sieht, wo die Lehrbuchformel gilt und wo sie nur eine Näherung ist. Derselbe Seed ergibt dasselbe Ergebnis.',
    worker: 'Die Experimente laufen in den Web Workern des Labors, die Seite bleibt also bedienbar.',
    mainThread: 'Web Worker konnten nicht starten: Die Experimente laufen auf dieser Seite in kurzen Abschnitten (langsamer).',
    starting: 'Die Web Worker des Labors starten …',
  },
  common: {
    modelLead: 'Das Modell.',
    seed: 'Seed',
    run: 'Starten',
    blocks: 'Blöcke',
    running: 'Läuft',
    cancel: 'Abbrechen',
    busy: (label) => `Das Labor ist mit einem anderen Experiment beschäftigt (${label}); dieses kann laufen, wenn es endet.`,
    progressBlocks: (done, label) => `${blocks(done)} im Wettlauf gemint (${label})`,
    progress: (done, total, unit, label) => `${n(done)} von ${n(total)} ${unit === 'trials' ? 'Versuchen' : 'Blöcken'} (${label})`,
  },
  figure: {
    showTable: (rows) => `Als Tabelle zeigen (${rows === 1 ? '1 Punkt' : `${n(rows)} Punkte`})`,
    noPoints: 'Noch keine Punkte: Starte das Experiment.',
    copy: 'Als CSV kopieren',
    clear: 'Ergebnisse löschen',
    copied: (rows) => `${rows === 1 ? '1 Zeile' : `${n(rows)} Zeilen`} als CSV kopiert.`,
    copyRefused: 'Der Browser hat das Kopieren nicht erlaubt: Markiere den Text unten und kopiere ihn.',
    csv: 'CSV',
    yes: 'ja',
    no: 'nein',
    measured: 'gemessen',
  },
  // The ranges are written as the fields take them: digits, a dot for decimals, no grouping.
  inputs: {
    above: (min) => `über ${min}`,
    atLeast: (min) => `mindestens ${min}`,
    below: (max) => `unter ${max}`,
    atMost: (max) => `höchstens ${max}`,
    fromTo: (min, max) => `von ${min} bis ${max}`,
    and: (lower, upper) => `${lower} und ${upper}`,
    decimalEmpty: (name, range, example) => `${name}: Gib eine Zahl ${range} ein, etwa ${example}.`,
    notDecimal: (name, example) => `${name}: Das muss eine Zahl sein (mit Punkt für Dezimalstellen), etwa ${example}.`,
    decimalRange: (name, range, example) => `${name}: muss ${range} sein, etwa ${example}.`,
    wholeEmpty: (name, min, max) => `${name}: Gib eine ganze Zahl von ${min} bis ${max} ein.`,
    notWhole: (name, min, max) => `${name}: Das muss eine ganze Zahl von ${min} bis ${max} sein.`,
    wholeRange: (name, min, max) => `${name}: muss zwischen ${min} und ${max} liegen.`,
    seedEmpty: 'Gib einen Seed ein: ein beliebiges Wort oder eine Zahl (derselbe Seed ergibt dasselbe Ergebnis).',
    seedLong: 'Der Seed darf höchstens 100 Zeichen lang sein.',
    delaysEmpty: 'Gib eine oder mehrere Verzögerungen d/T ein, etwa 0.1, 0.25, 0.5.',
    delaysMany: 'Höchstens 10 Verzögerungen auf einmal.',
    delay: (typed) => `Verzögerung ${typed}`,
  },
  race: {
    title: 'Double-Spend-Wettlauf',
    model:
      'Der Angreifer mit einem Anteil q an der Hashleistung beginnt in dem Moment, in dem die Zahlung verbreitet wird, einen privaten Zweig ab dem Elternblock der Zahlung zu minen und hält bereits „vorab geminte“ Blöcke dieses Zweigs (Standard 0); der Zweig enthält eine Transaktion, die dieselben Coins an den Angreifer zurückgibt. ' +
      'Das ehrliche Netzwerk mint die Zahlung in seinen nächsten Block; der Händler liefert, sobald die Zahlung z Bestätigungen hat. ' +
      'Der Angreifer veröffentlicht den Zweig, sobald er nach der Lieferung mehr Arbeit hat als die ehrliche Kette (bei Gleichstand gewinnt der zuerst gesehene Block, ein Gleichstand reicht also nicht), und gibt auf, wenn er eine feste Zahl von Blöcken zurückliegt (so gewählt, dass der aufgegebene Erfolg höchstens ein Zwanzigstel der halben Breite des 95-%-Intervalls ist). ' +
      'Der Angriff gelingt, wenn jeder ehrliche Knoten auf dem Zweig des Angreifers endet und die Zahlung rückgängig gemacht ist.',
    real:
      'Jeder Versuch ist ein neues Paar echter Knoten, der des Händlers und der des Angreifers: Jeder Block wird mit echtem Proof of Work (leichtes Ziel) gemint und geprüft, Zahlung und Double Spend sind signierte Transaktionen, und die Veröffentlichung erreicht den Händler über das Peer-Protokoll. Die Versuche laufen in den Web Workern des Labors.',
    whyLead: 'Warum drei Antworten.',
    why:
      '„exact“ ist genau dieser Wettlauf: Während der Händler auf z Blöcke wartet, folgt der Fortschritt des Angreifers einer negativen Binomialverteilung (seine Blöcke vor dem z-ten des ehrlichen Netzwerks), und von hinten muss er einen Block in Führung gehen (der Ruin des Spielers), weil ein Gleichstand nicht gewinnt. ' +
      'Nakamotos Whitepaper-Formel P(q, z) nimmt den Fortschritt des Angreifers als Poisson-verteilt an, als kämen die ehrlichen Blöcke genau pünktlich, und zählt schon das Aufholen zum Gleichstand als Erfolg. ' +
      'Rosenfeld (2012) behält die negative Binomialverteilung, zählt aber auch den Gleichstand, was er mit einem vorab geminten Block begründet: Seine Formel gleicht „exact“ mit einem vorab geminten Block.',
    theoryLine: (q, z, m, exact, rosenfeld, whitepaper) =>
      `Bei q ${q}, z ${z}${premined(m)}: exact ${percent(exact)}, Rosenfeld ${percent(rosenfeld)}, Whitepaper ${percent(whitepaper)}.`,
    fields: {
      q: { label: 'Anteil q des Angreifers', hint: 'über 0, unter 0.5', name: 'Anteil q des Angreifers' },
      z: { label: 'Bestätigungen z', hint: '0 bis 50', name: 'Bestätigungen z' },
      premined: { label: 'Vorab geminte Blöcke', hint: '0 bis 10', name: 'Vorab geminte Blöcke' },
      trials: { label: 'Versuche', hint: '1 bis 100000', name: 'Versuche' },
      seed: { label: 'Seed', hint: 'gleicher Seed, gleiches Ergebnis' },
    },
    runAll: 'z = 0 bis 6 starten',
    figureTitle: 'Double-Spend-Wettlauf: Erfolg gegen Bestätigungen',
    summary: (q, z, m, successes, trials, rate, lo, hi, theory, deficit, lost, mined) =>
      `q ${q}, z ${z}${premined(m)}: Der Angriff gelang in ${n(successes)} von ${n(trials)} Versuchen, ${percent(rate)} (95-%-Intervall ${interval(lo, hi)}). ` +
      `exact ${theory.exact}, Whitepaper ${theory.whitepaper}, Rosenfeld ${theory.rosenfeld}. ` +
      `Der Angreifer gab ${deficit} Blöcke zurückliegend auf, was ihn ${percent(lost)} Erfolg kostet; ${blocks(mined)} wurden gemint und geprüft.`,
    verdict: (value, inside) => `${percent(value)} (${inside ? 'im Intervall' : 'außerhalb des Intervalls'})`,
    series: (q, m) => `q ${q}${premined(m)}`,
    curveExact: (series) => `exact, ${series}`,
    curveWhitepaper: (q) => `Whitepaper, q ${q}`,
    curveRosenfeld: (q) => `Rosenfeld, q ${q}`,
    point: (series, z, rate, lo, hi, exact, whitepaper, rosenfeld) =>
      `${series}, z ${z}: gemessen ${percent(rate)} (95 % ${interval(lo, hi)}); exact ${percent(exact)}, Whitepaper ${percent(whitepaper)}, Rosenfeld ${percent(rosenfeld)}`,
    legendMeasured: (series) => `gemessen, ${series}`,
    legendExact: 'exact (dieser Wettlauf)',
    legendWhitepaper: 'Whitepaper (Nakamotos P)',
    legendRosenfeld: 'Rosenfelds r',
    xLabel: 'Bestätigungen z, auf die der Händler wartet',
    yLabel: 'Angriff gelingt',
    headers: ['q', 'z', 'vorab gemint', 'Versuche', 'gemessen', '95-%-Intervall', 'exact', 'Whitepaper', 'Rosenfeld', 'exact im Intervall?'],
  },
  selfish: {
    title: 'Selfish Mining',
    modelLead: 'Das Modell',
    model:
      '(Eyal und Sirer, „Majority is not enough“, 2014). Ein Pool mit einem Anteil α an der Hashleistung behält die Blöcke, die er findet, für sich. ' +
      'Findet das ehrliche Netzwerk einen Block und schrumpft der Vorsprung des Pools auf eins, veröffentlicht der Pool seinen eigenen und beide liefern sich einen Wettlauf; bei zwei Blöcken Vorsprung veröffentlicht er alles und gewinnt; mit größerem Vorsprung veröffentlicht er für jeden ehrlichen Block einen eigenen. ' +
      'γ ist der Anteil der ehrlichen Hashleistung, der in einem Wettlauf auf dem Block des Pools weitermint. ' +
      'Der Pool ist ein echter Knoten, der echte Blöcke mint, zurückhält und veröffentlicht; γ ist kein Münzwurf, sondern kommt aus dem Netzwerk: Ehrliche Blöcke erreichen die anderen ehrlichen Knoten nach 20 ms, während die Verbindungen des Pools so schwanken, dass sein Block bei einem Anteil γ der ehrlichen Miner zuerst ankommt. ' +
      'Das Labor misst über einen langen Lauf den Anteil des Pools an den Blöcken der endgültigen Kette und das γ, das das Netzwerk tatsächlich erreicht hat.',
    threshold:
      'Ehrliches Mining bringt einen Anteil α. Selfish Mining bringt mehr, wenn α über (1 − γ)/(3 − 2γ) liegt: ein Drittel bei γ = 0, ein Viertel bei γ = 0,5, nichts bei γ = 1. ' +
      'Höchstens γ = 0,9: Jeder ehrliche Miner baut auf seinem eigenen Block weiter, also erreichen n ehrliche Knoten höchstens (n − 1)/n, und das Labor verwendet höchstens 10.',
    alpha: 'Anteil α des Pools',
    alphaName: 'Anteil α des Pools',
    blocksName: 'Blöcke',
    runAll: 'α = 0,1 bis 0,45 starten',
    figureTitle: 'Selfish Mining: Anteil des Pools an der Kette gegen seinen Anteil an der Hashleistung',
    summary: (alpha, gamma, revenue, lo, hi, theory, inside, realised, realisedLo, realisedHi, races, honestNodes, threshold) =>
      `α ${alpha}, γ ${gamma}: Mit ${percent(alpha)} der Hashleistung bekam der Pool ${percent(revenue)} der Blöcke in der Kette ` +
      `(95-%-Intervall ${interval(lo, hi)}), ${lo > alpha ? 'mehr als' : hi < alpha ? 'weniger als' : 'etwa so viel wie'} ehrliches Mining brächte. ` +
      `R(α, γ) nach Eyal und Sirer = ${percent(theory)} (${inside ? 'im Intervall' : 'außerhalb des Intervalls'}). ` +
      `Vom Netzwerk erreichtes γ: ${formatNumber('de', realised, 2)} (95 % ${formatNumber('de', realisedLo, 2)} bis ${formatNumber('de', realisedHi, 2)}, ${n(races)} Wettläufe, ${honestNodes === 1 ? '1 ehrlicher Knoten' : `${n(honestNodes)} ehrliche Knoten`}). ` +
      `Bei diesem γ lohnt sich Selfish Mining ab α = ${percent(threshold)}.`,
    curve: (gamma) => `R, γ ${gamma}`,
    honestCurve: 'ehrlich: α',
    mark: (gamma, threshold) => `γ ${gamma}: lohnt sich ab ${percent(threshold)}`,
    point: (alpha, gamma, revenue, lo, hi, theory, realised) =>
      `α ${alpha}, γ ${gamma}: Der Pool bekam ${percent(revenue)} der Blöcke (95 % ${interval(lo, hi)}); R ${percent(theory)}; erreichtes γ ${formatNumber('de', realised, 2)}`,
    legendSeries: (gamma) => `γ ${gamma}: gemessen und R(α, γ)`,
    legendHonest: 'ehrliches Mining: Anteil = α',
    legendThreshold: 'Schwelle (1 − γ)/(3 − 2γ)',
    xLabel: 'Anteil α des Pools an der Hashleistung',
    yLabel: 'Anteil des Pools an der Kette',
    realisedCell: (realised, lo, hi) => `${formatNumber('de', realised, 2)} (${formatNumber('de', lo, 2)} bis ${formatNumber('de', hi, 2)})`,
    headers: ['α', 'γ verlangt', 'γ erreicht (95 %)', 'Blöcke', 'gemessen', '95-%-Intervall', 'R(α, γ)', 'Schwelle', 'R im Intervall?'],
  },
  stale: {
    title: 'Verwaiste Blöcke und Ausbreitung',
    model:
      'Zwei Miner mit je der halben Hashleistung teilen sich eine Verbindung, die jede Nachricht um d verzögert. Ein Block, der gefunden wird, während der andere Miner vom letzten noch nichts weiß, kann den Wettlauf verlieren und verwaisen. ' +
      'Die genaue Rate verwaister Blöcke ist hier d / (2 (T + d)), mit T als Blockabstand; das oft zitierte 1 − e^(−d/2T) stimmt nur in erster Ordnung. ' +
      'Mit inv-Weiterleitung (inv, getdata, dann der Block) braucht ein Block 3d, um anzukommen.',
    delays: 'Verzögerungen d/T',
    relay: 'Weiterleitung',
    push: 'push (der Block selbst)',
    inv: 'inv, getdata, Block',
    blocks: 'Blöcke pro Verzögerung',
    result: (inside, delays) => `Bei ${n(inside)} von ${n(delays)} Verzögerungen liegt d/(2(T+d)) in ihrem 95-%-Intervall.`,
    figureTitle: 'Verwaiste Blöcke gegen die Verzögerung der Verbindung',
    point: (delay, measured, lo, hi, expected) =>
      `Verzögerung ${delay} des Abstands: ${percent(measured)} verwaist (95 % ${interval(lo, hi)}); d/(2(T+d)) ${percent(expected)}`,
    legendExact: 'exakt: d / (2 (T + d))',
    legendFirstOrder: 'erste Ordnung: 1 − e^(−d/2T)',
    xLabel: 'Einweg-Verzögerung d / Blockabstand T',
    yLabel: 'verwaiste Blöcke',
    headers: ['d/T', 'Weiterleitung', 'Blöcke', 'verwaist', 'gemessen', '95-%-Intervall', 'd/(2(T+d))', '1 − e^(−d/2T)'],
  },
  majority: {
    title: '51-%-Angriff auf das laufende Netzwerk',
    model:
      'Ein Angreifer mit mehr als der Hälfte der Hashleistung tritt dem Netzwerk von allen abgeschnitten bei, übernimmt die Kette des Knotens, dem du folgst, bis k Blöcke unter ihrer Spitze und mint von dort einen privaten Zweig, während die ehrlichen Miner weitermachen. ' +
      'Sobald sein Zweig mehr Arbeit hat als ihrer, verbindet er sich, und jeder Knoten wechselt darauf: Die letzten k Blöcke werden umgeschrieben, und die Zahlungen darin sind wieder unbestätigt (zurück im Mempool) oder verschwunden, wo der neue Zweig dieselben Coins ausgibt. ' +
      'Jeder Block ist echt und jeder Knoten prüft ihn; das Kette-Panel zeigt die Reorganisation.',
    unavailable: '⚠ Auf dieser Kette nicht verfügbar.',
    tooHard: (hashes) =>
      `Der Angriff mint im Thread dieser Seite und braucht daher ein leichtes Ziel; jeder Block braucht hier etwa ${n(hashes)} Hashes. ` +
      'Lege in den Einstellungen eine Simulationskette an (oder rufe resetSystem({ preset: "simulation" }) auf), um ihn zu starten.',
    replace: 'Alles durch eine neue Simulationskette ersetzen',
    keep: 'Diese Kette behalten',
    makeSimulation: 'Eine Simulationskette anlegen …',
    made: 'Eine neue Simulationskette wurde angelegt: Der Angriff kann darauf laufen.',
    readOnlyLead: '⚠ Schreibgeschützter Tab:',
    readOnly: 'Änderungen im anderen Tab vornehmen.',
    share: 'Anteil des Angreifers',
    shareName: 'Anteil des Angreifers',
    depth: 'Umzuschreibende Blöcke (k)',
    depthName: 'Umzuschreibende Blöcke',
    attack: 'Das laufende Netzwerk angreifen',
    reversed: 'Rückgängig gemachte Zahlungen',
    backInPool: 'zurück im Mempool',
    dropped: 'verworfen: Konflikt mit der neuen Kette',
    seeReorg: 'Die Reorganisation im Kette-Panel ansehen',
    summary: (share, mined, honestBlocks, node, depth, forkHeight, payments) =>
      `Mit ${percent(share)} der Hashleistung minte der Angreifer ${blocks(mined)}, während die ehrlichen Miner ${blocks(honestBlocks)} fanden; ` +
      `${node} reorganisierte ${blocks(depth)} tief (die Ketten trennen sich nach Block ${n(forkHeight)}). ` +
      (payments === 0 ? 'Die umgeschriebenen Blöcke enthielten keine Zahlungen.' : `${payments === 1 ? '1 Zahlung wurde' : `${n(payments)} Zahlungen wurden`} rückgängig gemacht:`),
    paid: (amount, address) => `${amount} Coins an ${address}`,
  },
};
