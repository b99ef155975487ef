import { describe, expect, it, vi } from 'vitest';
import { handleExamKey, optionPosition, type ExamKeyActions } from './useExamKeys';

const key = (k: string, code: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  code,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

function actions() {
  return {
    choose: vi.fn<(p: number) => void>(),
    cross: vi.fn<(p: number) => void>(),
    next: vi.fn<() => void>(),
    prev: vi.fn<() => void>(),
    flag: vi.fn<() => void>(),
    confidence: vi.fn<ExamKeyActions['confidence']>(),
    review: vi.fn<() => void>(),
  };
}

describe('exam keyboard', () => {
  it('chooses by digit or letter, crosses out with Shift+digit, and flags with F', () => {
    const a = actions();
    handleExamKey(key('3', 'Digit3'), a);
    handleExamKey(key('c', 'KeyC'), a);
    handleExamKey(key('#', 'Digit3', { shiftKey: true }), a);
    handleExamKey(key('f', 'KeyF'), a);
    expect(a.choose.mock.calls).toEqual([[2], [2]]);
    expect(a.cross).toHaveBeenCalledWith(2);
    expect(a.flag).toHaveBeenCalledOnce();
  });

  it('moves with arrows, sets confidence, opens review, and leaves shortcuts with modifiers alone', () => {
    const a = actions();
    expect(handleExamKey(key('ArrowRight', 'ArrowRight'), a)).toBe(true);
    handleExamKey(key('ArrowLeft', 'ArrowLeft'), a);
    handleExamKey(key('g', 'KeyG'), a);
    handleExamKey(key('r', 'KeyR'), a);
    expect(handleExamKey(key('c', 'KeyC', { ctrlKey: true }), a)).toBe(false);
    expect(handleExamKey(key('x', 'KeyX'), a)).toBe(false);
    expect(a.next).toHaveBeenCalledOnce();
    expect(a.prev).toHaveBeenCalledOnce();
    expect(a.confidence).toHaveBeenCalledWith('guessed');
    expect(a.review).toHaveBeenCalledOnce();
    expect(a.choose).not.toHaveBeenCalled();
  });

  it('maps the same keys to option positions for the review screen', () => {
    expect(optionPosition(key('6', 'Digit6'))).toBe(5);
    expect(optionPosition(key('E', 'KeyE'))).toBe(4);
    expect(optionPosition(key('f', 'KeyF'))).toBeNull();
  });
});
