import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accuracy, betaCdf, betaQuantile, sampleBeta } from './beta';
import { seededRng } from '../random';

describe('accuracy with uncertainty', () => {
  it('matches known Beta quantiles', () => {
    // Beta(1,1) is uniform; Beta(2,1) has CDF x^2.
    expect(betaQuantile(0.05, 1, 1)).toBeCloseTo(0.05, 6);
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 6);
    expect(betaCdf(0.3, 2, 5)).toBeCloseTo(0.579825, 5);
  });

  it('puts the posterior mean inside a 90% interval that narrows with more answers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (c, w) => {
        const e = accuracy(c, c + w);
        expect(e.low).toBeGreaterThanOrEqual(0);
        expect(e.high).toBeLessThanOrEqual(1);
        expect(e.low).toBeLessThanOrEqual(e.mean);
        expect(e.mean).toBeLessThanOrEqual(e.high);
        const more = accuracy(c * 4, (c + w) * 4);
        expect(more.high - more.low).toBeLessThanOrEqual(e.high - e.low + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('says "not enough data" below ten answers', () => {
    expect(accuracy(5, 9).enough).toBe(false);
    expect(accuracy(5, 10).enough).toBe(true);
  });

  it('samples Beta draws with the right mean', () => {
    const rng = seededRng(3);
    let s = 0;
    for (let i = 0; i < 4000; i++) s += sampleBeta(8, 2, rng);
    expect(s / 4000).toBeCloseTo(0.8, 1);
  });
});
