import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareResult, scoreAttempt, type Answer } from './scoring';
import { makeBank } from '../bank/fixtures';
import { OPTION_KEYS } from '../bank/schema';
import { shuffled, seededRng } from '../random';

const { questions } = makeBank(3);

describe('scoring', () => {
  it('counts correct answers per domain, with unanswered questions wrong', () => {
    const answers: Answer[] = [
      { questionId: questions[0]!.id, selected: questions[0]!.answer },
      { questionId: questions[1]!.id, selected: null },
      { questionId: questions[3]!.id, selected: questions[3]!.answer === 'A' ? 'B' : ('A' as const) },
    ];
    const s = scoreAttempt(questions, answers, 0.72);
    expect(s.correct).toBe(1);
    expect(s.answered).toBe(2);
    expect(s.total).toBe(24);
    expect(s.byDomain['general-mlops']).toEqual({ correct: 1, total: 3 });
    expect(s.passed).toBe(false);
  });

  it('passes exactly at the pass mark', () => {
    const qs = questions.slice(0, 25);
    const answers = qs.map((q, i) => ({ questionId: q.id, selected: i < 18 ? q.answer : null }));
    expect(scoreAttempt(qs, answers, 0.72).passed).toBe(true);
  });

  it('does not depend on the order of questions or answers', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.constantFrom(...OPTION_KEYS, null), { minLength: 24, maxLength: 24 }),
        (seed, picks) => {
          const answers = questions.map((q, i) => ({ questionId: q.id, selected: picks[i]! }));
          const rng = seededRng(seed);
          const a = scoreAttempt(questions, answers, 0.72);
          const b = scoreAttempt(shuffled(questions, rng), shuffled(answers, rng), 0.72);
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('names how a question changed between two sittings', () => {
    expect(compareResult(false, true)).toBe('fixed');
    expect(compareResult(true, false)).toBe('slipped');
    expect(compareResult(false, false)).toBe('still-missed');
    expect(compareResult(undefined, true)).toBe('new');
  });
});
