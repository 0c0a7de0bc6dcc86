import { describe, expect, test } from 'vitest';
import { periodPhrase } from '../../../src/lib/timeline.ts';

describe('period phrase', () => {
  test('a decade reads "the 1990s" in a sentence; a year stays as it is', () => {
    expect(periodPhrase('1990s')).toBe('the 1990s');
    expect(periodPhrase('1989')).toBe('1989');
  });
});
