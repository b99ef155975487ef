/** Synthetic, valid banks for tests and benchmarks (never shipped to people as questions). */
import { contentHash } from './compile';
import { OPTION_KEYS, type CompiledBank, type Question } from './schema';

export const FIXTURE_DOMAINS = [
  { id: 'general-mlops', name: 'General MLOps', weight: 0.1 },
  { id: 'data-engineering', name: 'Data Engineering', weight: 0.2 },
  { id: 'model-training', name: 'Model Training', weight: 0.15 },
  { id: 'model-testing-validation', name: 'Model Testing and Validation', weight: 0.1 },
  { id: 'model-deployment', name: 'Model Deployment', weight: 0.15 },
  { id: 'monitoring-governance', name: 'Model Monitoring and Governance', weight: 0.1 },
  { id: 'cloud-infrastructure', name: 'Cloud and Infrastructure', weight: 0.1 },
  { id: 'collaboration-communication', name: 'Collaboration and Communication', weight: 0.1 },
];

/** One synthetic question; the key cycles through A-F so tests see every letter. */
export function makeQuestion(domain: string, n: number): Question {
  const id = `${domain}-${String(n).padStart(3, '0')}`;
  const answer = OPTION_KEYS[n % 6]!;
  const options = OPTION_KEYS.map((key) => ({
    key,
    text: `Option ${key} text for ${id}`,
    why: `Reason ${key} for ${id}`,
  }));
  const base = {
    id,
    domain,
    difficulty: (['easy', 'medium', 'hard'] as const)[n % 3]!,
    title: `Question ${n} of ${domain}`,
    stem: `Stem of ${id}: which option is best?`,
    tags: ['fixture'],
    options,
    answer,
    explanation: `Explanation of ${id}.`,
    source: `questions/${domain}/${id}.yaml`,
  };
  return { ...base, hash: contentHash(base) };
}

/** A bank with `perDomain` questions (or a count per domain id) in each fixture domain. */
export function makeBank(perDomain: number | Record<string, number>): CompiledBank {
  const questions: Question[] = [];
  for (const d of FIXTURE_DOMAINS) {
    const count = typeof perDomain === 'number' ? perDomain : (perDomain[d.id] ?? 0);
    for (let i = 1; i <= count; i++) questions.push(makeQuestion(d.id, i));
  }
  return {
    v: 1,
    domains: FIXTURE_DOMAINS,
    simulation: { questions: 65, minutes: 145, passMark: 0.72, forms: 8 },
    questions,
  };
}
