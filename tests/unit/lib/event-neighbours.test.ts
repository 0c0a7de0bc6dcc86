import { describe, expect, test } from 'vitest';
import { previousAndNext, relatedEvents, timelineOrder } from '../../../src/lib/event-neighbours.ts';
import { countedFromLead, relativeAnchor } from '../../../src/lib/relative-dates.ts';
import type { Event, EventDate } from '../../../src/schemas/index.ts';

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
  const voted = ev('voted', day('2025-08-04'), { paragraph: 'p-a', quote: 'The council voted on Monday.' });
  const filed = ev('filed', null, { paragraph: 'p-a', quote: 'A clerk filed the papers.' });
  const signed = ev('signed', { ...day('2025-08-06', 'Two days later'), anchor: { kind: 'event', event: 'voted', relation: 'after', offsetDays: 2 } }, { paragraph: 'p-b', quote: 'Two days later, the mayor signed the order.' });

  test('the anchor is the event the record names, with its relation and days: no words are parsed again', () => {
    const a = relativeAnchor(signed, [signed, filed, voted]);
    expect(a?.anchor.id).toBe('voted');
    expect(a).toMatchObject({ relation: 'after', offsetDays: 2 });
    // the same words with no anchor recorded count from nothing
    expect(relativeAnchor({ ...signed, date: day('2025-08-06', 'Two days later') }, [signed, voted])).toBeNull();
  });

  test('no anchor for a date counted from the publication day, or an anchor that is not in the list', () => {
    expect(relativeAnchor({ ...voted, date: { ...voted.date!, anchor: { kind: 'published' } } }, [signed, voted])).toBeNull();
    expect(relativeAnchor(signed, [signed, filed])).toBeNull();
  });

  test('a date taken from another event reads "the date is taken from"', () => {
    const ahead = ev('ahead', { value: '2025', precision: 'year', approximate: true, expression: 'Ahead of the vote', inferred: true, anchor: { kind: 'event', event: 'voted', relation: 'from' } });
    const a = relativeAnchor(ahead, [ahead, voted])!;
    expect(countedFromLead(ahead.date!.expression, a)).toBe('“Ahead of the vote”: the date is taken from this event:');
    expect(countedFromLead('two days later', relativeAnchor(signed, [voted, signed])!)).toBe('Two days later, after this event:');
  });

  test('"Early on" in a period the text named reads as early in that period, whose start the anchor’s sentence dates', () => {
    const early = ev('early', { value: '2025', precision: 'year', approximate: true, expression: 'Early on', inferred: true, after: '2025-08', anchor: { kind: 'event', event: 'voted', relation: 'from' } });
    const a = relativeAnchor(early, [early, voted])!;
    expect(a.opens).toBe(true);
    expect(countedFromLead(early.date!.expression, a)).toBe('“Early on”: early in the period the text names, whose start the sentence of this event dates:');
    expect(countedFromLead(early.date!.expression, a)).not.toContain('taken from');
  });

  test('a date placed after an event with no days counted quotes its words: "it comes after"', () => {
    expect(countedFromLead('after the floods of June 4, 1998', { relation: 'after' })).toBe('“after the floods of June 4, 1998”: it comes after this event:');
  });
});
