// Prints the campaign's table (tried / handled / wrong per part) from the tallies the test files
// wrote to .test-results/campaign-<scale>/, and each part's failures and notes.
// `node report.mjs full` after `pnpm reliability`'s Vitest run; `node report.mjs short` after the test command.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const scale = process.argv[2] === 'short' ? 'short' : 'full';
const dir = join(dirname(fileURLToPath(import.meta.url)), '.test-results', `campaign-${scale}`);
const parts = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'vitest.json')
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
  : [];
if (parts.length === 0) {
  console.error(`no tallies in ${dir}: run the campaign first`);
  process.exit(1);
}
console.log(`\nReliability campaign (${scale} form)\n`);
console.log('| part | tried | handled | wrong |');
console.log('| --- | ---: | ---: | ---: |');
for (const p of parts) console.log(`| ${p.part} | ${p.tried} | ${p.handled} | ${p.wrong} |`);
for (const p of parts.filter((p) => p.cases?.length)) {
  console.log(`\n${p.part}: each case, the time it took and its bound`);
  for (const c of p.cases) {
    const min = c.minMs === undefined ? '' : `${c.minMs} ms ≤ `;
    const took = `${min}${c.ms} ms ≤ ${c.boundMs} ms`.padStart(28);
    console.log(`  ${c.ok ? 'ok   ' : 'WRONG'} ${took}  ${c.name}`);
  }
}
for (const p of parts) {
  const notes = Object.entries(p.notes ?? {}).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  if (notes.length) console.log(`\n${p.part}: ${notes.join(', ')}`);
  for (const f of p.failures ?? []) console.log(`  wrong: ${f}`);
}
