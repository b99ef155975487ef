/**
 * npm run bank:lint [-- --domain <id>] [--complete]
 * Schema errors with file and field, then the quality bars of shared/ITEM-WRITING.md as a table.
 * Exits 1 on any hard violation. Blueprint counts are progress until --complete makes them bars.
 */
import { parseArgs } from 'node:util';
import { loadSource } from './bank-source';
import {
  BARS,
  groupReport,
  groupViolations,
  itemProblems,
  nearDuplicateStems,
  type DomainReport,
} from '../src/core/bank/quality';

const { values } = parseArgs({
  options: { domain: { type: 'string' }, complete: { type: 'boolean', default: false } },
});

const { blueprint, questions, errors } = loadSource();
const violations: string[] = [];
const only = values.domain;
if (only && blueprint && !blueprint.domains.some((d) => d.id === only)) {
  console.error(`bank:lint: --domain "${only}" is not a domain of questions/blueprint.yaml`);
  process.exit(2);
}
const inScope = (domain: string) => !only || domain === only;

for (const e of errors) {
  if (!only || e.file.includes(`/${only}/`) || !e.file.includes('/', 'questions/'.length))
    violations.push(`${e.file}: ${e.message}`);
}
const scoped = questions.filter((q) => inScope(q.domain));
for (const q of scoped) for (const p of itemProblems(q)) violations.push(`${p.source}: ${p.field}: ${p.message}`);

const reports: DomainReport[] = [];
for (const d of blueprint?.domains ?? []) {
  if (!inScope(d.id)) continue;
  reports.push(
    groupReport(
      d.id,
      d.count,
      questions.filter((q) => q.domain === d.id),
    ),
  );
}
if (!only) reports.push(groupReport('TOTAL', blueprint?.domains.reduce((s, d) => s + d.count, 0) ?? 0, questions));
for (const r of reports) violations.push(...groupViolations(r));

if (values.complete) {
  for (const r of reports) {
    if (r.domain === 'TOTAL' ? r.items < r.target : Math.abs(r.items - r.target) > 1) {
      violations.push(
        `${r.domain}: ${r.items} items, blueprint asks for ${r.target}${r.domain === 'TOTAL' ? ' or more' : ' (within 1)'}`,
      );
    }
  }
}

for (const p of nearDuplicateStems(questions)) {
  if (inScope(p.a.domain) || inScope(p.b.domain)) {
    violations.push(`near-duplicate stems (Jaccard ${p.jaccard.toFixed(2)}): ${p.a.source} ~ ${p.b.source}`);
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '-');
const rows = reports.map((r) => [
  r.domain,
  `${r.items}/${r.target}`,
  (['A', 'B', 'C', 'D', 'E', 'F'] as const).map((k) => pct(r.keyLetters[k], r.items)).join(' '),
  pct(r.keyLongest, r.items),
  Number.isNaN(r.ratioMedian) ? '-' : r.ratioMedian.toFixed(2),
  pct(r.stemEcho, r.items),
  `${r.difficulty.easy}/${r.difficulty.medium}/${r.difficulty.hard}`,
  String(r.absolutesOnlyInDistractors),
  String(r.negativeStems),
]);
const header = [
  'domain',
  'items',
  'key A B C D E F (14-20%)',
  'key longest (<=20%)',
  'len ratio (0.9-1.1)',
  'key echoes stem (<=25%)',
  'easy/med/hard',
  'absolutes only in distractors',
  'NOT/EXCEPT stems',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
rows.forEach((r) => console.log(line(r)));
console.log(
  `\nbars: near-duplicate stems Jaccard < ${BARS.nearDuplicateJaccard}; distractor why ${BARS.distractorWhyWords}+ words; explanation ${BARS.explanationWords}+ words; key < ${BARS.keyVsNextMax}x the longest distractor`,
);
if (!values.complete) console.log('blueprint counts are progress only; pass --complete to enforce them');

if (violations.length) {
  console.log(`\n${violations.length} violation(s):`);
  violations.forEach((v) => console.log(`  - ${v}`));
  process.exit(1);
}
console.log('\nno violations');
