import { describe, expect, it } from 'vitest';
import { crossedWarnings, formatClock, isExpired, pauseTiming, remainingMs, resumeTiming } from './clock';
import type { Timing } from './types';

const MIN = 60_000;

describe('the clock rule', () => {
  it('keeps a deadline running while the app is closed', () => {
    const t: Timing = { kind: 'deadline', limitMs: 145 * MIN, deadline: 145 * MIN };
    const paused = pauseTiming(t, 10 * MIN);
    expect(remainingMs(resumeTiming(paused, 100 * MIN), 100 * MIN)).toBe(45 * MIN);
    expect(isExpired(t, 145 * MIN)).toBe(true);
  });

  it('stops a practice budget while the app is closed', () => {
    let t: Timing = { kind: 'budget', limitMs: 30 * MIN, usedMs: 0, resumedAt: 0 };
    t = pauseTiming(t, 10 * MIN); // closed after 10 minutes
    t = resumeTiming(t, 500 * MIN); // reopened much later
    expect(remainingMs(t, 505 * MIN)).toBe(15 * MIN);
    expect(isExpired(t, 520 * MIN)).toBe(true);
  });

  it('has no clock for an untimed attempt', () => {
    expect(remainingMs({ kind: 'none' }, 1e12)).toBeNull();
    expect(isExpired({ kind: 'none' }, 1e12)).toBe(false);
  });

  it('warns once at 30, 5 and 1 minutes', () => {
    expect(crossedWarnings(30 * MIN + 1000, 30 * MIN)).toEqual([30 * MIN]);
    expect(crossedWarnings(29 * MIN, 28 * MIN)).toEqual([]);
    expect(crossedWarnings(6 * MIN, 30_000)).toEqual([5 * MIN, MIN]);
  });

  it('formats the time left', () => {
    expect(formatClock(145 * MIN)).toBe('2:25:00');
    expect(formatClock(4 * MIN + 7000)).toBe('4:07');
    expect(formatClock(500)).toBe('0:01');
  });
});
