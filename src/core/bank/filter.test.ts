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

  it('keeps only the built-in bank or one pack when a source is chosen', () => {
    const mixed = [...questions.slice(0, 3), { ...questions[3]!, id: 'pack:team:team-ops-001' }];
    const f = { domain: null, difficulty: null, text: '' };
    expect(filterQuestions(mixed, { ...f, source: 'team' }).map((q) => q.id)).toEqual(['pack:team:team-ops-001']);
    expect(filterQuestions(mixed, { ...f, source: 'builtin' })).toHaveLength(3);
    expect(filterQuestions(mixed, { ...f, source: 'other' })).toHaveLength(0);
  });

  it('returns everything for an empty filter and nothing for an unknown term', () => {
    expect(filterQuestions(questions, { domain: null, difficulty: null, text: '  ' })).toHaveLength(questions.length);
    expect(filterQuestions(questions, { domain: null, difficulty: null, text: 'zzz-nothing' })).toHaveLength(0);
  });
});
