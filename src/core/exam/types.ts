/** Records of exam attempts and responses, shared by the core logic, the stores and the database. */
import type { OptionKey } from '../bank/schema';

export type AttemptMode = 'simulation' | 'practice-test' | 'practice' | 'drill';
export type AttemptStatus = 'in-progress' | 'submitted' | 'abandoned';
export type Confidence = 'sure' | 'unsure' | 'guessed';

/**
 * The clock rule. A timed exam has a wall-clock deadline that keeps running while the app is
 * closed, as at a test centre; a practice timer is a budget that only runs while the attempt is open.
 */
export type Timing =
  | { kind: 'none' }
  | { kind: 'deadline'; limitMs: number; deadline: number }
  | { kind: 'budget'; limitMs: number; usedMs: number; resumedAt: number | null };

export interface DomainScore {
  correct: number;
  total: number;
}

export interface AttemptScore {
  correct: number;
  total: number;
  answered: number;
  percent: number;
  passed: boolean;
  byDomain: Record<string, DomainScore>;
}

export interface AttemptRecord {
  id: string;
  mode: AttemptMode;
  title: string;
  /** Set for fixed practice tests: which form this attempt sat, so retakes can be compared. */
  formId: string | null;
  status: AttemptStatus;
  questionIds: string[];
  /** The shuffled option order shown for each question, stored so a resumed attempt looks identical. */
  optionOrders: Record<string, OptionKey[]>;
  position: number;
  startedAt: number;
  finishedAt: number | null;
  timing: Timing;
  /** Strict: no feedback until submitted. Practice: feedback after each answer. */
  feedback: 'end' | 'instant';
  showDomain: boolean;
  passMark: number;
  /** Content hash of each question when the attempt started, to tell later edits apart. */
  hashes: Record<string, string>;
  /** Set when the deadline passed while the app was closed and the attempt was submitted on reopening. */
  autoSubmitted: 'deadline' | null;
  score: AttemptScore | null;
}

export interface ResponseRecord {
  attemptId: string;
  questionId: string;
  domain: string;
  selected: OptionKey | null;
  flagged: boolean;
  crossedOut: OptionKey[];
  confidence: Confidence | null;
  /** Time spent on this question while it was on screen, in ms. */
  timeMs: number;
  answeredAt: number | null;
  /** Known once graded: at submission, or at once in practice. */
  correct: boolean | null;
}
