import { describe, expect, test } from 'vitest';
import { compareEventDates, dateBasis, formatEventDate, reportedLabel } from '../../../src/lib/event-dates.ts';
import type { EventDate } from '../../../src/schemas/index.ts';

describe('what an event date rests on', () => {
  test('a date from the paragraph is shown as inferred, not as the sentence’s words', () => {
    expect(dateBasis({ value: '1989', precision: 'year', approximate: true, expression: 'In 1989', fromContext: true })).toBe('The sentence gives no date; its paragraph is dated “In 1989”');
    expect(dateBasis({ value: '1989', precision: 'year', approximate: false, expression: 'In 1989' })).toBe('The source says “In 1989”');
  });

  test('an undated lead event reads as reported on the publication day, not as done then', () => {
    expect(reportedLabel('2025-08-08')).toBe('Reported on 8 August 2025; the source gives no date for the act');
  });
});

describe('sorted as the text says', () => {
  const d = (value: string, precision: EventDate['precision'], o: Partial<EventDate> = {}): EventDate => ({ value, precision, approximate: false, expression: value, ...o });
  const sorted = (list: EventDate[]) => [...list].sort(compareEventDates).map((x) => x.expression);

  test('"late last month" sorts after a day earlier that month; a month with no part named sorts before its days', () => {
    const lateMarch = d('2024-03', 'month', { expression: 'late March', within: 'late' });
    expect(sorted([lateMarch, d('2024-03-20', 'day'), d('2024-04-02', 'day')])).toEqual(['2024-03-20', 'late March', '2024-04-02']);
    expect(sorted([d('2024-03-20', 'day'), d('2024-03', 'month')])).toEqual(['2024-03', '2024-03-20']);
    expect(sorted([d('2024-03-20', 'day'), d('2024-03', 'month', { expression: 'mid-March', within: 'mid' }), d('2024-03-02', 'day')])).toEqual(['2024-03-02', 'mid-March', '2024-03-20']);
  });

  test('a year the text places after a dated happening sorts after that happening, and before what comes later', () => {
    const vote = d('1998', 'year', { expression: 'after the floods of June 4, 1998', approximate: true, after: '1998-06-04' });
    expect(sorted([vote, d('1998-06-04', 'day'), d('1998-02', 'month'), d('1998-09-01', 'day')])).toEqual(['1998-02', '1998-06-04', 'after the floods of June 4, 1998', '1998-09-01']);
  });

  test('a date placed after or before a more precise one says that one, not "around"', () => {
    const vote = d('1998', 'year', { expression: 'after the floods of June 4, 1998', approximate: true, after: '1998-06-04' });
    expect(formatEventDate(vote)).toBe('1998, after 4 June 1998');
    expect(formatEventDate(d('1998', 'year', { expression: 'Ahead of the landing', approximate: true, before: '1998-12-03' }))).toBe('1998, before 3 December 1998');
    // a month only would rule out its own late days: "around" stays
    expect(formatEventDate(d('1998', 'year', { expression: 'Early on', approximate: true, after: '1998-01' }))).toBe('around 1998');
    expect(formatEventDate(d('1998', 'year', { expression: 'Ahead of the landing', approximate: true, before: '1998' }))).toBe('around 1998');
  });

  test('what the text places ahead of an event sorts just before it, even in the same year', () => {
    const memo = d('1998', 'year', { expression: 'Ahead of the landing', approximate: true, before: '1998' });
    expect(sorted([d('1998', 'year', { expression: 'In 1998' }), memo, d('1997', 'year')])).toEqual(['1997', 'Ahead of the landing', 'In 1998']);
  });

  test('the late part of a decade sorts after its years', () => {
    expect(sorted([d('1990', 'decade', { expression: 'the late 1990s', within: 'late' }), d('1996', 'year'), d('2001', 'year')])).toEqual(['1996', 'the late 1990s', '2001']);
  });
});

describe('a span the editors give', () => {
  test('reads "between" its ends, never as its first day alone', () => {
    const term = { value: '2009-01-20', precision: 'day' as const, approximate: false, expression: 'In her first term', until: '2013-01-20' };
    expect(formatEventDate(term)).toBe('between 20 January 2009 and 20 January 2013');
    expect(formatEventDate({ ...term, value: '1990', precision: 'year', until: '1994' })).toBe('between 1990 and 1994');
  });
});

describe('the part of a period the words name', () => {
  test('"late last month" reads "late July 2025", "the early 2000s" keeps its part, a day has none', () => {
    expect(formatEventDate({ value: '2025-07', precision: 'month', approximate: false, expression: 'Late last month', within: 'late' })).toBe('late July 2025');
    expect(formatEventDate({ value: '2000', precision: 'decade', approximate: false, expression: 'the early 2000s', within: 'early' })).toBe('the early 2000s');
    expect(formatEventDate({ value: '1995', precision: 'year', approximate: false, expression: 'mid-1995', within: 'mid' })).toBe('mid-1995');
  });
});
