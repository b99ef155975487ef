/** Turns validated question files into the compiled bank the app loads. Pure: no file access. */
import { fnv1a64 } from './hash';
import { OPTION_KEYS, type Blueprint, type CompiledBank, type Question, type QuestionFile } from './schema';

/**
 * The content hash covers what a person reads and is graded on (stem, options, key), so a history
 * entry can tell that the question changed after it was answered. Title, tags and typo-level edits
 * to explanations do not invalidate history.
 */
export function contentHash(q: Pick<Question, 'stem' | 'options' | 'answer'>): string {
  const parts = [q.stem.trim(), ...q.options.map((o) => `${o.key}:${o.text.trim()}`), `=${q.answer}`];
  return fnv1a64(parts.join('\u0000'));
}

/** Converts one source file's content into the app's question shape. */
export function toQuestion(file: QuestionFile, source: string): Question {
  const options = OPTION_KEYS.map((key) => ({
    key,
    text: file.options[key].text.trim(),
    why: file.options[key].why.trim(),
  }));
  const base = {
    id: file.id,
    domain: file.domain,
    difficulty: file.difficulty,
    title: file.title.trim(),
    stem: file.stem.trim(),
    tags: file.tags,
    options,
    answer: file.answer,
    explanation: file.explanation.trim(),
    source,
  };
  return { ...base, hash: contentHash(base) };
}

/** Builds the compiled bank, questions ordered by blueprint domain order, then id. */
export function compileBank(blueprint: Blueprint, questions: Question[]): CompiledBank {
  const order = new Map(blueprint.domains.map((d, i) => [d.id, i]));
  const sorted = [...questions].sort(
    (a, b) => (order.get(a.domain) ?? 99) - (order.get(b.domain) ?? 99) || a.id.localeCompare(b.id),
  );
  return {
    v: 1,
    domains: blueprint.domains.map(({ id, name, weight }) => ({ id, name, weight })),
    simulation: blueprint.simulation,
    questions: sorted,
  };
}
