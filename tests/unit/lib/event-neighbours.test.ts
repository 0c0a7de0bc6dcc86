import { describe, expect, test } from 'vitest';
import { previousAndNext, relatedEvents, timelineOrder } from '../../../src/lib/event-neighbours.ts';
import { relativeAnchor, relativeExpression } from '../../../src/lib/relative-dates.ts';
import type { Event, EventDate, Source } from '../../../src/schemas/index.ts';

const day = (value: string, expression = 'On Monday', approximate = false): EventDate => ({ value, precision: 'day', approximate, expression });
const ev = (id: string, date: EventDate | null, o: Partial<Event> = {}): Event => ({
  id, date, actors: [], agents: [], authorities: [], summary: id, headline: id, source: 's', paragraph: 'p-1', quote: id, ...o,
});

describe('previous and next on the timeline', () => {
  test('neighbours follow the timeline: dated by date, undated last', () => {
    const events = [ev('late', day('2025-08-07')), ev('none', null), ev('early', day('1989-12-20'))];
    expect(timelineOrder(events, []).list.map((e) => e.id)).toEqual(['early', 'late', 'none']);
    expect(previousAndNext(events[0]!, events, [])).toEqual({ previous: events[2], next: events[1] });
    expect(previousAndNext(events[2]!, events, []).previous).toBeNull();
  });
});

describe('related events', () => {
  test('events sharing more actors or authorities come first, then the nearest on the timeline', () => {
    const events = [
      ev('self', day('2025-03-01'), { actors: ['a', 'b'], authorities: ['law'] }),
      ev('one-actor-near', day('2025-03-02'), { actors: ['a'] }),
      ev('one-actor-far', day('1990-01-01'), { actors: ['b'] }),
      ev('two-shared', day('2001-01-01'), { actors: ['a'], authorities: ['law'] }),
      ev('unrelated', day('2025-04-01'), { actors: ['c'] }),
    ];
    const r = relatedEvents(events[0]!, events, []);
    expect(r.map((x) => x.event.id)).toEqual(['two-shared', 'one-actor-near', 'one-actor-far']);
    expect(r[0]!.shared).toEqual({ actors: ['a'], authorities: ['law'] });
  });
});

describe('what a relative date counts from', () => {
  test('relative expressions are recognised, with their direction and days', () => {
    expect(relativeExpression('Two days later')).toEqual({ relation: 'after', offsetDays: 2 });
    expect(relativeExpression('three weeks earlier')).toEqual({ relation: 'before', offsetDays: -21 });
    expect(relativeExpression('the following day')).toEqual({ relation: 'after', offsetDays: 1 });
    expect(relativeExpression('Ahead of the operation')).toEqual({ relation: 'from' });
    expect(relativeExpression('On Thursday')).toBeNull();
    expect(relativeExpression('In February')).toBeNull();
  });

  const source: Source = {
    id: 's', title: 't', outlet: 'o', published: '2025-08-08', file: 'f',
    paragraphs: [
      { id: 'p-a', text: 'The council voted on Monday. A clerk filed the papers.' },
      { id: 'p-b', text: 'Two days later, the mayor signed the order.' },
    ],
  };
  const voted = ev('voted', day('2025-08-04'), { paragraph: 'p-a', quote: 'The council voted on Monday.' });
  const filed = ev('filed', null, { paragraph: 'p-a', quote: 'A clerk filed the papers.' });
  const signed = ev('signed', day('2025-08-06', 'Two days later'), { paragraph: 'p-b', quote: 'Two days later, the mayor signed the order.' });

  test('"two days later" counts from the dated event before it in the same source, undated ones skipped', () => {
    const a = relativeAnchor(signed, [signed, filed, voted], [source]);
    expect(a?.anchor.id).toBe('voted');
    expect(a?.relation).toBe('after');
  });

  test('no anchor when the earlier date does not give this one, or the date is not relative', () => {
    const elsewhere = { ...voted, date: day('2025-07-01') };
    expect(relativeAnchor(signed, [signed, elsewhere], [source])).toBeNull();
    expect(relativeAnchor(voted, [signed, voted], [source])).toBeNull();
    // A date its paragraph gives (the sentence says none) counts from nothing in this sentence.
    expect(relativeAnchor({ ...signed, date: { ...signed.date!, fromContext: true } }, [signed, voted], [source])).toBeNull();
  });
});
