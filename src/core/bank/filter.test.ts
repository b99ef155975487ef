import { describe, expect, it } from 'vitest';
import { filterQuestions } from './filter';
import { makeBank } from './fixtures';

const { questions } = makeBank(6);

describe('the question browser filter', () => {
  it('keeps only the chosen domain and difficulty', () => {
    const out = filterQuestions(questions, { domain: 'model-training', difficulty: 'hard', text: '' });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((q) => q.domain === 'model-training' && q.difficulty === 'hard')).toBe(true);
  });

  it('needs every search term, in any case, anywhere in the question', () => {
    const out = filterQuestions(questions, { domain: null, difficulty: null, text: 'OPTION  data-engineering-003' });
    expect(out.map((q) => q.id)).toEqual(['data-engineering-003']);
  });

  it('returns everything for an empty filter and nothing for an unknown term', () => {
    expect(filterQuestions(questions, { domain: null, difficulty: null, text: '  ' })).toHaveLength(questions.length);
    expect(filterQuestions(questions, { domain: null, difficulty: null, text: 'zzz-nothing' })).toHaveLength(0);
  });
});
