/**
 * The clock rule. A timed simulation has a wall-clock deadline: closing the app does not stop it,
 * as at a test centre. A practice timer is a budget that runs only while the attempt is open.
 */
import type { Timing } from './types';

/** Milliseconds left, or null for an untimed attempt. Never negative. */
export function remainingMs(t: Timing, now: number): number | null {
  switch (t.kind) {
    case 'none':
      return null;
    case 'deadline':
      return Math.max(0, t.deadline - now);
    case 'budget':
      return Math.max(0, t.limitMs - usedMs(t, now));
  }
}

/** Time used so far on a budget timer, counting the open stretch since it last resumed. */
export function usedMs(t: Extract<Timing, { kind: 'budget' }>, now: number): number {
  return t.usedMs + (t.resumedAt === null ? 0 : Math.max(0, now - t.resumedAt));
}

export function isExpired(t: Timing, now: number): boolean {
  const left = remainingMs(t, now);
  return left !== null && left <= 0;
}

/** Stops a budget timer (the app is closing or the attempt is left); deadlines keep running. */
export function pauseTiming(t: Timing, now: number): Timing {
  if (t.kind !== 'budget' || t.resumedAt === null) return t;
  return { ...t, usedMs: usedMs(t, now), resumedAt: null };
}

/** Restarts a budget timer when the attempt is opened again; deadlines are unaffected. */
export function resumeTiming(t: Timing, now: number): Timing {
  if (t.kind !== 'budget' || t.resumedAt !== null) return t;
  return { ...t, resumedAt: now };
}

/** Folds the open stretch into usedMs so a checkpoint survives a crash with little time lost. */
export function checkpointTiming(t: Timing, now: number): Timing {
  if (t.kind !== 'budget' || t.resumedAt === null) return t;
  return { ...t, usedMs: usedMs(t, now), resumedAt: now };
}

/** Warnings fire once as the remaining time crosses each threshold. */
export const WARNINGS_MS = [30 * 60_000, 5 * 60_000, 60_000] as const;

/** The warning thresholds crossed between two readings of the remaining time. */
export function crossedWarnings(before: number, after: number): number[] {
  return WARNINGS_MS.filter((w) => before > w && after <= w);
}

/** "1:02:05" or "4:07": hours only when needed. */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}
