import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { practiceForms } from './forms';
import { makeBank } from '../bank/fixtures';

describe('fixed practice tests', () => {
  it('are disjoint and together cover the bank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 12 }), (per, count) => {
        const { questions } = makeBank(per);
        const forms = practiceForms(questions, count);
        const all = forms.flatMap((f) => f.questionIds);
        expect(all).toHaveLength(questions.length);
        expect(new Set(all).size).toBe(questions.length);
      }),
    );
  });

  it('give every form its share of every domain (within one)', () => {
    const bank = makeBank({
      'general-mlops': 55,
      'data-engineering': 110,
      'model-training': 83,
      'model-testing-validation': 55,
      'model-deployment': 82,
      'monitoring-governance': 55,
      'cloud-infrastructure': 55,
      'collaboration-communication': 55,
    });
    const forms = practiceForms(bank.questions, 8);
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    for (const d of bank.domains) {
      const counts = forms.map((f) => f.questionIds.filter((id) => byId.get(id)!.domain === d.id).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    const sizes = forms.map((f) => f.questionIds.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(4);
  });

  it('keep every existing question in its form when questions are added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }), (before, added) => {
        const formOf = (per: number) => {
          const m = new Map<string, string>();
          for (const f of practiceForms(makeBank(per).questions, 8)) for (const id of f.questionIds) m.set(id, f.id);
          return m;
        };
        const a = formOf(before);
        const b = formOf(before + added);
        for (const [id, form] of a) expect(b.get(id)).toBe(form);
      }),
    );
  });
});
