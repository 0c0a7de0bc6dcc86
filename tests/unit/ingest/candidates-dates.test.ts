import { describe, expect, test } from 'vitest';
import { findDates, resolveAnchored } from '../../../src/ingest/stages/candidates-dates.ts';
import { sentencesOf } from './helpers.ts';

const first = (text: string, published = '2025-08-08') => {
  const s = sentencesOf(text)[0]!;
  return findDates(s, published)[0]!;
};

describe('dates', () => {
  test('a weekday is the most recent one before the publication day', () => {
    expect(first('On Thursday, the department announced it.').date).toEqual({ value: '2025-08-07', precision: 'day', approximate: false, expression: 'On Thursday' });
  });

  test('a month alone prefers the past', () => {
    expect(first('In February, the department designated them.').date.value).toBe('2025-02');
    expect(first('In April, Trump proposed it.').date.value).toBe('2025-04');
  });

  test('bare years and decades', () => {
    expect(first('In 1989, Bush sent troops.').date).toMatchObject({ value: '1989', precision: 'year', expression: 'In 1989' });
    expect(first('In the 1990s, the military assisted.').date).toMatchObject({ value: '1990', precision: 'decade', approximate: false });
    expect(first('He served in the early 2000s.').date).toMatchObject({ value: '2000', precision: 'decade', approximate: true });
  });

  test('"two weeks ago" and "late last month" are approximate', () => {
    expect(first('Two weeks ago, the administration added it.').date).toMatchObject({ value: '2025-07-25', precision: 'day', approximate: true });
    expect(first('Late last month, the Senate confirmed him.').date).toMatchObject({ value: '2025-07', precision: 'month', approximate: true, expression: 'Late last month' });
  });

  test('"this year" is the publication year', () => {
    expect(first('Already this year, Trump has deployed troops.').date).toMatchObject({ value: '2025', precision: 'year' });
  });

  test('"two days later" is relative to the previous event, not to publication', () => {
    const c = first('Two days later, Rubio issued a statement.');
    expect(c.anchor).toBe('previous');
    expect(resolveAnchored(c, { value: '2025-07-25', precision: 'day', approximate: true, expression: 'two weeks ago' })).toMatchObject({ value: '2025-07-27', approximate: true });
  });

  test('"ahead of the operation" inherits the context date approximately', () => {
    const c = first('Ahead of the operation, Barr wrote a memo.');
    expect(resolveAnchored(c, { value: '1989', precision: 'year', approximate: false, expression: 'In 1989' })).toMatchObject({ value: '1989', precision: 'year', approximate: true });
    expect(resolveAnchored(c, null)).toBeNull();
  });

  test('a year that dates a law is not an event date', () => {
    const s = sentencesOf('Under an 1878 law called the Posse Comitatus Act, it is illegal.')[0]!;
    expect(findDates(s, '2025-08-08')).toEqual([]);
  });
});
