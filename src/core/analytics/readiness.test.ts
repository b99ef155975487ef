import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateReadiness, studyPlan } from './readiness';
import { seededRng } from '../random';

const domains = [
  { id: 'a', weight: 0.5 },
  { id: 'b', weight: 0.3 },
  { id: 'c', weight: 0.2 },
];
const quotas = new Map([
  ['a', 33],
  ['b', 19],
  ['c', 13],
]);

describe('readiness', () => {
  it('is near certain for a strong history and near zero for a weak one', () => {
    const strong = domains.map((d) => ({ domain: d.id, correct: 190, total: 200 }));
    const weak = domains.map((d) => ({ domain: d.id, correct: 80, total: 200 }));
    expect(estimateReadiness(strong, quotas, 0.72, seededRng(1)).passProbability).toBeGreaterThan(0.99);
    expect(estimateReadiness(weak, quotas, 0.72, seededRng(1)).passProbability).toBeLessThan(0.01);
  });

  it('never falls when a domain gets more right answers (same seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20 }), (correct, extra) => {
        const base = [
          { domain: 'a', correct, total: 60 },
          { domain: 'b', correct: 40, total: 60 },
        ];
        const better = [{ domain: 'a', correct: Math.min(60, correct + extra), total: 60 }, base[1]!];
        const r1 = estimateReadiness(base, quotas, 0.72, seededRng(9), 1500);
        const r2 = estimateReadiness(better, quotas, 0.72, seededRng(9), 1500);
        expect(r2.passProbability).toBeGreaterThanOrEqual(r1.passProbability - 0.02);
        expect(r2.median).toBeGreaterThanOrEqual(r1.median - 0.01);
      }),
      { numRuns: 25 },
    );
  });

  it('gives an 80% interval around the predicted score', () => {
    const r = estimateReadiness([{ domain: 'a', correct: 70, total: 100 }], quotas, 0.72, seededRng(2));
    expect(r.low).toBeLessThanOrEqual(r.median);
    expect(r.median).toBeLessThanOrEqual(r.high);
  });
});

describe('the study plan', () => {
  it('ranks heavy, weak domains first and puts strong domains last', () => {
    const plan = studyPlan(
      domains,
      [
        { domain: 'a', correct: 45, total: 60 },
        { domain: 'b', correct: 20, total: 60 },
        { domain: 'c', correct: 58, total: 60 },
      ],
      0.72,
    );
    expect(plan.map((p) => p.domain)).toEqual(['b', 'a', 'c']);
    expect(plan[2]!.priority).toBe(0);
  });

  it('treats a domain never practised as the most uncertain, weighted by the blueprint', () => {
    const plan = studyPlan(domains, [], 0.72);
    expect(plan.map((p) => p.domain)).toEqual(['a', 'b', 'c']);
  });
});
