import { describe, expect, it } from 'vitest';
import { makeQuestion } from './fixtures';
import {
  groupReport,
  groupViolations,
  itemProblems,
  keyEchoesStem,
  keyIsStrictlyLongest,
  nearDuplicateStems,
} from './quality';
import type { Question } from './schema';

function realistic(overrides: Partial<Question> = {}): Question {
  const base = makeQuestion('data-engineering', 1);
  const long = (w: string) => `${w} `.repeat(45).trim();
  return {
    ...base,
    stem: 'A team ships nightly batch features to a warehouse and sees stale rows. Which change helps most?',
    explanation: long('because'),
    options: base.options.map((o) => ({ ...o, text: `Option text of similar length ${o.key}`, why: long('reason') })),
    ...overrides,
  };
}

describe('item checks', () => {
  it('accepts a well-formed item', () => {
    expect(itemProblems(realistic())).toEqual([]);
  });

  it('flags "all of the above" and letter references in explanations', () => {
    const q = realistic();
    q.options[2] = { ...q.options[2]!, text: 'All of the above' };
    q.explanation = `${q.explanation} Option C is wrong here.`;
    const fields = itemProblems(q).map((p) => p.field);
    expect(fields).toContain('options.C.text');
    expect(fields).toContain('explanation');
  });

  it('flags short distractor explanations and a short key explanation', () => {
    const q = realistic({ explanation: 'Too short.' });
    const wrongKey = q.options.find((o) => o.key !== q.answer)!.key;
    q.options = q.options.map((o) => (o.key === wrongKey ? { ...o, why: 'Nope.' } : o));
    const msgs = itemProblems(q).map((p) => `${p.field} ${p.message}`);
    expect(msgs.some((m) => m.startsWith('explanation has 2 words'))).toBe(true);
    expect(msgs.some((m) => m.startsWith(`options.${wrongKey}.why has 1 words`))).toBe(true);
  });

  it('flags a key 1.5 times the longest distractor', () => {
    const q = realistic();
    q.options = q.options.map((o) => (o.key === q.answer ? { ...o, text: o.text.repeat(2) } : o));
    expect(keyIsStrictlyLongest(q)).toBe(true);
    expect(itemProblems(q).some((p) => p.message.includes('longest distractor'))).toBe(true);
  });

  it('detects a key that repeats the stem', () => {
    const q = realistic();
    q.options = q.options.map((o) =>
      o.key === q.answer ? { ...o, text: 'nightly batch features warehouse stale rows' } : o,
    );
    expect(keyEchoesStem(q)).toBe(true);
    expect(keyEchoesStem(realistic())).toBe(false);
  });
});

describe('bank-level bars', () => {
  it('reports a key letter outside 14-20% and a key that is usually longest', () => {
    const qs = Array.from({ length: 12 }, (_, i) => {
      const q = realistic({ id: `data-engineering-${100 + i}`, answer: 'A' });
      q.options = q.options.map((o) => (o.key === 'A' ? { ...o, text: `${o.text} plus` } : o));
      return q;
    });
    const v = groupViolations(groupReport('data-engineering', 12, qs));
    expect(v.some((s) => s.includes('key A holds 100.0%'))).toBe(true);
    expect(v.some((s) => s.includes('strictly the longest option in 12/12'))).toBe(true);
  });

  it('finds near-duplicate stems and leaves different ones alone', () => {
    const a = realistic({
      id: 'x-001',
      stem: 'A retail team trains a demand model every night on the full history of sales and promotions in all stores. Which change helps?',
    });
    const b = realistic({
      id: 'x-002',
      stem: 'A retail team trains a demand model every night on the full history of sales and promotions in all regions. Which change helps?',
    });
    const c = realistic({
      id: 'x-003',
      stem: 'A bank deploys a credit model behind an API and must explain each decline to the applicant. What should it log?',
    });
    const pairs = nearDuplicateStems([a, b, c]);
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([['x-001', 'x-002']]);
  });
});
