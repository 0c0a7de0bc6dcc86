import { describe, expect, test } from 'vitest';
import { undatedLine } from '../../../src/lib/event-dates.ts';

describe('an undated run says "no date" once', () => {
  test('alone, an undated event says the source gives no date', () => {
    expect(undatedLine(undefined, false)).toBe('Undated: the source gives no date');
  });

  test('under a heading that says so, it says nothing more, and a lead event only its reported day', () => {
    expect(undatedLine(undefined, true)).toBeNull();
    expect(undatedLine('2031-05-02', true)).toBe('Reported on 2 May 2031');
    expect(undatedLine('2031-05-02', false)).toBe('Reported on 2 May 2031; the source gives no date for the act');
  });
});
