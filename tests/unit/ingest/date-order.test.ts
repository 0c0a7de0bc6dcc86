import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';

// Invented sentences: the record carries how a date sorts and what it counts from when the text says so.
describe('dates as the text places them', () => {
  test('"late last month" is the late part of that month', () => {
    const e = extract('Late last month, the Senate confirmed Dana Ruiz to lead the agency.').events[0]!;
    expect(e.date).toMatchObject({ value: '2025-07', precision: 'month', within: 'late' });
  });

  test('"after the bombings of …" comes after the bombings: its anchor is their event, and it sorts after their day', () => {
    const r = extract('Parliament passed an emergency law after the bombings of March 3, 1999, but the courts narrowed it.');
    const bombings = r.events.find((e) => e.date?.precision === 'day')!;
    const law = r.events.find((e) => e !== bombings)!;
    expect(bombings.date!.value).toBe('1999-03-03');
    expect(law.date).toMatchObject({ value: '1999', precision: 'year', after: '1999-03-03', anchor: { kind: 'event', event: bombings.id, relation: 'after' } });
  });

  test('"Early on" counts from the event that began the period named just before, not from the last date given', () => {
    const r = extract(
      'When she returned to office in March, President Ann Roe signed an order on ports.\n\n' +
        'Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel.\n\n' +
        'The fight against smuggling has shaped much of Roe’s policy in her second term.\n\n' +
        'Early on, the Coast Guard stepped up patrols near the islands.',
    );
    const order = r.events.find((e) => e.quote.startsWith('When she returned'))!;
    const patrols = r.events.find((e) => e.quote.startsWith('Early on'))!;
    expect(patrols.date).toMatchObject({ value: '2025', inferred: true, after: '2025-03', anchor: { kind: 'event', event: order.id, relation: 'from' } });
  });

  test('"Early on" in a period the text never dates stays undated', () => {
    const r = extract(
      'Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel.\n\n' +
        'The fight against smuggling shaped much of Roe’s policy in her first term.\n\n' +
        'Early on, the Coast Guard stepped up patrols near the islands.',
    );
    expect(r.events.find((e) => e.quote.startsWith('Early on'))?.date ?? null).toBeNull();
  });

  test('an undated act reported as current is reported on the publication day; an undated past act is not', () => {
    const r = extract(
      'Two weeks ago, the Treasury Department imposed sanctions on the Blue Lagoon Cartel.\n\n' +
        'The Coast Guard declined to comment on the sanctions.\n\n' +
        'Navy planners have started drawing up options for the islands.\n\n' +
        'The Coast Guard eventually modified its patrol rules.',
      '2025-08-08',
    );
    const by = (start: string) => r.events.find((e) => e.quote.startsWith(start));
    expect(by('The Coast Guard declined')?.reported).toBe('2025-08-08');
    expect(by('Navy planners')?.reported).toBe('2025-08-08');
    expect(by('The Coast Guard eventually')?.reported).toBeUndefined();
  });
});
