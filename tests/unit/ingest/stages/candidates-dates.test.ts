import { describe, expect, test } from 'vitest';
import { findDates, resolveAnchored } from '../../../../src/ingest/stages/candidates-dates.ts';
import { sentencesOf } from '../helpers.ts';

const first = (text: string, published = '2025-08-08') => {
  const s = sentencesOf(text)[0]!;
  return findDates(s, published)[0]!;
};

describe('dates', () => {
  test('a weekday is the most recent one before the publication day', () => {
    expect(first('On Thursday, the department announced it.').date).toEqual({ value: '2025-08-07', precision: 'day', approximate: false, expression: 'On Thursday' });
  });

  test('a stretch of time ("for an hour", "within minutes") is no date; a date beside it still is', () => {
    const all = (text: string) => findDates(sentencesOf(text)[0]!, '2025-09-04').map((d) => d.date.expression);
    expect(all('The envoy met the minister for an hour and a half in the capital.')).toEqual([]);
    expect(all('The envoys talked for two hours with the minister.')).toEqual([]);
    expect(all('The unit was formed within a few minutes.')).toEqual([]);
    expect(all('The envoys met for an hour on Tuesday.')).toEqual(['on Tuesday']);
  });

  test('"at the time" after a verb or opening the sentence takes the context’s date', () => {
    expect(first('The minister said at the time that the port was closed.')).toMatchObject({ anchor: 'context', date: { expression: 'at the time' } });
    expect(first('At the time, the navy seized two boats.')).toMatchObject({ anchor: 'context' });
  });

  test('"at the time" after a noun it qualifies, or before "of", dates nothing', () => {
    const all = (text: string) => findDates(sentencesOf(text)[0]!, '2025-09-15');
    expect(all('His deputy at the time, Ana Roe, resigned.')).toEqual([]);
    expect(all('The navy at the time of the raid had ten ships.')).toEqual([]);
  });

  test('a date "since" opens is a span up to the publication day, not the day of the acts', () => {
    expect(first('Since May 3, the navy has struck at least nine boats.', '2025-09-04').date).toMatchObject({ value: '2025-05-03', precision: 'day', until: '2025-09-04' });
    expect(first('Since the first raid on May 3, the navy has seized ten boats.', '2025-09-04').date).toMatchObject({ value: '2025-05-03', until: '2025-09-04' });
    expect(first('The navy has seized ten boats since early June.', '2025-09-04').date).toMatchObject({ value: '2025-06', until: '2025-09-04' });
  });

  test('"since" without a perfect tense compares and leaves the date alone; so does a date after the verb that follows "since"', () => {
    expect(first('In June, the ministry cut aid for the first time since 1997.', '2025-09-04').date.until).toBeUndefined();
    const all = findDates(sentencesOf('It was the largest raid since 2019, and on May 3 the navy seized a boat.')[0]!, '2025-09-04');
    expect(all.map((d) => d.date.until)).toEqual([undefined, undefined]);
    expect(first('Since the navy seized ten boats on May 3, the port has been calm.', '2025-09-04').date.until).toBeUndefined();
    expect(first('The minister met the envoy for the first time since May 3.', '2025-09-04').date.until).toBeUndefined();
  });

  test('"the weekend" is one of two days: approximate', () => {
    expect(first('Supporters turned out during the weekend to enroll.', '2025-09-04').date).toMatchObject({ value: '2025-08-30', precision: 'day', approximate: true });
  });

  test('a month alone prefers the past', () => {
    expect(first('In February, the department designated them.').date.value).toBe('2025-02');
    expect(first('In April, Trump proposed it.').date.value).toBe('2025-04');
  });

  test('bare years and decades', () => {
    expect(first('In 1989, Bush sent troops.').date).toMatchObject({ value: '1989', precision: 'year', expression: 'In 1989' });
    expect(first('In the 1990s, the military assisted.').date).toMatchObject({ value: '1990', precision: 'decade', approximate: false });
    expect(first('He served in the early 2000s.').date).toMatchObject({ value: '2000', precision: 'decade', approximate: false });
    expect(first('He served in the early 2000s.').within).toBe('early');
  });

  test('"two weeks ago" is approximate; "late last month" is certain of its month and names its part', () => {
    expect(first('Two weeks ago, the administration added it.').date).toMatchObject({ value: '2025-07-25', precision: 'day', approximate: true });
    const late = first('Late last month, the Senate confirmed him.');
    expect(late.date).toMatchObject({ value: '2025-07', precision: 'month', approximate: false, expression: 'Late last month' });
    expect(late.within).toBe('late');
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

  const all = (text: string, published = '2025-08-08') =>
    findDates(sentencesOf(text)[0]!, published).map((c) => [c.date.expression, c.date.value, c.date.approximate]);

  test('a season, "last year" and "decades ago" are counted from the publication year', () => {
    expect(all('Over the summer, the port authority hired guards.')).toEqual([['Over the summer', '2025', false]]);
    expect(all('Last spring the council met.')).toEqual([['Last spring', '2024', false]]);
    expect(all('The mill closed last year.')).toEqual([['last year', '2024', false]]);
    expect(all('Two decades ago, the valley flooded.')).toEqual([['Two decades ago', '2005', true]]);
    expect(all('The summer of love is a song.')).toEqual([]);
  });

  test('a year in a name, a price or a longer number is no date', () => {
    expect(all('Under the Harbor Safety Act of 1962, ships are inspected.')).toEqual([]);
    expect(all('The fee rose to $1999 and the 1980’s trend held.')).toEqual([]);
    expect(all('In an 1899 treaty the border was drawn.').map((x) => x[1])).toEqual(['1899']);
  });

  test('words before a date make it approximate, or a plan that dates no act', () => {
    expect(all('The board met around the middle of March.')[0]).toEqual(['March', '2025-03', true]);
    expect(all('Shortly before 1990, the firm moved.')[0]).toEqual(['1990', '1990', true]);
    expect(all('The mayor will travel there in November.')).toEqual([]);
    expect(all('The mayor traveled there in November.')).toEqual([['in November', '2024-11', false]]);
  });

  test('a clock time or "now" dates no act', () => {
    expect(all('The mayor spoke now, at 10:30.')).toEqual([]);
  });
});

describe('approximate dates', () => {
  test('"about" makes a date approximate only right before it, not as the verb’s preposition', () => {
    expect(first('The Ledger wrote about the raid on Sept. 3.', '2025-10-10').date.approximate).toBe(false);
    expect(first('The raid came about Sept. 3.', '2025-10-10').date.approximate).toBe(true);
  });
});

describe('counted dates', () => {
  test('a count right before a day the text names counts from that day, not from the previous event', () => {
    const d = first('A week before the Oct. 24 vote, the mayor resigned.', '2025-10-30');
    expect(d.anchor).toBeUndefined();
    expect(d.date).toMatchObject({ value: '2025-10-17', precision: 'day', approximate: true });
  });
});

describe('recent periods', () => {
  test('"in recent months" is the publication year, approximately, once far enough into it', () => {
    expect(first('The navy in recent months has moved two frigates.', '2025-10-10').date).toMatchObject({
      value: '2025',
      precision: 'year',
      approximate: true,
    });
    expect(findDates(sentencesOf('The navy in recent months has moved two frigates.')[0]!, '2025-02-10')).toEqual([]);
  });
});
