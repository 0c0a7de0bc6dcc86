import { describe, expect, test } from 'vitest';
import { dateBasis, reportedLabel } from '../../../src/lib/event-dates.ts';

describe('what an event date rests on', () => {
  test('a date from the paragraph is shown as inferred, not as the sentence’s words', () => {
    expect(dateBasis({ value: '1989', precision: 'year', approximate: true, expression: 'In 1989', fromContext: true })).toBe('The sentence gives no date; its paragraph is dated “In 1989”');
    expect(dateBasis({ value: '1989', precision: 'year', approximate: false, expression: 'In 1989' })).toBe('The source says “In 1989”');
  });

  test('an undated lead event reads as reported on the publication day, not as done then', () => {
    expect(reportedLabel('2025-08-08')).toBe('Reported on 8 August 2025; the source gives no date for the act');
  });
});
