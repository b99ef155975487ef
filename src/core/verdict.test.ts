import { describe, expect, it } from 'vitest';
import { withoutVerdict } from './verdict';

describe('option explanations', () => {
  it('drop a leading verdict the UI already shows', () => {
    expect(withoutVerdict('Correct. A point-in-time join avoids leakage.')).toBe(
      'A point-in-time join avoids leakage.',
    );
    expect(withoutVerdict('Incorrect: caching hides it.')).toBe('caching hides it.');
  });

  it('leave other text alone', () => {
    expect(withoutVerdict('Correctly sized pods still OOM here.')).toBe('Correctly sized pods still OOM here.');
  });
});
