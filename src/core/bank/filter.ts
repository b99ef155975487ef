/** The question browser's filter: domain, difficulty and free-text search over what a person reads. */
import { packIdOf } from '../packs/ids';
import type { Difficulty, Question } from './schema';

export interface QuestionFilter {
  domain: string | null;
  difficulty: Difficulty | null;
  text: string;
  /** 'builtin' for the built-in bank, a pack id for one pack; null or absent for everything. */
  source?: string | null;
}

/** Where a question comes from: 'builtin' or the id of its pack. */
export function sourceOf(questionId: string): string {
  return packIdOf(questionId) ?? 'builtin';
}

/** Every whitespace-separated term must appear (case-insensitive) in the id, title, tags, stem or options. */
export function filterQuestions(questions: readonly Question[], f: QuestionFilter): Question[] {
  const terms = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return questions.filter((q) => {
    if (f.domain && q.domain !== f.domain) return false;
    if (f.difficulty && q.difficulty !== f.difficulty) return false;
    if (f.source && sourceOf(q.id) !== f.source) return false;
    if (terms.length === 0) return true;
    const hay = [q.id, q.title, q.tags.join(' '), q.stem, ...q.options.map((o) => o.text)].join('\n').toLowerCase();
    return terms.every((t) => hay.includes(t));
  });
}
