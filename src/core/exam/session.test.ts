import { describe, expect, it } from 'vitest';
import { createAttempt, paceMinutes, quizPool } from './session';
import { makeBank } from '../bank/fixtures';
import { seededRng } from '../random';

const { questions } = makeBank(6);
const empty = {
  lastSeen: new Map(),
  missed: new Set<string>(),
  flagged: new Set<string>(),
  bookmarked: new Set<string>(),
};

describe('a new attempt', () => {
  it('gives a simulation a wall-clock deadline and end-of-exam feedback', () => {
    const a = createAttempt({
      id: 'a',
      mode: 'simulation',
      title: 'Sim',
      questions: questions.slice(0, 10),
      now: 1000,
      rng: seededRng(1),
      minutes: 145,
      passMark: 0.72,
    });
    expect(a.timing).toEqual({ kind: 'deadline', limitMs: 145 * 60_000, deadline: 1000 + 145 * 60_000 });
    expect(a.feedback).toBe('end');
    expect(a.status).toBe('in-progress');
  });

  it('gives practice instant feedback, untimed unless asked', () => {
    const a = createAttempt({
      id: 'a',
      mode: 'practice',
      title: 'P',
      questions,
      now: 0,
      rng: seededRng(1),
      passMark: 0.72,
    });
    expect(a.timing).toEqual({ kind: 'none' });
    expect(a.feedback).toBe('instant');
    const timed = createAttempt({
      id: 'b',
      mode: 'practice',
      title: 'P',
      questions,
      now: 5,
      rng: seededRng(1),
      minutes: 20,
      passMark: 0.72,
    });
    expect(timed.timing).toEqual({ kind: 'budget', limitMs: 20 * 60_000, usedMs: 0, resumedAt: 5 });
  });

  it('stores a shuffled permutation of the questions and of each question’s options', () => {
    const a = createAttempt({
      id: 'a',
      mode: 'drill',
      title: 'D',
      questions,
      now: 0,
      rng: seededRng(7),
      passMark: 0.72,
    });
    expect([...a.questionIds].sort()).toEqual(questions.map((q) => q.id).sort());
    expect(a.questionIds).not.toEqual(questions.map((q) => q.id));
    for (const id of a.questionIds) expect([...a.optionOrders[id]!].sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(Object.values(a.optionOrders).some((o) => o.join('') !== 'ABCDEF')).toBe(true);
  });
});

describe('choosing questions for a drill', () => {
  it('filters by domain, difficulty and source', () => {
    const missed = new Set([questions[0]!.id, questions[7]!.id]);
    const pool = quizPool(
      questions,
      { domains: [questions[7]!.domain], difficulties: [], source: 'missed', count: 10 },
      { ...empty, missed },
    );
    expect(pool.map((q) => q.id)).toEqual([questions[7]!.id]);
    const hard = quizPool(questions, { domains: [], difficulties: ['hard'], source: 'all', count: 10 }, empty);
    expect(hard.every((q) => q.difficulty === 'hard')).toBe(true);
    const unseen = quizPool(
      questions,
      { domains: [], difficulties: [], source: 'unseen', count: 10 },
      { ...empty, lastSeen: new Map([[questions[0]!.id, 1]]) },
    );
    expect(unseen).toHaveLength(questions.length - 1);
  });

  it('gives a fixed test the simulation’s pace', () => {
    expect(paceMinutes(65, { questions: 65, minutes: 145 })).toBe(145);
    expect(paceMinutes(69, { questions: 65, minutes: 145 })).toBe(154);
  });
});
