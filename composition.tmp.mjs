import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const bySource = new Map();
// attribute each char to the source of the nearest preceding mapping
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const lineStart = [0]; for (const l of lines) lineStart.push(lineStart.at(-1) + l.length + 1);
const texts = new Map();
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i], n = mappings[i + 1];
  const s = lineStart[m.generatedLine - 1] + m.generatedColumn;
  const e = n ? lineStart[n.generatedLine - 1] + n.generatedColumn : code.length;
  const src = (m.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
  const key = process.argv[3] === 'pkg' ? (src.startsWith('nm/') ? src.split('/').slice(0, src.includes('@') ? 3 : 2).join('/') : src.split('/').slice(0, 2).join('/')) : src;
  texts.set(key, (texts.get(key) ?? '') + code.slice(s, e));
}
const rows = [...texts].map(([k, t]) => [k, t.length, gzipSync(t).length]).sort((a, b) => b[1] - a[1]);
for (const [k, raw, gz] of rows.slice(0, +(process.argv[4] ?? 40))) console.log(String((raw / 1024).toFixed(1)).padStart(7), String((gz / 1024).toFixed(1)).padStart(6), k);
