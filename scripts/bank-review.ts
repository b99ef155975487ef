/**
 * Blind review of question batches (shared/ITEM-WRITING.md, "Blind review").
 *
 *   npm run bank:review -- packet --ids <regex> --out <dir> [--seed N]
 *     writes <dir>/items.md (stems and shuffled options numbered 1-6, no keys or explanations),
 *     <dir>/options-only.md (options alone, shuffled again), and <dir>/key.json (for grading only).
 *   npm run bank:review -- grade --dir <dir>
 *     reads <dir>/answers.json ({ "<id>": { "answer": 1-6, "defensible": "one"|"several"|"none", "note": "" } })
 *     and <dir>/options-only-answers.json ({ "<id>": 1-6 }) and prints agreement and disputed items.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSource } from './bank-source';
import { seededRng, shuffled } from '../src/core/random';
import type { OptionKey } from '../src/core/bank/schema';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    ids: { type: 'string' },
    out: { type: 'string' },
    dir: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

type KeyFile = Record<string, { full: OptionKey[]; optionsOnly: OptionKey[]; answer: OptionKey }>;

if (positionals[0] === 'packet') {
  if (!values.ids || !values.out) throw new Error('packet needs --ids <regex> and --out <dir>');
  const re = new RegExp(values.ids);
  const { questions } = loadSource();
  const picked = questions.filter((q) => re.test(q.id));
  const rng = seededRng(Number(values.seed));
  const key: KeyFile = {};
  const items: string[] = [];
  const optionsOnly: string[] = [];
  for (const q of shuffled(picked, rng)) {
    const full = shuffled(
      q.options.map((o) => o.key),
      rng,
    );
    const oo = shuffled(
      q.options.map((o) => o.key),
      rng,
    );
    key[q.id] = { full, optionsOnly: oo, answer: q.answer };
    const text = (k: OptionKey) => q.options.find((o) => o.key === k)!.text;
    items.push(`## ${q.id}\n\n${q.stem}\n\n${full.map((k, i) => `${i + 1}. ${text(k)}`).join('\n')}\n`);
    optionsOnly.push(`## ${q.id}\n\n${oo.map((k, i) => `${i + 1}. ${text(k)}`).join('\n')}\n`);
  }
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'items.md'), `# Items (${picked.length})\n\n${items.join('\n')}`);
  writeFileSync(join(values.out, 'options-only.md'), `# Options only (${picked.length})\n\n${optionsOnly.join('\n')}`);
  writeFileSync(join(values.out, 'key.json'), JSON.stringify(key, null, 1));
  console.log(`${picked.length} items -> ${values.out}`);
} else if (positionals[0] === 'grade') {
  if (!values.dir) throw new Error('grade needs --dir <dir>');
  const key = JSON.parse(readFileSync(join(values.dir, 'key.json'), 'utf8')) as KeyFile;
  const answers = JSON.parse(readFileSync(join(values.dir, 'answers.json'), 'utf8')) as Record<
    string,
    { answer: number; defensible: string; note?: string }
  >;
  let oo: Record<string, number> = {};
  try {
    oo = JSON.parse(readFileSync(join(values.dir, 'options-only-answers.json'), 'utf8')) as Record<string, number>;
  } catch {
    console.log('(no options-only answers)');
  }
  const ids = Object.keys(key);
  let agree = 0;
  let ooHits = 0;
  const disputed: string[] = [];
  for (const id of ids) {
    const k = key[id]!;
    const a = answers[id];
    const chosen = a ? k.full[a.answer - 1] : undefined;
    const ok = chosen === k.answer && a?.defensible === 'one';
    if (chosen === k.answer) agree++;
    if (!ok)
      disputed.push(
        `${id}: reviewer chose ${chosen ?? '-'} (key ${k.answer}), defensible=${a?.defensible ?? '-'}; ${a?.note ?? ''}`,
      );
    if (oo[id] !== undefined && k.optionsOnly[oo[id] - 1] === k.answer) ooHits++;
  }
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`items: ${ids.length}`);
  console.log(`agreement with key: ${agree}/${ids.length} (${pct(agree, ids.length)})`);
  console.log(
    `options-only hits: ${ooHits}/${Object.keys(oo).length} (${pct(ooHits, Object.keys(oo).length)}; chance 16.7%)`,
  );
  console.log(`disputed (wrong key or not exactly one defensible): ${disputed.length}`);
  disputed.forEach((d) => console.log(`  - ${d}`));
} else {
  console.error('usage: bank:review packet --ids <regex> --out <dir> | grade --dir <dir>');
  process.exit(2);
}
