/**
 * Item-writing quality checks from shared/ITEM-WRITING.md, computed over compiled questions.
 * Pure: the linter script and the pack importer feed it questions and print what it finds.
 */
import type { OptionKey, Question } from './schema';

export interface ItemProblem {
  id: string;
  source: string;
  field: string;
  message: string;
}

export const BARS = {
  keyShareMin: 0.14,
  keyShareMax: 0.2,
  keyLongestMax: 0.2,
  ratioMedianMin: 0.9,
  ratioMedianMax: 1.1,
  keyVsNextMax: 1.5,
  stemKeyOverlapMax: 0.25,
  nearDuplicateJaccard: 0.5,
  distractorWhyWords: 15,
  explanationWords: 40,
} as const;

const STOPWORDS = new Set(
  `a an the and or but if then than that this these those with without for from into onto over under
  of on in at by to as is are was were be been being it its it's their there they them he she his her
  we our you your i me my not no so such can could should would will may might must do does did
  done has have had having which who whom whose what when where why how all any each more most other
  some only own same too very just also use used using per via about after before because while
  one two new it's don't`.split(/\s+/),
);

export function words(s: string): string[] {
  return s.toLowerCase().match(/[a-z0-9][a-z0-9'_-]*/g) ?? [];
}

export function contentWords(s: string): string[] {
  return words(s).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

const BANNED: Array<[RegExp, string]> = [
  [/\ball of the above\b/i, '"all of the above"'],
  [/\bnone of the above\b/i, '"none of the above"'],
  [/\bboth [A-F] and [A-F]\b/, 'an option that combines other options by letter'],
];

const LETTER_REF =
  /\b(?:[Oo]ptions?|[Aa]nswers?|[Cc]hoices?|[Kk]eys?)\s+\(?[A-F]\)?(?![A-Za-z0-9])|\b[A-F] (?:and|or) [A-F]\b(?![A-Za-z0-9])|\b[Tt]he (?:first|second|third|fourth|fifth|sixth|last) (?:option|answer|choice)\b/;

const ABSOLUTES = /\b(always|never|immediately|completely|only|none|guarantees?|entirely)\b/i;

export function keyText(q: Question): string {
  return q.options.find((o) => o.key === q.answer)!.text;
}

export function distractors(q: Question) {
  return q.options.filter((o) => o.key !== q.answer);
}

/** Length of the key over the mean length of its five distractors, in characters. */
export function keyRatio(q: Question): number {
  const ds = distractors(q);
  const mean = ds.reduce((s, o) => s + o.text.length, 0) / ds.length;
  return keyText(q).length / mean;
}

export function keyIsStrictlyLongest(q: Question): boolean {
  const k = keyText(q).length;
  return distractors(q).every((o) => o.text.length < k);
}

/** The key shares "most" of its content words with the stem when over half of them appear there. */
export function keyEchoesStem(q: Question): boolean {
  const stem = new Set(contentWords(q.stem));
  const key = [...new Set(contentWords(keyText(q)))];
  if (key.length === 0) return false;
  return key.filter((w) => stem.has(w)).length / key.length > 0.5;
}

export function shingles(s: string, n = 5): Set<string> {
  const ws = words(s);
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Problems that make a single item unacceptable, whatever the rest of the bank looks like. */
export function itemProblems(q: Question): ItemProblem[] {
  const out: ItemProblem[] = [];
  const add = (field: string, message: string) => out.push({ id: q.id, source: q.source, field, message });
  const texts: Array<[string, string]> = [
    ['stem', q.stem],
    ['explanation', q.explanation],
    ...q.options.flatMap((o): Array<[string, string]> => [
      [`options.${o.key}.text`, o.text],
      [`options.${o.key}.why`, o.why],
    ]),
  ];
  for (const [field, t] of texts) {
    for (const [re, what] of BANNED) if (re.test(t)) add(field, `contains ${what}`);
  }
  for (const [field, t] of texts.filter(([f]) => f !== 'stem')) {
    const m = LETTER_REF.exec(t);
    if (m) add(field, `refers to an option by letter or position ("${m[0]}"); options are shuffled`);
  }
  if (words(q.explanation).length < BARS.explanationWords) {
    add('explanation', `has ${words(q.explanation).length} words; explain the key in ${BARS.explanationWords}+ words`);
  }
  for (const o of distractors(q)) {
    const n = words(o.why).length;
    if (n < BARS.distractorWhyWords)
      add(
        `options.${o.key}.why`,
        `has ${n} words; say why this distractor is wrong in ${BARS.distractorWhyWords}+ words`,
      );
  }
  const keyWhy = q.options.find((o) => o.key === q.answer)!.why;
  if (words(keyWhy).length < 8) add(`options.${q.answer}.why`, 'says too little about why the key is right (8+ words)');
  const k = keyText(q).length;
  const next = Math.max(...distractors(q).map((o) => o.text.length));
  if (k >= BARS.keyVsNextMax * next)
    add(
      `options.${q.answer}.text`,
      `key is ${(k / next).toFixed(2)}x the longest distractor; trim it below ${BARS.keyVsNextMax}x`,
    );
  if (!/\?\s*$/.test(q.stem.trim()) && !/\?\s*\n/.test(q.stem))
    add('stem', 'does not end in a complete question ("?")');
  return out;
}

export interface Share {
  count: number;
  total: number;
}

export interface DomainReport {
  domain: string;
  items: number;
  target: number;
  keyLetters: Record<OptionKey, number>;
  keyLongest: number;
  ratioMedian: number;
  stemEcho: number;
  absolutesOnlyInDistractors: number;
  negativeStems: number;
  difficulty: Record<string, number>;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function hasAbsoluteOnlyInDistractors(q: Question): boolean {
  return (
    ABSOLUTES.test(
      distractors(q)
        .map((o) => o.text)
        .join(' '),
    ) && !ABSOLUTES.test(keyText(q))
  );
}

/** Aggregate metrics for one group of questions (a domain, or the whole bank). */
export function groupReport(domain: string, target: number, qs: Question[]): DomainReport {
  const keyLetters = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0 } as Record<OptionKey, number>;
  const difficulty: Record<string, number> = { easy: 0, medium: 0, hard: 0 };
  for (const q of qs) {
    keyLetters[q.answer]++;
    difficulty[q.difficulty] = (difficulty[q.difficulty] ?? 0) + 1;
  }
  return {
    domain,
    items: qs.length,
    target,
    keyLetters,
    keyLongest: qs.filter(keyIsStrictlyLongest).length,
    ratioMedian: median(qs.map(keyRatio)),
    stemEcho: qs.filter(keyEchoesStem).length,
    absolutesOnlyInDistractors: qs.filter(hasAbsoluteOnlyInDistractors).length,
    negativeStems: qs.filter((q) => /\b(NOT|EXCEPT|LEAST)\b/.test(q.stem)).length,
    difficulty,
  };
}

/** Bank-level bars that a group fails, as sentences. Key-letter shares need a group of 12+ to mean anything. */
export function groupViolations(r: DomainReport): string[] {
  const out: string[] = [];
  if (r.items === 0) return out;
  if (r.items >= 12) {
    for (const [k, n] of Object.entries(r.keyLetters)) {
      const share = n / r.items;
      if (share < BARS.keyShareMin || share > BARS.keyShareMax) {
        out.push(`${r.domain}: key ${k} holds ${(share * 100).toFixed(1)}% of items (bar 14-20%)`);
      }
    }
  }
  if (r.keyLongest / r.items > BARS.keyLongestMax) {
    out.push(`${r.domain}: key is strictly the longest option in ${r.keyLongest}/${r.items} items (bar 20%)`);
  }
  if (r.ratioMedian < BARS.ratioMedianMin || r.ratioMedian > BARS.ratioMedianMax) {
    out.push(`${r.domain}: median key/distractor length ratio ${r.ratioMedian.toFixed(2)} (bar 0.90-1.10)`);
  }
  if (r.stemEcho / r.items > BARS.stemKeyOverlapMax) {
    out.push(`${r.domain}: key echoes the stem in ${r.stemEcho}/${r.items} items (bar 25%)`);
  }
  return out;
}

export interface DuplicatePair {
  a: Question;
  b: Question;
  jaccard: number;
}

/** Pairs of stems whose 5-word shingles overlap at or above the bar. */
export function nearDuplicateStems(qs: Question[], bar: number = BARS.nearDuplicateJaccard): DuplicatePair[] {
  const sh = qs.map((q) => shingles(q.stem));
  const out: DuplicatePair[] = [];
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      const jac = jaccard(sh[i]!, sh[j]!);
      if (jac >= bar) out.push({ a: qs[i]!, b: qs[j]!, jaccard: jac });
    }
  }
  return out;
}
