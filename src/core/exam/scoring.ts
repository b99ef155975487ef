/** Scoring a set of responses: order-independent, unanswered counts as wrong. */
import type { OptionKey, Question } from '../bank/schema';
import type { AttemptScore, DomainScore, ResponseRecord } from './types';

export interface Answer {
  questionId: string;
  selected: OptionKey | null;
}

/** Scores the answers to `questions`; questions without an answer are wrong. */
export function scoreAttempt(
  questions: readonly Pick<Question, 'id' | 'domain' | 'answer'>[],
  answers: readonly Answer[],
  passMark: number,
): AttemptScore {
  const chosen = new Map(answers.map((a) => [a.questionId, a.selected]));
  const graded = questions.map((q) => {
    const selected = chosen.get(q.id) ?? null;
    return { domain: q.domain, selected, correct: selected === q.answer };
  });
  return scoreFromResponses(graded, passMark);
}

export type Change = 'fixed' | 'slipped' | 'still-missed' | 'still-right' | 'new';

/** How a question's result changed between two sittings of the same form. */
export function compareResult(before: boolean | undefined, after: boolean): Change {
  if (before === undefined) return 'new';
  if (!before && after) return 'fixed';
  if (before && !after) return 'slipped';
  return after ? 'still-right' : 'still-missed';
}

/**
 * Re-scores a finished attempt from its graded responses alone (used when some of its questions'
 * history is deleted): the key is not needed because each response already knows if it was right.
 */
export function scoreFromResponses(
  responses: readonly Pick<ResponseRecord, 'domain' | 'selected' | 'correct'>[],
  passMark: number,
): AttemptScore {
  const byDomain: Record<string, DomainScore> = {};
  let correct = 0;
  let answered = 0;
  for (const r of responses) {
    const d = (byDomain[r.domain] ??= { correct: 0, total: 0 });
    d.total++;
    if (r.selected !== null) answered++;
    if (r.correct === true) {
      d.correct++;
      correct++;
    }
  }
  const total = responses.length;
  const percent = total ? correct / total : 0;
  // A tiny epsilon keeps 47/65 = 0.7230… from failing a 0.72 mark through float error.
  return { correct, total, answered, percent, passed: percent + 1e-9 >= passMark, byDomain };
}
