/**
 * Keyboard control of an exam: 1-6 or A-E choose the option shown in that position, Shift+1-6
 * crosses it out, arrows move, F flags, S/U/G set confidence, R opens the review screen.
 * F is the flag key (as in most exam simulators), so option F is chosen with 6.
 */
import { onBeforeUnmount, onMounted } from 'vue';
import type { Confidence } from '../core/exam/types';

export interface ExamKeyActions {
  choose(position: number): void;
  cross(position: number): void;
  next(): void;
  prev(): void;
  flag(): void;
  confidence(c: Confidence): void;
  review(): void;
}

const LETTER_POS: Record<string, number> = { a: 0, b: 1, c: 2, d: 3, e: 4 };
const CONFIDENCE: Record<string, Confidence> = { s: 'sure', u: 'unsure', g: 'guessed' };

/** The option position (0-5) a key chooses: digits 1-6 by physical key, letters A-E; else null. */
export function optionPosition(e: Pick<KeyboardEvent, 'key' | 'code'>): number | null {
  const digit = /^(?:Digit|Numpad)([1-6])$/.exec(e.code);
  if (digit) return Number(digit[1]) - 1;
  return LETTER_POS[e.key.toLowerCase()] ?? null;
}

/** Maps a key event to an action; returns true when it handled it. Exported for tests. */
export function handleExamKey(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  act: ExamKeyActions,
): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const digit = /^Digit([1-6])$/.exec(e.code) ?? /^Numpad([1-6])$/.exec(e.code);
  if (digit) {
    const pos = Number(digit[1]) - 1;
    if (e.shiftKey) act.cross(pos);
    else act.choose(pos);
    return true;
  }
  if (e.shiftKey) return false;
  const k = e.key.toLowerCase();
  if (k in LETTER_POS) act.choose(LETTER_POS[k]!);
  else if (k === 'f') act.flag();
  else if (k in CONFIDENCE) act.confidence(CONFIDENCE[k]!);
  else if (e.key === 'ArrowRight' || k === 'n') act.next();
  else if (e.key === 'ArrowLeft' || k === 'p') act.prev();
  else if (k === 'r') act.review();
  else return false;
  return true;
}

/** Listens on the document while the exam is mounted; typing in a form field is left alone. */
export function useExamKeys(enabled: () => boolean, act: ExamKeyActions): void {
  const onKey = (e: KeyboardEvent) => {
    if (!enabled() || e.defaultPrevented) return;
    const t = e.target instanceof HTMLElement ? e.target : null;
    if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
    if (t?.closest('dialog')) return;
    if (handleExamKey(e, act)) e.preventDefault();
  };
  onMounted(() => document.addEventListener('keydown', onKey));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKey));
}
