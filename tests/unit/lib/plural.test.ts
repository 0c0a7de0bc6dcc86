import { describe, expect, test } from 'vitest';
import { count, plural } from '../../../src/lib/plural.ts';
import { count as countOfReadingOrder } from '../../../src/lib/reading-order.ts';

describe('counts agree with their nouns', () => {
  test('one is singular; zero, many and fractions are plural', () => {
    expect(count(1, 'event')).toBe('1 event');
    expect(count(0, 'event')).toBe('0 events');
    expect(count(2, 'record')).toBe('2 records');
    expect(count(1.5, 'source')).toBe('1.5 sources');
  });

  test('an irregular plural is given', () => {
    expect(count(1, 'legal authority', 'legal authorities')).toBe('1 legal authority');
    expect(count(3, 'legal authority', 'legal authorities')).toBe('3 legal authorities');
    expect(plural(1, 'this event', 'these events')).toBe('this event');
    expect(plural(4, 'this event', 'these events')).toBe('these events');
  });

  test('the count pages have long imported is the same helper', () => {
    expect(countOfReadingOrder).toBe(count);
  });
});
