/** Synthetic pack items for tests: each valid on its own and unlike the others (never shipped). */
import { OPTION_KEYS, type QuestionFile } from '../bank/schema';

const VOCAB = `latency budget replica shard queue feature store lineage schema drift canary shadow rollback
registry artifact container kernel gradient optimizer batch epoch tensor pipeline trigger schedule
ingest partition watermark window checkpoint snapshot bucket quota region zone cluster node pod
label owner incident review sprint audit policy consent retention cohort baseline metric threshold
alert dashboard runbook rota vendor contract invoice budget forecast capacity throughput jitter`
  .split(/\s+/)
  .filter(Boolean);

/** A deterministic run of `n` words starting at a seed-dependent place in the vocabulary. */
function phrase(seed: number, n: number): string {
  const out: string[] = [];
  let x = (seed * 2654435761) >>> 0;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(VOCAB[x % VOCAB.length]!);
  }
  return out.join(' ');
}

/** A valid pack item in the bank's question format: `<domain>-NNN`, key letter cycling A-F. */
export function makePackItem(n: number, domain = 'team-ops'): QuestionFile {
  const id = `${domain}-${String(n).padStart(3, '0')}`;
  const options = Object.fromEntries(
    OPTION_KEYS.map((k, i) => [
      k,
      {
        text: `Course ${i + 1} for item ${n}: ${phrase(n * 10 + i, 6)}`,
        why: `This choice is judged on its own merits for item ${n}, because ${phrase(n * 20 + i, 12)}.`,
      },
    ]),
  ) as QuestionFile['options'];
  return {
    v: 1,
    id,
    domain,
    difficulty: (['easy', 'medium', 'hard'] as const)[n % 3]!,
    title: `Pack item ${n}`,
    tags: ['fixture'],
    stem: `Item ${n}. ${phrase(n * 7919, 30)}. Which choice fits best?`,
    options,
    answer: OPTION_KEYS[n % 6]!,
    explanation: `Item ${n} is explained here at length so that it passes the bank's own rule: ${phrase(n * 31, 40)}.`,
  };
}

/**
 * A pack as a person might write it: two items of its own domain, one mapped to a built-in domain,
 * and `bad` broken items after the first two (a missing key, then a distractor explained too briefly).
 */
export function samplePackItems(bad: 0 | 1 | 2, template: QuestionFile): unknown[] {
  const noKey: Record<string, unknown> = { ...makePackItem(3) };
  delete noKey['answer'];
  const shortWhy = makePackItem(4);
  shortWhy.options.F = { ...shortWhy.options.F, why: 'Too short to teach anything.' };
  return [makePackItem(1), makePackItem(2), ...[noKey, shortWhy].slice(0, bad), template];
}

export const SAMPLE_PACK_HEADER = {
  name: 'Platform team',
  domains: [
    { id: 'team-ops', name: 'Team operations' },
    { id: 'team-serving', name: 'Our serving stack', mapsTo: 'model-deployment' },
  ],
};
