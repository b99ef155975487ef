/** Building a new attempt: which questions, in which order, with which options order and clock. */
import { sourceOf } from '../bank/filter';
import { OPTION_KEYS, type Difficulty, type OptionKey } from '../bank/keys';
import type { Question } from '../bank/schema';
import { shuffled, type Rng } from '../random';
import type { AttemptMode, AttemptRecord, Timing } from './types';

export type QuizSource = 'all' | 'unseen' | 'missed' | 'flagged' | 'bookmarked';

export interface QuizCriteria {
  domains: string[];
  difficulties: Difficulty[];
  source: QuizSource;
  count: number;
  /** Question sets to draw from: 'builtin' and/or pack ids; empty or absent means all of them. */
  sets?: string[];
}

/** What the person's history says about each question, for choosing quiz sources. */
export interface History {
  lastSeen: ReadonlyMap<string, number>;
  /** Question ids whose most recent graded answer was wrong. */
  missed: ReadonlySet<string>;
  flagged: ReadonlySet<string>;
  bookmarked: ReadonlySet<string>;
}

/** The questions a drill or custom quiz may draw from, before the count is applied. */
export function quizPool(questions: readonly Question[], c: QuizCriteria, h: History): Question[] {
  return questions.filter((q) => {
    if (c.domains.length && !c.domains.includes(q.domain)) return false;
    if (c.difficulties.length && !c.difficulties.includes(q.difficulty)) return false;
    if (c.sets?.length && !c.sets.includes(sourceOf(q.id))) return false;
    switch (c.source) {
      case 'all':
        return true;
      case 'unseen':
        return !h.lastSeen.has(q.id);
      case 'missed':
        return h.missed.has(q.id);
      case 'flagged':
        return h.flagged.has(q.id);
      case 'bookmarked':
        return h.bookmarked.has(q.id);
    }
  });
}

export interface NewAttempt {
  id: string;
  mode: AttemptMode;
  title: string;
  formId?: string | null;
  questions: readonly Question[];
  now: number;
  rng: Rng;
  /** Minutes on the clock; 0 or absent for untimed. */
  minutes?: number;
  passMark: number;
  showDomain?: boolean;
  /** Keep the given question order (fixed tests keep theirs shuffled too; drills may not). */
  shuffleQuestions?: boolean;
}

/** Creates the attempt record with shuffled question and option orders, ready to be stored. */
export function createAttempt(a: NewAttempt): AttemptRecord {
  const ordered = a.shuffleQuestions === false ? [...a.questions] : shuffled(a.questions, a.rng);
  const optionOrders: Record<string, OptionKey[]> = {};
  const hashes: Record<string, string> = {};
  for (const q of ordered) {
    optionOrders[q.id] = shuffled(OPTION_KEYS, a.rng);
    hashes[q.id] = q.hash;
  }
  const strict = a.mode === 'simulation' || a.mode === 'practice-test';
  const limitMs = (a.minutes ?? 0) * 60_000;
  let timing: Timing = { kind: 'none' };
  if (limitMs > 0) {
    timing = strict
      ? { kind: 'deadline', limitMs, deadline: a.now + limitMs }
      : { kind: 'budget', limitMs, usedMs: 0, resumedAt: a.now };
  }
  return {
    id: a.id,
    mode: a.mode,
    title: a.title,
    formId: a.formId ?? null,
    status: 'in-progress',
    questionIds: ordered.map((q) => q.id),
    optionOrders,
    position: 0,
    startedAt: a.now,
    finishedAt: null,
    timing,
    feedback: strict ? 'end' : 'instant',
    showDomain: a.showDomain ?? true,
    passMark: a.passMark,
    hashes,
    autoSubmitted: null,
    score: null,
  };
}

/** Minutes for a fixed test of `n` questions at the simulation's pace, rounded up. */
export function paceMinutes(n: number, sim: { questions: number; minutes: number }): number {
  return Math.ceil((n * sim.minutes) / sim.questions);
}
