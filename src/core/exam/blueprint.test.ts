import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawSimulation, pickFreshest, quotas } from './blueprint';
import { FIXTURE_DOMAINS, makeBank, makeQuestion } from '../bank/fixtures';
import { seededRng } from '../random';

describe('blueprint quotas', () => {
  it('gives the 65-question simulation its largest-remainder split', () => {
    const q = quotas(FIXTURE_DOMAINS, 65);
    // 6.5 / 13 / 9.75 / 6.5 / 9.75 / 6.5 / 6.5 / 6.5: floors sum to 61, the four largest remainders get a seat.
    expect(Object.fromEntries(q)).toEqual({
      'general-mlops': 7,
      'data-engineering': 13,
      'model-training': 10,
      'model-testing-validation': 7,
      'model-deployment': 10,
      'monitoring-governance': 6,
      'cloud-infrastructure': 6,
      'collaboration-communication': 6,
    });
  });

  it('always sums to the total, and each domain is within one of its exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 300 }),
        (ws, total) => {
          const domains = ws.map((w, i) => ({ id: `d${i}`, weight: w }));
          const q = quotas(domains, total);
          const sum = ws.reduce((s, w) => s + w, 0);
          expect([...q.values()].reduce((s, n) => s + n, 0)).toBe(total);
          domains.forEach((d) => {
            const exact = (total * d.weight) / sum;
            expect(q.get(d.id)!).toBeGreaterThanOrEqual(Math.floor(exact));
            expect(q.get(d.id)!).toBeLessThanOrEqual(Math.ceil(exact));
          });
        },
      ),
    );
  });
});

describe('drawing a simulation', () => {
  const bank = makeBank(20);

  it('meets every quota and never repeats a question, whatever the seed and history', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 159 }), fc.integer({ min: 0, max: 1e9 }))),
        (seed, seenPairs) => {
          const lastSeen = new Map(seenPairs.map(([i, t]) => [bank.questions[i]!.id, t]));
          const draw = drawSimulation(bank.domains, bank.questions, 65, lastSeen, seededRng(seed));
          const ids = draw.questions.map((q) => q.id);
          expect(new Set(ids).size).toBe(65);
          const want = quotas(bank.domains, 65);
          for (const [d, n] of want) expect(draw.questions.filter((q) => q.domain === d)).toHaveLength(n);
          expect(draw.shortfall.size).toBe(0);
        },
      ),
    );
  });

  it('prefers unseen questions, then the ones seen longest ago', () => {
    const pool = [1, 2, 3, 4, 5].map((n) => makeQuestion('general-mlops', n));
    const lastSeen = new Map([
      ['general-mlops-001', 500],
      ['general-mlops-002', 100],
      ['general-mlops-003', 300],
    ]);
    const picked = pickFreshest(pool, 3, lastSeen, seededRng(1)).map((q) => q.id);
    expect(picked.slice(0, 2).sort()).toEqual(['general-mlops-004', 'general-mlops-005']);
    expect(picked[2]).toBe('general-mlops-002');
  });

  it('reports a domain whose quota the bank cannot fill', () => {
    const small = makeBank({
      'general-mlops': 2,
      'data-engineering': 40,
      'model-training': 40,
      'model-testing-validation': 40,
      'model-deployment': 40,
      'monitoring-governance': 40,
      'cloud-infrastructure': 40,
      'collaboration-communication': 40,
    });
    const draw = drawSimulation(small.domains, small.questions, 65, new Map(), seededRng(3));
    expect(draw.shortfall.get('general-mlops')).toBe(5);
    expect(draw.questions.filter((q) => q.domain === 'general-mlops')).toHaveLength(2);
  });
});
